// Helpers shared by the benchmarks: timing child processes, peak memory, the emulator bundle.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";

export const root = path.resolve(import.meta.dirname, "..");
export const node = process.execPath;
export const cli = path.join(root, "dist/cli/index.js");

/** Runs a command once; returns wall seconds and peak RSS in MiB (from /usr/bin/time). */
export function measure(cmd, args, opts = {}) {
  const hasTime = fs.existsSync("/usr/bin/time");
  const started = process.hrtime.bigint();
  const res = hasTime
    ? spawnSync("/usr/bin/time", ["-f", "%M", cmd, ...args], { encoding: "utf8", ...opts })
    : spawnSync(cmd, args, { encoding: "utf8", ...opts });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (res.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed (${res.status}): ${res.stderr}`);
  const lines = (res.stderr ?? "").trim().split("\n");
  const peakMiB = hasTime ? Number(lines[lines.length - 1]) / 1024 : NaN;
  return { seconds, peakMiB, stdout: res.stdout };
}

/** Median wall time of `runs` runs. */
export function median(cmd, args, runs, opts = {}) {
  const times = [];
  for (let i = 0; i < runs; i++) times.push(measure(cmd, args, opts).seconds);
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/** Starts dist/emulator on a free port; resolves with its KAGGLE_* variables and a stop(). */
export function startEmulator(args) {
  const child = spawn(node, [path.join(root, "dist/emulator/index.js"), "--port", "0", ...args], { stdio: ["ignore", "pipe", "inherit"] });
  return new Promise((resolve, reject) => {
    const env = {};
    const timer = setTimeout(() => reject(new Error("emulator did not start")), 120_000);
    readline.createInterface({ input: child.stdout }).on("line", (line) => {
      const m = /^(KAGGLE_[A-Z_]+)=(.*)$/.exec(line);
      if (m) env[m[1]] = m[2];
      if (Object.keys(env).length === 4) {
        clearTimeout(timer);
        resolve({ env, stop: () => new Promise((r) => { child.once("exit", r); child.kill("SIGTERM"); }) });
      }
    });
    child.once("exit", (code) => reject(new Error(`emulator exited (${code})`)));
  });
}

export function hasCurl() {
  return spawnSync("curl", ["--version"]).status === 0;
}

export function printTable(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  for (const r of rows) console.log(r.map((c, i) => String(c).padEnd(widths[i])).join("  "));
}
