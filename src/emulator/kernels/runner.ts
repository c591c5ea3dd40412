/**
 * Kernel sessions: QUEUED → RUNNING → COMPLETE / ERROR / CANCEL_ACKNOWLEDGED.
 *
 * A Python script is really run: `python3 __script__.py` in `<run>/working`, its declared
 * competition, dataset and kernel sources copied (files mode 0444) under `<run>/input/<slug>` (so
 * `../input/<slug>` works as on Kaggle), a clean environment, its own process group (killed
 * at the session timeout or on cancel), stdout/stderr captured into Kaggle's JSON log, and the
 * files it leaves in `working` becoming the output. Anything else (notebooks, R, no python3,
 * `kernelSettings.python: off`) is simulated: the scenario's `simulate` block decides.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chmodSync, copyFileSync, constants, lstatSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { Runtime } from "../service";
import { isoTime } from "../wire";
import {
  competitionSlugOf,
  findKernel,
  isFinal,
  latest,
  type KernelLogEntry,
  type KernelOutputRecord,
  type KernelRecord,
  type KernelSessionRecord,
  type KernelVersionRecord,
} from "./state";

const MAX_LOG_BYTES = 4 << 20;

interface Running {
  child: ChildProcess;
  session: KernelSessionRecord;
}

/** Live processes by session id (module-wide: killed on reset and at process exit). */
const running = new Map<number, Running>();
let exitHookInstalled = false;

function killGroup(child: ChildProcess): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, "SIGKILL");
  } catch {
    try {
      child.kill("SIGKILL");
    } catch {
      /* already gone */
    }
  }
}

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

let pythonPath: string | null | undefined;

/** The real python3 interpreter (resolved once, so shims such as pyenv's are not needed later). */
export function findPython(): string | undefined {
  if (pythonPath !== undefined) return pythonPath ?? undefined;
  const override = process.env.KAGGLE_EMULATOR_PYTHON;
  const candidates = override ? [override] : ["python3", "/usr/bin/python3"];
  for (const c of candidates) {
    const r = spawnSync(c, ["-c", "import sys; print(sys.executable)"], { encoding: "utf8", timeout: 10_000 });
    const exe = r.status === 0 ? r.stdout.trim() : "";
    if (exe) {
      pythonPath = exe;
      return exe;
    }
  }
  pythonPath = null;
  return undefined;
}

function persist(rt: Runtime): void {
  rt.store.markDirty();
  rt.store.saveIfDirty();
}

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
  const real = st.python === "auto" && v.kernelType === "script" && v.language === "python" && findPython() !== undefined;
  s.mode = real ? "python" : "simulated";
  if (!real) s.simulate = k.simulate ?? { status: "COMPLETE" };
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
          data: `[kaggle-emulator] ${v.kernelType} ${k.owner}/${k.slug} version ${v.number}: execution simulated (outcome from the scenario)\n`,
        },
      ];
  s.outputs = (sim.outputs ?? []).map((o) => ({ ...o, lastModified: isoTime(rt.clock.now()) }));
  finish(rt, k, s, sim.status, sim.failureMessage ?? (sim.status === "ERROR" ? "Kernel run failed (simulated by the emulator scenario)" : undefined));
}

function finish(rt: Runtime, k: KernelRecord, s: KernelSessionRecord, status: KernelSessionRecord["status"], failureMessage?: string): void {
  s.status = status;
  if (failureMessage) s.failureMessage = failureMessage;
  else delete s.failureMessage;
  s.finishedAt = isoTime(rt.clock.now());
  void k;
  persist(rt);
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

// ---------------------------------------------------------------- real runs

/** Copies `src` into the read-only input folder (a copy: the original cannot be harmed). */
function copyReadOnly(src: string, dest: string): void {
  mkdirSync(join(dest, ".."), { recursive: true });
  copyFileSync(src, dest, constants.COPYFILE_FICLONE);
  chmodSync(dest, 0o444);
}

interface DatasetFileLike {
  name?: string;
  path?: string;
}

/** Files of a dataset from the datasets slice, whatever its exact shape (it may be absent). */
function datasetFiles(state: unknown, ref: string): DatasetFileLike[] | undefined {
  const [owner, slug, version] = ref.toLowerCase().split("/");
  const slice = (state as { datasets?: unknown }).datasets as Record<string, unknown> | undefined;
  const list = (slice && (Array.isArray(slice) ? slice : (slice.datasets as unknown))) as Record<string, unknown>[] | undefined;
  if (!Array.isArray(list)) return undefined;
  const ds = list.find((d) => {
    const o = String(d.owner ?? d.ownerSlug ?? d.ownerRef ?? "").toLowerCase();
    const s = String(d.slug ?? d.datasetSlug ?? "").toLowerCase();
    return o === owner && s === slug;
  });
  if (!ds) return undefined;
  const versions = ds.versions as Record<string, unknown>[] | undefined;
  let files: unknown = ds.files;
  if (Array.isArray(versions) && versions.length) {
    const v = version ? versions.find((x) => Number(x.number ?? x.versionNumber) === Number(version)) : versions[versions.length - 1];
    files = v?.files ?? files;
  }
  return Array.isArray(files) ? (files as DatasetFileLike[]).filter((f) => typeof f.path === "string" && typeof f.name === "string") : undefined;
}

function mountInputs(rt: Runtime, v: KernelVersionRecord, inputDir: string, log: (line: string) => void): void {
  mkdirSync(inputDir, { recursive: true });
  const state = rt.store.state;
  for (const c of v.competitionSources) {
    const slug = competitionSlugOf(c);
    const comp = state.competitions?.competitions.find((x) => x.slug === slug);
    if (!comp) {
      log(`competition source '${c}' not found: not mounted`);
      continue;
    }
    for (const f of comp.files) copyReadOnly(f.path, join(inputDir, slug, f.name));
  }
  for (const d of v.datasetSources) {
    const files = datasetFiles(state, d);
    const slug = d.split("/")[1]!.toLowerCase();
    if (!files) {
      log(`dataset source '${d}' not found: not mounted`);
      continue;
    }
    for (const f of files) copyReadOnly(f.path!, join(inputDir, slug, f.name!));
  }
  for (const ks of v.kernelSources) {
    const [owner, slug] = ks.split("/");
    const src = owner && slug ? findKernel(state, owner, slug) : undefined;
    const done = src && [...src.versions].reverse().find((x) => x.session.status === "COMPLETE");
    if (!done) {
      log(`kernel source '${ks}' has no completed run: not mounted`);
      continue;
    }
    for (const o of done.session.outputs) {
      if (o.fileName.split("/").includes("..") || o.fileName.startsWith("/")) continue;
      copyReadOnly(o.path, join(inputDir, slug!, o.fileName));
    }
  }
  // Folders stay writable so that the emulator can always delete them (files are 0444 copies).
}

function walkOutputs(root: string, dir: string, out: KernelOutputRecord[], now: string): void {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    const st = lstatSync(p);
    if (st.isSymbolicLink()) continue;
    if (st.isDirectory()) walkOutputs(root, p, out, now);
    else if (st.isFile()) out.push({ fileName: relative(root, p).split("\\").join("/"), path: p, size: st.size, lastModified: now });
  }
}

function runPython(rt: Runtime, k: KernelRecord, v: KernelVersionRecord): void {
  const s = v.session;
  const runDir = rt.storage.filesDir("kernels", "sessions", String(s.id));
  const working = join(runDir, "working");
  const input = join(runDir, "input");
  const script = join(runDir, "__script__.py");
  const started = process.hrtime.bigint();
  let logBytes = 0;
  const record = (stream: "stdout" | "stderr", data: string): void => {
    if (logBytes > MAX_LOG_BYTES) return;
    logBytes += data.length;
    const time = Math.round((Number(process.hrtime.bigint() - started) / 1e9) * 1e9) / 1e9;
    s.log.push({ stream_name: stream, time, data: logBytes > MAX_LOG_BYTES ? "[kaggle-emulator] log truncated\n" : data });
  };
  try {
    mkdirSync(working, { recursive: true });
    mkdirSync(join(runDir, "home"), { recursive: true });
    writeFileSync(script, v.source);
    mountInputs(rt, v, input, (line) => record("stderr", `[kaggle-emulator] ${line}\n`));
  } catch (e) {
    finish(rt, k, s, "ERROR", `Could not prepare the session: ${(e as Error).message}`);
    return;
  }
  const child = spawn(findPython()!, [script], {
    cwd: working,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      PATH: process.env.PATH ?? "/usr/bin:/bin",
      HOME: join(runDir, "home"),
      LANG: "C.UTF-8",
      TZ: "UTC",
      PYTHONUNBUFFERED: "1",
      PYTHONDONTWRITEBYTECODE: "1",
      KAGGLE_KERNEL_RUN_TYPE: "Batch",
      KAGGLE_URL_BASE: "https://www.kaggle.com",
      KAGGLE_KERNEL_INTEGRATIONS: "",
    },
  });
  running.set(s.id, { child, session: s });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    killGroup(child);
  }, s.timeoutSeconds * 1000);
  timer.unref();
  let lastStderr = "";
  child.stdout!.setEncoding("utf8").on("data", (d: string) => record("stdout", d));
  child.stderr!.setEncoding("utf8").on("data", (d: string) => {
    record("stderr", d);
    lastStderr = (lastStderr + d).slice(-4096);
  });
  child.on("error", (e) => {
    clearTimeout(timer);
    running.delete(s.id);
    finish(rt, k, s, "ERROR", `Could not start python3: ${e.message}`);
  });
  child.on("close", (code, signal) => {
    clearTimeout(timer);
    running.delete(s.id);
    if (isFinal(s.status)) return;
    const now = isoTime(rt.clock.now());
    const outputs: KernelOutputRecord[] = [];
    try {
      walkOutputs(working, working, outputs, now);
    } catch {
      /* working folder removed (reset) */
    }
    s.outputs = outputs.sort((a, b) => a.fileName.localeCompare(b.fileName));
    if (s.cancelRequested) return finish(rt, k, s, "CANCEL_ACKNOWLEDGED");
    if (timedOut) {
      record("stderr", `[kaggle-emulator] stopped: the session ran past its timeout of ${s.timeoutSeconds} seconds\n`);
      return finish(rt, k, s, "ERROR", `Kernel run stopped: it ran longer than its session timeout of ${s.timeoutSeconds} seconds`);
    }
    if (code === 0) return finish(rt, k, s, "COMPLETE");
    const last = lastStderr.trim().split("\n").pop()?.trim();
    finish(rt, k, s, "ERROR", last ? `Kernel run failed: ${last}` : `Kernel run failed: python3 exited with ${signal ?? `code ${code}`}`);
  });
}

/** Kaggle's run log: a JSON array written one record per line, later lines starting with a comma. */
export function formatLog(entries: readonly KernelLogEntry[]): string {
  if (entries.length === 0) return "";
  return `${entries.map((e, i) => `${i === 0 ? "[" : ","}${JSON.stringify({ stream_name: e.stream_name, time: e.time, data: e.data })}`).join("\n")}]`;
}

export { latest };
