/**
 * Kernel sessions: QUEUED → RUNNING → COMPLETE / ERROR / CANCEL_ACKNOWLEDGED.
 *
 * Python scripts and notebooks are really run (./run-python.ts). Anything else (R, no python3,
 * `kernelSettings.python: off`) is simulated: the scenario's `simulate` block decides, and the
 * log says why the run was simulated.
 */
import type { Runtime } from "../service";
import { isoTime } from "../wire";
import { findPython, killGroup, running, runPython, runsForReal } from "./run-python";
import { finish, persist } from "./session";
import { findKernel, isFinal, latest, type KernelLogEntry, type KernelRecord, type KernelSessionRecord, type KernelVersionRecord } from "./state";

export { findPython };

/**
 * The emulator is stopping: kill every running script's process group and let go of its pipes,
 * so that the process can exit at once. The sessions stay RUNNING in the state; the next start
 * records them as ended by the restart.
 */
export function stopKernels(): void {
  for (const r of running.values()) {
    r.child.removeAllListeners("close");
    r.child.removeAllListeners("error");
    killGroup(r.child);
    r.child.stdout?.destroy();
    r.child.stderr?.destroy();
    r.child.unref();
  }
  running.clear();
}

let exitHookInstalled = false;
let toldNoPython = false;

/** Called when the state is built or loaded: hooks for other domains, and recovery after a restart. */
export function startKernels(rt: Runtime): void {
  for (const r of running.values()) killGroup(r.child);
  running.clear();
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.once("exit", () => {
      for (const r of running.values()) killGroup(r.child);
    });
  }
  rt.extensions.resolveKernelOutput = (owner, slug, version, fileName) => {
    const k = findKernel(rt.store.state, owner, slug);
    if (!k) return undefined;
    const v =
      version !== undefined ? k.versions.find((x) => x.number === version) : [...k.versions].reverse().find((x) => x.session.status === "COMPLETE");
    if (!v || v.session.status !== "COMPLETE") return undefined;
    const want = fileName || "submission.csv";
    const out = v.session.outputs.find((o) => o.fileName === want);
    return out ? { path: out.path, fileName: out.fileName } : undefined;
  };
  const now = rt.clock.now();
  for (const k of rt.store.state.kernels.kernels) {
    for (const v of k.versions) {
      const s = v.session;
      if (isFinal(s.status)) continue;
      if (s.mode === "python") {
        finish(rt, k, s, "ERROR", "The emulator restarted while this session was running");
      } else if (s.mode === "simulated") {
        const due = Date.parse(s.queuedAt) + rt.store.state.kernels.queueDelayMs + (s.simulate?.durationMs ?? rt.store.state.kernels.simulatedRunMs);
        rt.schedule(Math.max(0, due - now), () => simulateEnd(rt, k, v));
      }
    }
  }
}

/** Starts the session of a freshly pushed version (QUEUED now, RUNNING after `queueDelayMs`). */
export function startSession(rt: Runtime, k: KernelRecord, v: KernelVersionRecord): void {
  const st = rt.store.state.kernels;
  const s = v.session;
  // A scenario's `simulate` block is the scenario's wish: such kernels are never run for real.
  const real = !k.simulate && runsForReal(rt, v);
  s.mode = real ? "python" : "simulated";
  if (!real) s.simulate = k.simulate ?? { status: "COMPLETE" };
  if (!real && v.language === "python" && st.python === "auto" && findPython() === undefined && !toldNoPython) {
    toldNoPython = true;
    process.stderr.write(
      "kaggle-emulator: python3 was not found, so Python kernels are simulated, not run; install python3 or set KAGGLE_EMULATOR_PYTHON to an interpreter\n",
    );
  }
  rt.schedule(st.queueDelayMs, () => {
    if (isFinal(s.status)) return;
    if (s.cancelRequested) return finish(rt, k, s, "CANCEL_ACKNOWLEDGED");
    s.status = "RUNNING";
    s.startedAt = isoTime(rt.clock.now());
    persist(rt);
    if (real) runPython(rt, k, v);
    else rt.schedule(s.simulate?.durationMs ?? st.simulatedRunMs, () => simulateEnd(rt, k, v));
  });
}

function simulateEnd(rt: Runtime, k: KernelRecord, v: KernelVersionRecord): void {
  const s = v.session;
  if (isFinal(s.status)) return;
  if (s.status === "QUEUED") {
    s.status = "RUNNING";
    s.startedAt = isoTime(rt.clock.now());
  }
  const sim = s.simulate ?? { status: "COMPLETE" as const };
  s.log = sim.log?.length
    ? sim.log
    : [
        {
          stream_name: "stdout",
          time: 0.5,
          data: `[kaggle-emulator] ${v.kernelType} ${k.owner}/${k.slug} version ${v.number}: execution simulated (${simulatedWhy(rt, k, v)}; outcome from the scenario)\n`,
        },
      ];
  s.outputs = (sim.outputs ?? []).map((o) => ({ ...o, lastModified: isoTime(rt.clock.now()) }));
  finish(rt, k, s, sim.status, sim.failureMessage ?? (sim.status === "ERROR" ? "Kernel run failed (simulated by the emulator scenario)" : undefined));
}

/** Why a run is simulated, for its log. */
function simulatedWhy(rt: Runtime, k: KernelRecord, v: KernelVersionRecord): string {
  if (k.simulate) return "the scenario gives this kernel a simulate block";
  if (v.language !== "python") return `the emulator runs only Python, not ${v.language}`;
  if (rt.store.state.kernels.python === "off") return "kernelSettings.python is off";
  if (findPython() === undefined) return "python3 was not found: install it or set KAGGLE_EMULATOR_PYTHON";
  return "seeded run";
}

/** Asks a session to stop: a queued one never starts, a running one's process group is killed. */
export function cancelSession(rt: Runtime, k: KernelRecord, s: KernelSessionRecord): void {
  if (isFinal(s.status)) return;
  s.cancelRequested = true;
  const r = running.get(s.id);
  if (r) {
    s.status = "CANCEL_REQUESTED";
    killGroup(r.child);
  } else if (s.status === "QUEUED") {
    s.status = "CANCEL_REQUESTED";
    persist(rt);
  } else {
    finish(rt, k, s, "CANCEL_ACKNOWLEDGED");
  }
}

/** Kaggle's run log: a JSON array written one record per line, later lines starting with a comma. */
export function formatLog(entries: readonly KernelLogEntry[]): string {
  if (entries.length === 0) return "";
  return `${entries.map((e, i) => `${i === 0 ? "[" : ","}${JSON.stringify({ stream_name: e.stream_name, time: e.time, data: e.data })}`).join("\n")}]`;
}

export { latest };
