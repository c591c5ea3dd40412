/**
 * The emulator as a process: acknowledged writes survive kill -9 with `--data`, failed starts
 * leave no temporary folder and say why in one line, and SIGTERM stops running kernel scripts
 * (their process groups) and exits at once; without python3 it says so, and runs are simulated;
 * files of more than 1 MiB are hashed on the bundle's worker thread.
 */
import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { after, test } from "node:test";
import { findPython } from "../../src/emulator/kernels/runner";
import { referenceCrc32cBase64 } from "../helpers/crc32c";

const ROOT = join(import.meta.dirname, "../..");
const work = mkdtempSync(join(tmpdir(), "emu-process-test-"));
after(() => rmSync(work, { recursive: true, force: true }));

interface Started {
  child: ChildProcess;
  url: string;
  auth: string;
  /** What it wrote on stderr so far. */
  stderr: () => string;
}

/** Starts the emulator bundle with its own TMPDIR, resolving once it printed its four lines. */
function startProcess(args: string[], tmp: string, env: Record<string, string> = {}): Promise<Started> {
  const child = spawn(process.execPath, ["dist/emulator/index.js", "--port", "0", ...args], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, TMPDIR: tmp, ...env },
  });
  const lines: string[] = [];
  let err = "";
  child.stderr!.on("data", (d) => (err += d));
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout! }).on("line", (l) => {
      lines.push(l);
      if (lines.length === 4) {
        const v = (i: number) => lines[i]!.slice(lines[i]!.indexOf("=") + 1);
        resolve({ child, url: v(0), auth: `Basic ${Buffer.from(`${v(1)}:${v(2)}`).toString("base64")}`, stderr: () => err });
      }
    });
    child.on("exit", (code) => reject(new Error(`exited early with ${code}: ${err}`)));
  });
}

/** Runs the emulator expecting it to fail at start: its exit code and stderr. */
function failedStart(args: string[], tmp: string): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, ["dist/emulator/index.js", ...args], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, TMPDIR: tmp },
  });
  let stderr = "";
  child.stderr.on("data", (d) => (stderr += d));
  return new Promise((resolve) => child.on("exit", (code) => resolve({ code, stderr })));
}

/** The emulator's own folders left in its TMPDIR. */
const leftovers = (tmp: string): string[] => readdirSync(tmp).filter((n) => n.startsWith("kaggle-emulator-"));

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    child.removeAllListeners("exit");
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode);
    else child.on("exit", (c) => resolve(c));
  });
}

async function rpc(s: Started, method: string, body: unknown): Promise<Record<string, unknown>> {
  const res = await fetch(`${s.url}/api/v1/${method}`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: s.auth },
    body: JSON.stringify(body),
  });
  assert.equal(res.status, 200, await res.clone().text());
  return (await res.json()) as Record<string, unknown>;
}

test("--data: every answered write survives kill -9", async () => {
  const tmp = mkdtempSync(join(work, "tmp-"));
  const data = join(work, "data-kill9");
  const first = await startProcess(["--scenario", "empty", "--data", data], tmp);
  const N = 20;
  const names: string[] = [];
  for (let i = 0; i < N; i++) {
    const name = `file-${i}.csv`;
    await rpc(first, "blobs.BlobApiService/StartBlobUpload", { type: "DATASET", name, contentLength: 10 + i });
    names.push(name);
  }
  // Killed right after the last answer: nothing gets a chance to write later.
  first.child.kill("SIGKILL");
  await exited(first.child);
  const second = await startProcess(["--scenario", "empty", "--data", data], tmp);
  try {
    const dump = (await (await fetch(`${second.url}/_emulator/state`)).json()) as { state: { uploads: Record<string, { name: string }> } };
    const kept = Object.values(dump.state.uploads)
      .map((u) => u.name)
      .sort();
    assert.deepEqual(kept, [...names].sort());
  } finally {
    second.child.kill("SIGTERM");
    await exited(second.child);
  }
});

test("the bundle hashes a file of more than 1 MiB on its worker thread: x-goog-hash matches the bytes", async () => {
  const tmp = mkdtempSync(join(work, "tmp-"));
  const scenario = join(work, "hashed.yaml");
  writeFileSync(
    scenario,
    "users:\n  - username: hasher\ndatasets:\n  - owner: hasher\n    slug: hashed-file\n    versions:\n      - files:\n          - { name: three.bin, size: 3145728 }\n",
  );
  const s = await startProcess(["--scenario", scenario], tmp);
  try {
    const res = await fetch(`${s.url}/api/v1/datasets.DatasetApiService/DownloadDataset`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Authorization: s.auth },
      body: JSON.stringify({ ownerSlug: "hasher", datasetSlug: "hashed-file", fileName: "three.bin" }),
      redirect: "manual",
    });
    assert.equal(res.status, 302, await res.text());
    const file = await fetch(res.headers.get("location")!);
    assert.equal(file.status, 200);
    const bytes = Buffer.from(await file.arrayBuffer());
    assert.equal(bytes.length, 3 << 20);
    const md5 = createHash("md5").update(bytes).digest("base64");
    assert.equal(file.headers.get("x-goog-hash"), `crc32c=${referenceCrc32cBase64(bytes)},md5=${md5}`);
  } finally {
    s.child.kill("SIGTERM");
    await exited(s.child);
  }
});

test("failed starts exit non-zero with one line and leave no temporary folder", async (t) => {
  const bad = join(work, "bad.yaml");
  writeFileSync(bad, "users:\n  - username: [a\n");
  const blocker = createServer();
  await new Promise<void>((r) => blocker.listen(0, "127.0.0.1", r));
  t.after(() => blocker.close());
  const busy = (blocker.address() as { port: number }).port;
  const cases: [string, string[], number, RegExp][] = [
    ["port in use", ["--port", String(busy), "--scenario", "empty"], 1, new RegExp(`^kaggle-emulator: port ${busy} is already in use`)],
    ["unknown scenario", ["--port", "0", "--scenario", "nope"], 2, /^kaggle-emulator: Unknown scenario 'nope'/],
    ["bad scenario YAML", ["--port", "0", "--scenario", bad], 2, /^kaggle-emulator: .*bad\.yaml: invalid YAML: .*line \d+/],
    [
      "bad --faults",
      ["--port", "0", "--scenario", "empty", "--faults", "ListCompetitions:nope"],
      2,
      /^kaggle-emulator: fault rule "ListCompetitions:nope"/,
    ],
  ];
  for (const [what, args, code, message] of cases) {
    const tmp = mkdtempSync(join(work, "tmp-"));
    const r = await failedStart(args, tmp);
    assert.equal(r.code, code, `${what}: ${r.stderr}`);
    const lines = r.stderr.trimEnd().split("\n");
    assert.equal(lines.length, 1, `${what}: one line, got ${JSON.stringify(r.stderr)}`);
    assert.match(lines[0]!, message, what);
    assert.deepEqual(leftovers(tmp), [], what);
  }
});

const hasPython = findPython() !== undefined;

test("SIGTERM kills running kernel scripts' process groups and exits at once", { skip: !hasPython && "no python3" }, async (t) => {
  const tmp = mkdtempSync(join(work, "tmp-"));
  const scenario = join(work, "kernels.yaml");
  writeFileSync(scenario, "users:\n  - username: alice\nkernelSettings:\n  queueDelayMs: 0\n");
  const pidFile = join(work, "script.pgid");
  const s = await startProcess(["--scenario", scenario], tmp);
  const script = [
    "import os, subprocess, time",
    "subprocess.Popen(['sleep', '300'])",
    `open(${JSON.stringify(`${pidFile}.tmp`)}, 'w').write(str(os.getpgid(0)))`,
    `os.rename(${JSON.stringify(`${pidFile}.tmp`)}, ${JSON.stringify(pidFile)})`,
    "while True: time.sleep(0.1)",
  ].join("\n");
  await rpc(s, "kernels.KernelsApiService/SaveKernel", {
    slug: "alice/forever",
    newTitle: "forever",
    text: script,
    language: "python",
    kernelType: "script",
    isPrivate: true,
    enableGpu: false,
    enableInternet: false,
    enableTpu: false,
  });
  // The script announces its process group once it runs (a condition, not a delay).
  while (!existsSync(pidFile)) await new Promise((r) => setTimeout(r, 50));
  const pgid = Number(readFileSync(pidFile, "utf8"));
  assert.ok(pgid > 0);
  t.after(() => {
    try {
      process.kill(-pgid, "SIGKILL");
    } catch {
      /* gone, as it should be */
    }
  });
  const t0 = process.hrtime.bigint();
  s.child.kill("SIGTERM");
  // Generous for a loaded machine; waiting for the script instead never ends.
  const stuck = setTimeout(() => s.child.kill("SIGKILL"), 10_000);
  const code = await exited(s.child);
  clearTimeout(stuck);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  assert.equal(code, 0, `exit code ${code} after ${ms} ms`);
  // Killed processes are reaped by init once their parent is gone: wait for that, boundedly.
  const gone = (): boolean => {
    try {
      process.kill(-pgid, 0);
      return false;
    } catch (e) {
      return (e as NodeJS.ErrnoException).code === "ESRCH";
    }
  };
  for (let i = 0; i < 100 && !gone(); i++) await new Promise((r) => setTimeout(r, 50));
  assert.ok(gone(), "the script's process group is gone");
  assert.deepEqual(leftovers(tmp), [], "the temporary data folder is removed");
});

test("without python3 the emulator says so once on stderr, and a pushed notebook's run is simulated with the reason in its log", async (t) => {
  const tmp = mkdtempSync(join(work, "nopython-"));
  const emu = await startProcess([], tmp, { KAGGLE_EMULATOR_PYTHON: join(tmp, "no-such-python3") });
  t.after(() => emu.child.kill("SIGKILL"));
  const call = async (method: string, body: unknown) => {
    const res = await fetch(`${emu.url}/api/v1/kernels.KernelsApiService/${method}`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Authorization: emu.auth },
      body: JSON.stringify(body),
    });
    return (await res.json()) as Record<string, unknown>;
  };
  const saved = await call("SaveKernel", {
    slug: "alice/no-python-notebook",
    newTitle: "no python notebook",
    text: '{"cells": [], "metadata": {}, "nbformat": 4, "nbformat_minor": 4}',
    language: "python",
    kernelType: "notebook",
    isPrivate: true,
    enableGpu: false,
    enableInternet: true,
    enableTpu: false,
  });
  assert.equal(saved.versionNumber, 1, JSON.stringify(saved));
  assert.match(
    emu.stderr(),
    /kaggle-emulator: python3 was not found, so Python kernels are simulated, not run; install python3 or set KAGGLE_EMULATOR_PYTHON to an interpreter\n/,
  );
  const until = Date.now() + 30_000;
  let status: unknown;
  while ((status = (await call("GetKernelSessionStatus", { userName: "alice", kernelSlug: "no-python-notebook" })).status) !== "COMPLETE") {
    assert.ok(Date.now() < until, `still ${String(status)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const out = await call("ListKernelSessionOutput", { userName: "alice", kernelSlug: "no-python-notebook" });
  assert.match(String(out.log), /execution simulated \(python3 was not found: install it or set KAGGLE_EMULATOR_PYTHON; outcome from the scenario\)/);
});
