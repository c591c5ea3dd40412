/**
 * Real runs on `python3`: a script (`python3 __script__.py`) or a notebook (the cell runner of
 * ./python-driver.ts) in `<run>/working`, the version's competition, dataset and kernel sources
 * copied (files mode 0444) under `<run>/input/<slug>` (so `../input/<slug>` works as on Kaggle),
 * a clean environment, its own process group (killed at the session timeout or on cancel),
 * stdout/stderr captured into Kaggle's JSON log as they come, and the files left in `working`
 * becoming the output (for a notebook, the executed notebook `<slug>.ipynb` among them).
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chmodSync, copyFileSync, constants, lstatSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { Runtime } from "../service";
import { isoTime } from "../wire";
import { NOTEBOOK_DRIVER, OFFLINE_SITECUSTOMIZE } from "./python-driver";
import { appendLog, finish } from "./session";
import {
  competitionSlugOf,
  findKernel,
  isFinal,
  type KernelOutputRecord,
  type KernelRecord,
  type KernelSessionRecord,
  type KernelVersionRecord,
} from "./state";

interface Running {
  child: ChildProcess;
  session: KernelSessionRecord;
}

/** Live processes by session id (module-wide: killed on reset and at process exit). */
export const running = new Map<number, Running>();

export function killGroup(child: ChildProcess): void {
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

/** Whether this version is run for real (a Python script or notebook, python3 present, runs not switched off). */
export function runsForReal(rt: Runtime, v: KernelVersionRecord): boolean {
  return rt.store.state.kernels.python === "auto" && v.language === "python" && findPython() !== undefined;
}

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

const PROXY_VARIABLES = ["HTTP_PROXY", "HTTPS_PROXY", "NO_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "no_proxy", "all_proxy"];

/**
 * The run's environment: nothing of the emulator's but `PATH`; the machine's proxy variables only
 * when the kernel has internet; without internet, a `sitecustomize` that refuses non-loopback sockets.
 */
function runEnvironment(runDir: string, v: KernelVersionRecord): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH ?? "/usr/bin:/bin",
    HOME: join(runDir, "home"),
    LANG: "C.UTF-8",
    TZ: "UTC",
    PYTHONUNBUFFERED: "1",
    PYTHONDONTWRITEBYTECODE: "1",
    KAGGLE_KERNEL_RUN_TYPE: "Batch",
    KAGGLE_URL_BASE: "https://www.kaggle.com",
    KAGGLE_KERNEL_INTEGRATIONS: "",
  };
  if (v.enableInternet) {
    for (const name of PROXY_VARIABLES) if (process.env[name] !== undefined) env[name] = process.env[name];
  } else {
    const site = join(runDir, "offline");
    mkdirSync(site, { recursive: true });
    writeFileSync(join(site, "sitecustomize.py"), OFFLINE_SITECUSTOMIZE);
    env.PYTHONPATH = site;
  }
  return env;
}

/** Writes the code (and for a notebook the cell runner) into the session folder; the python3 arguments. */
function prepare(rt: Runtime, k: KernelRecord, v: KernelVersionRecord, runDir: string, log: (line: string) => void): string[] {
  const working = join(runDir, "working");
  mkdirSync(working, { recursive: true });
  mkdirSync(join(runDir, "home"), { recursive: true });
  mountInputs(rt, v, join(runDir, "input"), log);
  if (v.kernelType !== "notebook") {
    const script = join(runDir, "__script__.py");
    writeFileSync(script, v.source);
    return [script];
  }
  const notebook = join(runDir, "__notebook_source__.ipynb");
  const driver = join(runDir, "__run_notebook__.py");
  writeFileSync(notebook, v.source);
  writeFileSync(driver, NOTEBOOK_DRIVER);
  return [driver, notebook, join(working, `${k.slug}.ipynb`)];
}

/** Runs version `v` of `k` on python3 (its session is RUNNING); ends the session when the process does. */
export function runPython(rt: Runtime, k: KernelRecord, v: KernelVersionRecord): void {
  const s = v.session;
  const runDir = rt.storage.filesDir("kernels", "sessions", String(s.id));
  const working = join(runDir, "working");
  const started = process.hrtime.bigint();
  // Whole lines become records (a write of "first" then "\n" is one record, as in Kaggle's logs).
  const pending = { stdout: "", stderr: "" };
  const record = (stream: "stdout" | "stderr", data: string, flush = false): void => {
    const text = pending[stream] + data;
    const cut = flush || text.length > 4096 ? text.length : text.lastIndexOf("\n") + 1;
    pending[stream] = text.slice(cut);
    if (cut > 0) appendLog(s, stream, text.slice(0, cut), Math.round((Number(process.hrtime.bigint() - started) / 1e9) * 1e9) / 1e9);
  };
  let args: string[];
  let env: NodeJS.ProcessEnv;
  try {
    args = prepare(rt, k, v, runDir, (line) => record("stderr", `[kaggle-emulator] ${line}\n`));
    env = runEnvironment(runDir, v);
  } catch (e) {
    finish(rt, k, s, "ERROR", `Could not prepare the session: ${(e as Error).message}`);
    return;
  }
  const child = spawn(findPython()!, args, { cwd: working, detached: true, stdio: ["ignore", "pipe", "pipe"], env });
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
    record("stdout", "", true);
    record("stderr", "", true);
    if (isFinal(s.status)) return;
    const outputs: KernelOutputRecord[] = [];
    try {
      walkOutputs(working, working, outputs, isoTime(rt.clock.now()));
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
