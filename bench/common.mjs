// Helpers shared by the benchmarks: options, timing child processes, peak memory, the emulator bundle.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import path from "node:path";
import readline from "node:readline";

export const root = path.resolve(import.meta.dirname, "..");
export const node = process.execPath;
export const cli = path.join(root, "dist/cli/index.js");
export const MiB = 1 << 20;

/**
 * `--size 256M|1G|512` (MiB by default), `--files N`, `--outputs N`, `--runs N`, `--cold auto|yes|no`,
 * `--cases download,upload`,
 * or BENCH_SIZE (BENCH_SIZE_MIB: a number of MiB) etc.
 */
export function options(argv = process.argv.slice(2)) {
  const given = {};
  for (let i = 0; i < argv.length; i++) {
    const m = /^--([a-z]+)(?:=(.*))?$/.exec(argv[i]);
    if (!m) throw new Error(`unknown argument ${argv[i]}`);
    given[m[1]] = m[2] ?? argv[++i];
  }
  const pick = (name, fallback) => given[name] ?? process.env[`BENCH_${name.toUpperCase()}`] ?? fallback;
  const count = (name, fallback) => {
    const n = Number(pick(name, fallback));
    if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a positive integer`);
    return n;
  };
  const size = /^(\d+(?:\.\d+)?)\s*([KMG])?i?B?$/i.exec(String(pick("size", process.env.BENCH_SIZE_MIB ?? "1G")));
  if (!size) throw new Error("--size takes a size such as 256M or 1G");
  const unit = { K: 1 / 1024, M: 1, G: 1024 }[(size[2] ?? "M").toUpperCase()];
  const cold = String(pick("cold", "auto")).toLowerCase();
  if (!["auto", "yes", "no"].includes(cold)) throw new Error("--cold takes auto, yes or no");
  return {
    cold,
    bytes: Math.round(Number(size[1]) * unit * MiB),
    files: count("files", 1000),
    outputs: count("outputs", 500),
    runs: count("runs", 3),
    /** Words selecting the cases of compare.mjs whose label contains one of them; empty: every case. */
    cases: String(pick("cases", ""))
      .split(",")
      .map((w) => w.trim())
      .filter(Boolean),
  };
}

/** "1 GiB", "256 MiB", "4 KiB" */
export function sizeLabel(bytes) {
  if (bytes >= 1 << 30 && bytes % (1 << 30) === 0) return `${bytes / (1 << 30)} GiB`;
  if (bytes >= MiB) return `${+(bytes / MiB).toFixed(1)} MiB`;
  return `${+(bytes / 1024).toFixed(1)} KiB`;
}

/**
 * Runs a command once; returns wall seconds, and from /usr/bin/time its peak RSS in MiB and its
 * CPU seconds (user + system, its children included).
 */
export function measure(cmd, args, opts = {}) {
  const hasTime = fs.existsSync("/usr/bin/time");
  const started = process.hrtime.bigint();
  const res = hasTime
    ? spawnSync("/usr/bin/time", ["-f", "%M %U %S", cmd, ...args], { encoding: "utf8", maxBuffer: 64 * MiB, ...opts })
    : spawnSync(cmd, args, { encoding: "utf8", maxBuffer: 64 * MiB, ...opts });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (res.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed (${res.status}): ${res.stdout}${res.stderr}`);
  const lines = (res.stderr ?? "").trim().split("\n");
  const [rssKiB, user, sys] = hasTime ? lines[lines.length - 1].split(" ").map(Number) : [NaN, NaN, NaN];
  return { seconds, peakMiB: rssKiB / 1024, cpu: user + sys, stdout: res.stdout };
}

/** CPU seconds a running process has used so far (Linux), NaN where that cannot be read. */
export function cpuSeconds(pid) {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ 100)
  } catch {
    return NaN;
  }
}

/**
 * Empties the page cache before a measured run when `mode` asks for it ("auto": where allowed,
 * which needs root): returns what the table header says about the cache.
 */
export function coldCache(mode) {
  if (mode === "no") return { drop: () => spawnSync("sync"), label: "warm page cache (--cold no)" };
  const file = "/proc/sys/vm/drop_caches";
  const drop = () => {
    spawnSync("sync");
    fs.writeFileSync(file, "3\n");
  };
  try {
    drop();
    return { drop, label: "cold page cache (dropped before every run)" };
  } catch (err) {
    if (mode === "yes") throw new Error(`--cold yes: cannot drop the page cache (${err.code ?? err.message}); it needs root`, { cause: err });
    return { drop: () => spawnSync("sync"), label: `warm page cache (cannot drop it: ${err.code ?? err.message})` };
  }
}

export function medianOf(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Why `port` cannot be listened on (e.g. "in use"), or "" when it is free. */
export function portProblem(port, host) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", (err) => resolve(err.code === "EADDRINUSE" ? "in use" : err.code === "EACCES" ? "not allowed (needs root)" : err.message));
    server.listen(port, host, () => server.close(() => resolve("")));
  });
}

/** Starts dist/emulator (on a free port unless `port` is given); resolves with its KAGGLE_* variables and a stop(). */
export function startEmulator(args, { port = 0 } = {}) {
  const child = spawn(node, [path.join(root, "dist/emulator/index.js"), "--port", String(port), "--host", "127.0.0.1", ...args], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    const env = {};
    const timer = setTimeout(() => reject(new Error("emulator did not start")), 300_000);
    readline.createInterface({ input: child.stdout }).on("line", (line) => {
      const m = /^(KAGGLE_[A-Z_]+)=(.*)$/.exec(line);
      if (m) env[m[1]] = m[2];
      if (Object.keys(env).length === 4) {
        clearTimeout(timer);
        resolve({
          env,
          pid: child.pid,
          stop: () =>
            new Promise((r) => {
              child.once("exit", r);
              child.kill("SIGTERM");
            }),
        });
      }
    });
    child.once("exit", (code) => reject(new Error(`emulator exited (${code})`)));
  });
}

/**
 * Calls an RPC of the emulator on a new connection (a kept-alive one may have been closed by the
 * server while a measured run went on); with `redirect: "manual"` resolves with the Location.
 */
export function rpc(env, service, method, body, { redirect = "follow" } = {}) {
  const auth = Buffer.from(`${env.KAGGLE_USERNAME}:${env.KAGGLE_KEY}`).toString("base64");
  const url = `${env.KAGGLE_API_ENDPOINT}/api/v1/${service}/${method}`;
  const data = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method: "POST",
        agent: false,
        headers: { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(data), Authorization: `Basic ${auth}` },
      },
      (res) => {
        const chunks = [];
        res.on("data", (c) => chunks.push(c));
        res.on("error", reject);
        res.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          if (redirect === "manual" && res.headers.location) return resolve(new URL(res.headers.location, env.KAGGLE_API_ENDPOINT).toString());
          if (res.statusCode !== 200) return reject(new Error(`${method}: HTTP ${res.statusCode} ${text}`));
          resolve(JSON.parse(text));
        });
      },
    );
    req.on("error", reject);
    req.end(data);
  });
}

/** Maps `count` indexes through `fn`, at most `parallel` at a time; resolves with the results in order. */
export async function pool(count, parallel, fn) {
  const out = new Array(count);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(parallel, count) }, async () => {
      while (next < count) {
        const i = next++;
        out[i] = await fn(i);
      }
    }),
  );
  return out;
}

export function hasCurl() {
  return spawnSync("curl", ["--version"]).status === 0;
}

export function printTable(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  for (const r of rows)
    console.log(
      r
        .map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i])))
        .join("  ")
        .trimEnd(),
    );
}
