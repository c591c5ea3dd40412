#!/usr/bin/env node
/**
 * Attack run: the committed bundles (dist/cli, dist/<action>) as child processes against hostile
 * or faulty servers on 127.0.0.1 (a node:http proxy in front of the real emulator, dist/emulator),
 * one function per fault kind, several trials each with varied parameters.
 *
 *   node scripts/attack.mjs [--trials N] [--only KIND,...] [--json] [--keep] [--verbose] [--idle-env NAME=SECONDS]
 *
 * Each trial ends as
 *   identical      exit 0 and the result equals the fault-free one (files byte-identical); for a
 *                  hostile server: exit 0, every byte inside the destination, the honest files right
 *   clean failure  non-zero exit, one error line, nothing written outside the destination, no
 *                  .part/temp file left outside it, no secret, no raw ESC, no JS crash
 *   bad            anything else (wrong or missing data with exit 0, a write outside, a hang past
 *                  the trial's deadline, a secret printed, a duplicate create, memory past a cap…)
 * and the run exits 1 when any trial is bad. Every server listens on 127.0.0.1 only.
 */
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";

const REPO = path.resolve(import.meta.dirname, "..");
const DIST = path.join(REPO, "dist");
const NODE = fs.existsSync(path.join(REPO, "node_modules/.bin/node")) ? path.join(REPO, "node_modules/.bin/node") : process.execPath;
const MiB = 1024 * 1024;

// ---------------------------------------------------------------------------------------------
// Options

function parseArgs(argv) {
  // The client's stall window is 120 s by default (KAGGLE_TRANSFER_TIMEOUT); trials set 10 s to stay short.
  const o = { trials: undefined, only: undefined, json: false, keep: false, idleEnv: { name: "KAGGLE_TRANSFER_TIMEOUT", seconds: 10 } };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) usage(`${a} needs a value`);
      return argv[++i];
    };
    if (a === "--trials") {
      o.trials = Number(value());
      if (!Number.isInteger(o.trials) || o.trials < 1) usage("--trials takes a positive integer");
    } else if (a === "--only")
      o.only = value()
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean);
    else if (a === "--json") o.json = true;
    else if (a === "--keep") o.keep = true;
    else if (a === "--verbose" || a === "-v") o.verbose = true;
    else if (a === "--idle-env") {
      const m = /^([A-Z_][A-Z0-9_]*)=(\d+)$/.exec(value());
      if (!m) usage("--idle-env takes NAME=SECONDS, the variable the client reads for its idle timeout");
      o.idleEnv = { name: m[1], seconds: Number(m[2]) };
    } else if (a === "-h" || a === "--help") usage();
    else usage(`unknown argument ${a}`);
  }
  return o;
}

function usage(problem) {
  const text = `usage: node scripts/attack.mjs [--trials N] [--only ${Object.keys(KINDS).join(",")}] [--json] [--keep] [--verbose] [--idle-env NAME=SECONDS]`;
  if (problem) {
    process.stderr.write(`attack: ${problem}\n${text}\n`);
    process.exit(2);
  }
  process.stdout.write(`${text}\n`);
  process.exit(0);
}

// ---------------------------------------------------------------------------------------------
// Concurrency: CPU-bound children share a few slots; trials that mostly wait (timeouts,
// trickles) take no slot.

function limiter(n) {
  let active = 0;
  const queue = [];
  const next = () => {
    if (active >= n || !queue.length) return;
    active++;
    const { fn, resolve, reject } = queue.shift();
    fn()
      .then(resolve, reject)
      .finally(() => {
        active--;
        next();
      });
  };
  return (fn) => new Promise((resolve, reject) => (queue.push({ fn, resolve, reject }), next()));
}
const cpuSlot = limiter(3);

// ---------------------------------------------------------------------------------------------
// Sandboxes: one folder per trial; `dest` is the destination the user gives, everything else in
// the sandbox is "outside".

let BASE;

function sandbox(label) {
  const root = fs.mkdtempSync(path.join(BASE, `${label}-`));
  const sb = {
    root,
    home: path.join(root, "home"),
    tmp: path.join(root, "tmp"),
    work: path.join(root, "work"),
    dest: path.join(root, "work", "deep", "dest"),
  };
  for (const d of [sb.home, sb.tmp, sb.dest]) fs.mkdirSync(d, { recursive: true });
  return sb;
}

function removeSandbox(sb) {
  if (!OPTS.keep) fs.rmSync(sb.root, { recursive: true, force: true });
}

/** Calls `visit(rel, abs, lstat)` for every path under `dir`, links not followed; vanished paths skipped. */
function walkTree(dir, visit) {
  const walk = (d) => {
    let names;
    try {
      names = fs.readdirSync(d);
    } catch {
      return;
    }
    for (const name of names) {
      const p = path.join(d, name);
      let st;
      try {
        st = fs.lstatSync(p);
        visit(path.relative(dir, p), p, st);
      } catch {
        continue;
      }
      if (st.isDirectory()) walk(p);
    }
  };
  walk(dir);
}

/** Every path under `dir` (links not followed) → a short fingerprint. */
function snapshot(dir, { hashUpTo = 8 * MiB } = {}) {
  const out = new Map();
  walkTree(dir, (rel, p, st) => {
    if (st.isSymbolicLink()) out.set(rel, `link:${fs.readlinkSync(p)}`);
    else if (st.isDirectory()) out.set(rel, "dir");
    else if (st.isFile())
      out.set(
        rel,
        st.size <= hashUpTo ? `file:${st.size}:${crypto.createHash("sha256").update(fs.readFileSync(p)).digest("hex")}` : `file:${st.size}:big`,
      );
    else out.set(rel, "other");
  });
  return out;
}

/** Paths new or changed between two snapshots of the sandbox root, outside the allowed folders. */
function changedOutside(before, after, sb, allowed = [sb.dest, sb.home, sb.tmp, path.join(sb.root, "runner")]) {
  const allowedRel = allowed.map((a) => path.relative(sb.root, a));
  const inside = (rel) => allowedRel.some((a) => rel === a || rel.startsWith(`${a}${path.sep}`));
  const changes = [];
  for (const [rel, v] of after) {
    if (inside(rel)) continue;
    if (before.get(rel) !== v && !(v === "dir" && allowedRel.some((a) => a.startsWith(`${rel}${path.sep}`)))) changes.push(rel);
  }
  return changes;
}

function leftovers(snap, prefix = "") {
  return [...snap.keys()].filter((k) => /\.part$|\.tmp$|\.kaggle-tmp|~$/.test(k)).map((k) => path.join(prefix, k));
}

// ---------------------------------------------------------------------------------------------
// The emulator and a proxy in front of it

async function startEmulator({ data, scenario, extra = [] } = {}) {
  const args = [
    path.join(DIST, "emulator", "index.js"),
    "--port",
    "0",
    ...(data ? ["--data", data] : []),
    ...(scenario ? ["--scenario", scenario] : []),
    ...extra,
  ];
  const child = spawn(NODE, args, { stdio: ["ignore", "pipe", "pipe"], env: { PATH: process.env.PATH, HOME: os.tmpdir() } });
  CHILDREN.add(child);
  child.on("exit", () => CHILDREN.delete(child));
  let out = "";
  let err = "";
  child.stderr.on("data", (d) => (err += d));
  const ready = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the emulator did not start within 30 s: ${err.trim()}`)), 30_000);
    child.stdout.on("data", (d) => {
      out += d;
      if (out.split("\n").length > 4) {
        clearTimeout(timer);
        resolve(
          Object.fromEntries(
            out
              .trim()
              .split("\n")
              .slice(0, 4)
              .map((l) => [l.slice(0, l.indexOf("=")), l.slice(l.indexOf("=") + 1)]),
          ),
        );
      }
    });
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`the emulator exited with ${code} before it was ready: ${err.trim()}`));
    });
  });
  const url = ready.KAGGLE_API_ENDPOINT;
  const emu = {
    url,
    child,
    creds: { username: ready.KAGGLE_USERNAME, key: ready.KAGGLE_KEY, token: ready.KAGGLE_API_TOKEN },
    async admin(method, p, body) {
      const r = await fetch(`${url}/_emulator/${p}`, {
        method,
        headers: { "content-type": "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await r.text();
      if (!r.ok) throw new Error(`emulator ${method} ${p}: ${r.status} ${text.slice(0, 200)}`);
      return text ? JSON.parse(text) : undefined;
    },
    async state() {
      return (await emu.admin("GET", "state")).state;
    },
    async rpc(service, method, body, creds = emu.creds) {
      const r = await fetch(`${url}/v1/${service}/${method}`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${creds.token}` },
        body: JSON.stringify(body ?? {}),
      });
      const text = await r.text();
      if (!r.ok) throw new Error(`${method}: ${r.status} ${text.slice(0, 200)}`);
      return JSON.parse(text);
    },
    stop(signal = "SIGTERM") {
      return new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill(signal);
      });
    },
  };
  return emu;
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

/** One request to `upstream` with the client's method, path, headers (Host kept) and body. */
function forward(upstream, req, body) {
  const u = new URL(upstream);
  return new Promise((resolve, reject) => {
    const out = http.request(
      { host: u.hostname, port: u.port, method: req.method, path: req.url, headers: { ...req.headers, "content-length": String(body.length) } },
      (res) => {
        const chunks = [];
        res.on("data", (c) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on("error", reject);
      },
    );
    out.on("error", reject);
    out.end(body);
  });
}

/**
 * A server on 127.0.0.1 port 0 that hands each request to `hook(ctx)`; a hook that returns
 * false (or nothing) lets the request through to the upstream emulator unchanged.
 * ctx: req, res, body, path, rpc (the method name of an RPC), url (this server), forward(),
 * send(status, headers, body), json(obj), count(key) (how many such requests so far, 1-based).
 */
async function startProxy(upstream, hook) {
  const counts = new Map();
  const sockets = new Set();
  const server = http.createServer(async (req, res) => {
    const body = await readBody(req).catch(() => Buffer.alloc(0));
    const p = new URL(req.url, "http://x").pathname;
    const m = /^\/(?:api\/)?v1\/([^/]+)\/([^/]+)$/.exec(p);
    const ctx = {
      req,
      res,
      body,
      path: p,
      rpc: m ? m[2] : undefined,
      url: proxy.url,
      forward: () => forward(upstream, req, body),
      send(status, headers, data) {
        const h = { ...headers };
        delete h["transfer-encoding"];
        delete h.connection;
        delete h["keep-alive"];
        h["content-length"] = String(data.length);
        res.writeHead(status, h);
        res.end(data);
      },
      json(obj, status = 200) {
        ctx.send(status, { "content-type": "application/json" }, Buffer.from(JSON.stringify(obj)));
      },
      count(key) {
        const n = (counts.get(key) ?? 0) + 1;
        counts.set(key, n);
        return n;
      },
    };
    try {
      if (await hook(ctx)) return;
      const r = await ctx.forward();
      ctx.send(r.status, r.headers, r.body);
    } catch {
      res.destroy();
    }
  });
  server.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const proxy = {
    url: `http://127.0.0.1:${server.address().port}`,
    close: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
  return proxy;
}

/** A proxy answer: forward, let `edit(json)` change the parsed JSON body, send it back. */
async function forwardEdited(ctx, edit) {
  const r = await ctx.forward();
  let j;
  try {
    j = JSON.parse(r.body.toString("utf8"));
  } catch {
    ctx.send(r.status, r.headers, r.body);
    return true;
  }
  const edited = edit(j) ?? j;
  ctx.send(r.status, { ...r.headers, "content-type": "application/json" }, Buffer.from(JSON.stringify(edited)));
  return true;
}

// ---------------------------------------------------------------------------------------------
// Children with a deadline, peak memory and a disk cap

/**
 * Runs `dist/<bundle>/index.js` with only the given environment. Past `deadlineMs`, past
 * `rssCapMb` (VmHWM from /proc) or once `diskCap.dir` holds more than `diskCap.bytes`, the child
 * is killed and the reason returned.
 */
const CHILDREN = new Set();

function runBundle(bundle, argv, { env, cwd, deadlineMs = 30_000, rssCapMb = 1024, diskCap } = {}) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(NODE, [path.join(DIST, bundle, "index.js"), ...argv], { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    CHILDREN.add(child);
    let stdout = "";
    let stderr = "";
    let killed;
    let peakKb = 0;
    let lastOutput = started;
    child.stdout.on("data", (d) => ((stdout += d), (lastOutput = Date.now())));
    child.stderr.on("data", (d) => ((stderr += d), (lastOutput = Date.now())));
    const kill = (why) => {
      if (killed) return;
      killed = why;
      child.kill("SIGKILL");
    };
    const deadline = setTimeout(() => kill(`hang: still running after ${Math.round(deadlineMs / 1000)} s`), deadlineMs);
    let ticks = 0;
    const poll = setInterval(() => {
      try {
        const status = fs.readFileSync(`/proc/${child.pid}/status`, "utf8");
        const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
        peakKb = Math.max(peakKb, kb);
        if (kb > rssCapMb * 1024) kill(`memory: peak RSS ${Math.round(kb / 1024)} MB past the ${rssCapMb} MB cap`);
      } catch {
        // gone
      }
      if (diskCap && ++ticks % 5 === 0) {
        const used = duBytes(diskCap.dir);
        if (used > diskCap.bytes)
          kill(`disk: ${Math.round(used / MiB)} MiB written under the destination (cap ${Math.round(diskCap.bytes / MiB)} MiB)`);
      }
    }, 100);
    child.on("close", (code, signal) => {
      CHILDREN.delete(child);
      clearTimeout(deadline);
      clearInterval(poll);
      const now = Date.now();
      resolve({ code: code ?? -1, signal, stdout, stderr, killed, peakMb: Math.round(peakKb / 1024), ms: now - started, quietMs: now - lastOutput });
    });
  });
}

function duBytes(dir) {
  let total = 0;
  walkTree(dir, (_rel, _p, st) => {
    if (st.isFile()) total += st.size;
  });
  return total;
}

function cliEnv(sb, server, creds, extra = {}) {
  if (!server.url.startsWith("http://127.0.0.1:")) throw new Error("refusing a non-loopback endpoint");
  return {
    PATH: process.env.PATH,
    HOME: sb.home,
    TMPDIR: sb.tmp,
    KAGGLE_CONFIG_DIR: path.join(sb.home, ".kaggle"),
    KAGGLE_API_ENDPOINT: server.url,
    KAGGLE_USERNAME: creds.username,
    KAGGLE_KEY: creds.key,
    ...(OPTS.idleEnv ? { [OPTS.idleEnv.name]: String(OPTS.idleEnv.seconds) } : {}),
    ...extra,
  };
}

/**
 * `kaggle <argv>` in the sandbox's work folder. `idle: true` for runs that mostly wait (idle
 * timeouts, trickles, retry back-offs): they take no CPU slot.
 */
function kaggle(sb, server, creds, argv, opts = {}) {
  const go = () => runBundle("cli", argv, { cwd: sb.work, ...opts, env: cliEnv(sb, server, creds, opts.env) });
  return opts.idle ? go() : cpuSlot(go);
}

/** An action bundle with the runner's contract (INPUT_*, GITHUB_OUTPUT …), as test/actions/harness.ts. */
async function action(sb, name, server, creds, inputs, opts = {}) {
  const r = path.join(sb.root, "runner");
  const f = (n) => path.join(r, n);
  fs.mkdirSync(r, { recursive: true });
  for (const d of ["runner-temp", "tool-cache"]) fs.mkdirSync(f(d), { recursive: true });
  for (const n of ["output", "summary.md", "env", "path", "state"]) fs.writeFileSync(f(n), "");
  fs.writeFileSync(f("event.json"), JSON.stringify({ head_commit: { id: "0123456789abcdef0123456789abcdef01234567", message: "attack" } }));
  const env = {
    ...cliEnv(sb, server, creds),
    GITHUB_ACTIONS: "true",
    GITHUB_OUTPUT: f("output"),
    GITHUB_STEP_SUMMARY: f("summary.md"),
    GITHUB_ENV: f("env"),
    GITHUB_PATH: f("path"),
    GITHUB_STATE: f("state"),
    GITHUB_EVENT_PATH: f("event.json"),
    GITHUB_EVENT_NAME: "push",
    GITHUB_SHA: "0123456789abcdef0123456789abcdef01234567",
    GITHUB_REPOSITORY: "octo/kaggle-project",
    GITHUB_WORKSPACE: sb.work,
    RUNNER_TEMP: f("runner-temp"),
    RUNNER_TOOL_CACHE: f("tool-cache"),
  };
  const all = { endpoint: server.url, username: creds.username, key: creds.key, ...inputs };
  for (const [k, v] of Object.entries(all)) env[`INPUT_${k.replace(/ /g, "_").toUpperCase()}`] = v;
  const go = () => runBundle(name, [], { cwd: sb.work, ...opts, env });
  const run = await (opts.idle ? go() : cpuSlot(go));
  run.action = true;
  run.outputs = fs.readFileSync(f("output"), "utf8");
  return run;
}

// ---------------------------------------------------------------------------------------------
// Judging one run

/** A failing command that stays alive this long after its last line is reported. */
const LINGER_MS = 10_000;

const CRASH =
  /TypeError|ReferenceError|RangeError|is not a function|is not iterable|Cannot read propert|\n\s+at .+:\d+:\d+\)?|node:internal|UnhandledPromiseRejection/;

function secretForms(creds) {
  return [creds.key, creds.token, Buffer.from(`${creds.username}:${creds.key}`).toString("base64")].filter(Boolean);
}

function visible(run) {
  const text = `${run.stdout}\n${run.stderr}`;
  return run.action
    ? text
        .split(/\r?\n/)
        .filter((l) => !l.startsWith("::add-mask::"))
        .join("\n")
    : text;
}

/** Problems every run must avoid, whatever its exit: a kill, a secret, a raw ESC, a JS crash. */
function hygiene(run, creds) {
  if (run.killed) return run.killed;
  const text = visible(run);
  for (const s of secretForms(creds)) if (text.includes(s)) return "a secret was printed";
  if (text.includes("\x1b") || text.includes("\x9b")) return "raw ESC in the output";
  if (CRASH.test(text)) return `a JS crash: ${firstMatchLine(text, CRASH)}`;
  return undefined;
}

function firstMatchLine(text, re) {
  return (text.split(/\r?\n/).find((l) => re.test(l)) ?? text.slice(0, 160)).trim().slice(0, 160);
}

function errorLines(run) {
  if (run.action) return run.stdout.split(/\r?\n/).filter((l) => l.startsWith("::error"));
  return run.stderr
    .split(/\r?\n/)
    .map((l) => l.split("\r").pop().trim())
    .filter((l) => l && !/^Warning:/.test(l) && !/: (\d+% )?[\d.]+\s?[KMGT]?i?B\b/.test(l));
}

/** undefined when `run` is a clean failure; otherwise why it is not. */
function cleanFailure(run, creds) {
  const h = hygiene(run, creds);
  if (h) return h;
  if (run.code === 0) return "exit 0";
  if (run.quietMs > LINGER_MS) return `exited ${Math.round(run.quietMs / 1000)} s after its last output`;
  const lines = errorLines(run);
  if (lines.length !== 1) return `${lines.length} error lines (${lines.slice(0, 3).join(" | ").slice(0, 200)})`;
  return undefined;
}

const IDENTICAL = { result: "identical" };
const CLEAN = { result: "clean" };
const bad = (why) => ({ result: "bad", why });

/**
 * The common verdict: nothing outside changed, no leftovers outside, then identical (exit 0 and
 * `isRight()`) or a clean failure.
 */
function judge(sb, before, run, creds, { isRight, failureOk = true }) {
  const after = snapshot(sb.root, { hashUpTo: 4 * MiB });
  const outside = changedOutside(before, after, sb);
  if (outside.length) return bad(`wrote outside the destination: ${outside.slice(0, 3).join(", ")}`);
  const h = hygiene(run, creds);
  if (h) return bad(h);
  if (run.code === 0) {
    const stray = leftovers(snapshot(sb.dest));
    if (stray.length) return bad(`exit 0 with temp files left: ${stray.slice(0, 3).join(", ")}`);
    const wrong = isRight ? isRight() : undefined;
    return wrong ? bad(`exit 0 with ${wrong}`) : IDENTICAL;
  }
  if (!failureOk) return bad(`failed: ${errorLines(run).slice(-1)[0] ?? `exit ${run.code}`}`);
  const why = cleanFailure(run, creds);
  return why ? bad(`unclean failure: ${why}`) : { ...CLEAN, note: errorLines(run).slice(-1)[0] };
}

// ---------------------------------------------------------------------------------------------
// A minimal zip writer (stored / deflate, links, overlapping entries)

/**
 * entries: { name, data?: Buffer, deflate?: boolean, link?: string, dir?: boolean,
 *            sameDataAs?: index (a central entry pointing at an earlier entry's local header),
 *            raw?: {compressed: Buffer, size, crc} (precompressed deflate data) }
 */
function buildZip(entries) {
  const locals = [];
  const central = [];
  const at = [];
  let offset = 0;
  for (const [i, e] of entries.entries()) {
    const name = Buffer.from(e.dir && !e.name.endsWith("/") ? `${e.name}/` : e.name);
    let mode = 0o100644;
    let data = e.data ?? Buffer.alloc(0);
    if (e.link !== undefined) {
      mode = 0o120777;
      data = Buffer.from(e.link);
    } else if (e.dir) mode = 0o40755;
    let info;
    if (e.sameDataAs !== undefined) info = at[e.sameDataAs];
    else {
      let method = 0;
      let comp = data;
      let crc = zlib.crc32(data);
      let size = data.length;
      if (e.raw) {
        method = 8;
        comp = e.raw.compressed;
        crc = e.raw.crc;
        size = e.raw.size;
      } else if (e.deflate) {
        method = 8;
        comp = zlib.deflateRawSync(data);
      }
      const lh = Buffer.alloc(30);
      lh.writeUInt32LE(0x04034b50, 0);
      lh.writeUInt16LE(20, 4);
      lh.writeUInt16LE(0x0800, 6);
      lh.writeUInt16LE(method, 8);
      lh.writeUInt32LE(0x00210000, 10);
      lh.writeUInt32LE(crc >>> 0, 14);
      lh.writeUInt32LE(comp.length, 18);
      lh.writeUInt32LE(size, 22);
      lh.writeUInt16LE(name.length, 26);
      info = { offset, method, crc, compSize: comp.length, size };
      locals.push(lh, name, comp);
      offset += 30 + name.length + comp.length;
    }
    at[i] = info;
    const ch = Buffer.alloc(46);
    ch.writeUInt32LE(0x02014b50, 0);
    ch.writeUInt16LE((3 << 8) | 20, 4);
    ch.writeUInt16LE(20, 6);
    ch.writeUInt16LE(0x0800, 8);
    ch.writeUInt16LE(info.method, 10);
    ch.writeUInt32LE(0x00210000, 12);
    ch.writeUInt32LE(info.crc >>> 0, 16);
    ch.writeUInt32LE(info.compSize, 20);
    ch.writeUInt32LE(info.size, 24);
    ch.writeUInt16LE(name.length, 28);
    ch.writeUInt32LE(((mode << 16) | (e.dir ? 0x10 : 0)) >>> 0, 38);
    ch.writeUInt32LE(info.offset, 42);
    central.push(ch, name);
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

let zeroDeflate;
/** Deflate data of 64 MiB of zeros (computed once): about 64 KB. */
function zeros64() {
  if (!zeroDeflate) {
    const data = Buffer.alloc(64 * MiB);
    zeroDeflate = { compressed: zlib.deflateRawSync(data, { level: 9 }), size: data.length, crc: zlib.crc32(data) };
  }
  return zeroDeflate;
}

// ---------------------------------------------------------------------------------------------
// Deterministic parameters

function rng(seed) {
  // mulberry32, seeded through a hash so that neighbouring seeds diverge at once
  let s = crypto.createHash("sha256").update(String(seed)).digest().readUInt32LE(0);
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}
const pick = (r, list) => list[Math.floor(r() * list.length)];

const DATASET = "alice/city-weather-daily";
const COMP = "spaceship-survival";

/** Serves `bytes` for GET/HEAD like a signed URL would (length, date, ranges). */
function serveBytes(ctx, bytes, { length = true, md5 = false } = {}) {
  const headers = { "content-type": "application/octet-stream", "last-modified": new Date(Date.now() - 60_000).toUTCString() };
  if (md5) headers["x-goog-hash"] = `md5=${crypto.createHash("md5").update(bytes).digest("base64")}`;
  if (length) {
    ctx.send(200, headers, ctx.req.method === "HEAD" ? Buffer.alloc(0) : bytes);
  } else {
    ctx.res.writeHead(200, headers);
    ctx.res.end(ctx.req.method === "HEAD" ? undefined : bytes);
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// Fault kinds. Each: async ({ emu, creds, expected, t }, trial index) → { result, why?, note? },
// where `t` holds what the trial opened (sandboxes, proxies, deferred clean-ups).

/** What one trial opened, closed in reverse order when it ends. */
function trialScope() {
  const undo = [];
  return {
    sandbox(label) {
      const sb = sandbox(label);
      undo.push(() => removeSandbox(sb));
      return sb;
    },
    async proxy(upstream, hook) {
      const p = await startProxy(upstream, hook);
      undo.push(() => p.close());
      return p;
    },
    defer(fn) {
      undo.push(fn);
    },
    async close() {
      for (const fn of undo.reverse()) await fn();
    },
  };
}

/** Server names, links and redirects that point outside the destination. */
async function pathEscapes({ emu, creds, t }, i) {
  const r = rng(1000 + i);
  const sb = t.sandbox("escape");
  const variants = [
    "link-chain",
    "kernel-slug-abs",
    "kernel-slug-up",
    "comp-file-up",
    "zip-dotdot",
    "zip-abs",
    "zip-link-out",
    "redirect-slash",
    "output-dot",
    "zip-over-dir",
    "zip-self-name",
  ];
  const variant = variants[i % variants.length];
  const round = Math.floor(i / variants.length);
  const tag = `e${i}${Math.floor(r() * 1e6)}`;
  const outsideAbs = path.join(sb.work, `abs-${tag}`);
  let zip;
  let hook = () => false;
  const serveZip = (ctx) => {
    if (ctx.rpc === "DownloadDataset" && !JSON.parse(ctx.body.toString() || "{}").fileName) {
      ctx.send(302, { location: `${ctx.url}/hostile/${path.basename(DATASET)}.zip` }, Buffer.alloc(0));
      return true;
    }
    if (ctx.path.startsWith("/hostile/")) return serveBytes(ctx, zip);
    return false;
  };
  const good = Buffer.from(`good,${tag}\n`);
  if (variant === "link-chain") {
    const depth = 2 + Math.floor(r() * 11);
    const dirs = Array.from({ length: depth }, (_, k) => `d${k}`);
    const entries = [];
    for (let k = 1; k <= depth; k++) entries.push({ name: dirs.slice(0, k).join("/"), dir: true });
    entries.push({ name: `${dirs.join("/")}/up`, link: Array(depth).fill("..").join("/") });
    entries.push({ name: `esc${tag}`, link: `${dirs.join("/")}/up/..` });
    entries.push({ name: "good.csv", data: good });
    zip = buildZip(entries);
    hook = serveZip;
  } else if (variant.startsWith("zip-")) {
    const evil = Buffer.from(`evil ${tag}\n`);
    const entries = [{ name: "good.csv", data: good, deflate: r() < 0.5 }];
    if (variant === "zip-dotdot") entries.push({ name: `${pick(r, ["", "a/", "a/b/"])}../../../evil-${tag}.txt`, data: evil });
    if (variant === "zip-abs") entries.push({ name: `${outsideAbs}.txt`, data: evil });
    if (variant === "zip-over-dir") entries.push({ name: "keep", data: evil });
    if (variant === "zip-self-name") entries.push({ name: `${path.basename(DATASET)}.zip`, data: evil });
    if (variant === "zip-link-out") {
      const target = r() < 0.5 ? path.join(sb.work) : "../..";
      entries.push({ name: `out${tag}`, link: target }, { name: `out${tag}/evil-${tag}.txt`, data: evil });
    }
    zip = buildZip(entries);
    hook = serveZip;
  } else if (variant.startsWith("kernel-slug")) {
    const slug = variant === "kernel-slug-abs" ? outsideAbs : `${"../".repeat(2 + Math.floor(r() * 2))}esc-${tag}`;
    hook = (ctx) => ctx.rpc === "GetKernel" && forwardEdited(ctx, (j) => void (j.blob && (j.blob.slug = slug)));
  } else if (variant === "comp-file-up") {
    const evilName = `${"../".repeat(1 + Math.floor(r() * 3))}esc-${tag}.csv`;
    hook = async (ctx) => {
      if (ctx.rpc === "ListDataFiles")
        return forwardEdited(ctx, (j) => void (j.files ?? []).forEach((f) => f.name === "train.csv" && (f.name = evilName)));
      if (ctx.rpc === "DownloadDataFile") {
        const body = JSON.parse(ctx.body.toString() || "{}");
        if (body.fileName === evilName) {
          ctx.send(302, { location: `${ctx.url}/hostile/x/${evilName.split("/").pop()}` }, Buffer.alloc(0));
          return true;
        }
      }
      if (ctx.path.startsWith("/hostile/")) return serveBytes(ctx, Buffer.from(`evil ${tag}\n`));
      return false;
    };
  } else if (variant === "redirect-slash") {
    hook = (ctx) => {
      if (ctx.rpc === "DownloadDataset") {
        ctx.send(302, { location: `${ctx.url}/hostile/${tag}/` }, Buffer.alloc(0));
        return true;
      }
      if (ctx.path.startsWith("/hostile/")) return serveBytes(ctx, good);
      return false;
    };
  } else if (variant === "output-dot") {
    const name = [".", "./", "sub/.", "..", "sub/.."][round % 5];
    hook = (ctx) =>
      ctx.rpc === "ListKernelSessionOutput" && forwardEdited(ctx, (j) => void (j.files ?? []).forEach((f, k) => k === 0 && (f.fileName = name)));
  }
  const proxy = await t.proxy(emu.url, hook);
  const before = snapshot(sb.root);
  let run;
  let isRight;
  if (variant === "link-chain") {
    const first = await kaggle(sb, proxy, creds, ["datasets", "download", DATASET, "-p", sb.dest, "--unzip"]);
    const h = hygiene(first, creds);
    if (h) return bad(`step 1: ${h}`);
    const into = path.join(sb.dest, `esc${tag}`);
    run =
      round % 2 === 0
        ? await kaggle(sb, proxy, creds, ["datasets", "download", DATASET, "-f", "weather.csv", "-p", into])
        : await action(sb, "dataset-download", proxy, creds, { dataset: DATASET, files: "weather.csv", path: into, cache: "false" });
    if (first.code !== 0 && run.code === 0) run = first; // the refusal is what the user sees
  } else if (variant.startsWith("zip-")) {
    const userFile = path.join(sb.dest, "keep", "mine.txt");
    if (variant === "zip-over-dir") {
      fs.mkdirSync(path.dirname(userFile));
      fs.writeFileSync(userFile, "the user's own file\n");
    }
    run = await kaggle(sb, proxy, creds, ["datasets", "download", DATASET, "-p", sb.dest, "--unzip"]);
    const archive = path.join(sb.dest, `${path.basename(DATASET)}.zip`);
    if (variant === "zip-self-name" && run.code !== 0 && fs.existsSync(archive) && !fs.readFileSync(archive).equals(zip))
      return bad(`${variant}: the archive was overwritten by its own entry: ${errorLines(run).slice(-1)[0] ?? ""}`);
    if (variant === "zip-over-dir" && !fs.existsSync(userFile))
      return bad(`${variant}: a zip entry named like a folder of the user's deleted that folder (exit ${run.code})`);
    isRight = () =>
      fs.existsSync(path.join(sb.dest, "good.csv")) && fs.readFileSync(path.join(sb.dest, "good.csv")).equals(good)
        ? undefined
        : "good.csv missing or wrong";
  } else if (variant.startsWith("kernel-slug")) {
    run = await kaggle(sb, proxy, creds, ["kernels", "pull", "alice/spaceship-baseline", "-p", sb.dest]);
  } else if (variant === "comp-file-up") {
    run = await action(sb, "dataset-download", proxy, creds, {
      competition: COMP,
      path: sb.dest,
      files: pick(r, ["**", "*.csv", "**/*.csv"]),
      cache: "false",
    });
  } else if (variant === "redirect-slash") {
    run = await kaggle(sb, proxy, creds, ["datasets", "download", DATASET, "-f", "weather.csv", "-p", sb.dest]);
  } else {
    run = await kaggle(sb, proxy, creds, ["kernels", "output", "alice/spaceship-baseline", "-p", sb.dest]);
  }
  const stray = [...snapshot(sb.root).keys()].filter((k) => /^\.\.?part$/.test(path.basename(k)));
  if (stray.length) return bad(`${variant}: left ${stray.join(", ")} (exit ${run.code}: ${errorLines(run).slice(-1)[0] ?? ""})`);
  const v = judge(sb, before, run, creds, { isRight });
  return v.result === "bad" ? { ...v, why: `${variant}: ${v.why}` } : { ...v, note: `${variant}: ${v.note ?? "exit 0"}` };
}

/** The server acts on a create, then drops the connection before answering; the user reruns. */
async function lostAnswers({ emu, creds, t }, i) {
  const sb = t.sandbox("lost");
  const variant = ["version", "submit", "create", "version-action", "submit-action"][i % 5];
  const tag = `l${i}${crypto.randomBytes(3).toString("hex")}`;
  const kindOf = variant.replace("-action", "");
  const rpcs = { version: ["CreateDatasetVersion", "CreateDatasetVersionById"], submit: ["CreateSubmission"], create: ["CreateDataset"] }[kindOf];
  let dropped = 0;
  const proxy = await t.proxy(emu.url, async (ctx) => {
    if (rpcs.includes(ctx.rpc) && ctx.count("create") === 1) {
      await ctx.forward();
      dropped++;
      ctx.res.socket.destroy();
      return true;
    }
    return false;
  });
  await emu.admin("POST", "time", { advanceMs: 86_400_000 }); // a fresh daily submission limit
  const folder = path.join(sb.work, "ds");
  fs.mkdirSync(folder);
  fs.writeFileSync(path.join(folder, "data.csv"), `a,b\n${tag},${i}\n`);
  // Not the dataset the download kinds read: a new version there would change their answers.
  const slug = kindOf === "create" ? `atk-${tag}` : "private-sales-notes";
  fs.writeFileSync(
    path.join(folder, "dataset-metadata.json"),
    JSON.stringify({ title: `Attack ${tag}`, id: `alice/${slug}`, licenses: [{ name: "CC0-1.0" }] }),
  );
  fs.writeFileSync(path.join(sb.work, "sub.csv"), "PassengerId,Transported\n0001_01,True\n");
  const count = async () => {
    const s = await emu.state();
    if (kindOf === "submit") {
      const comp = s.competitions.competitions.find((c) => c.slug === COMP);
      return s.competitions.submissions.filter((x) => x.competitionId === comp.id && (x.description ?? "") === `desc ${tag}`).length;
    }
    const ds = s.datasets.datasets.filter((d) => d.owner === "alice" && d.slug === slug);
    if (kindOf === "create") return ds.length;
    return ds[0].versions.length;
  };
  const baseline = await count();
  const argv = {
    version: ["datasets", "version", "-p", folder, "-m", `notes ${tag}`],
    create: ["datasets", "create", "-p", folder],
    submit: ["competitions", "submit", COMP, "-f", path.join(sb.work, "sub.csv"), "-m", `desc ${tag}`],
  }[variant];
  const inputs = {
    "version-action": { path: folder, "version-notes": `notes ${tag}` },
    "submit-action": { competition: COMP, file: path.join(sb.work, "sub.csv"), message: `desc ${tag}`, wait: "false" },
  }[variant];
  const go = () =>
    inputs ? action(sb, kindOf === "submit" ? "competition-submit" : "dataset-version", proxy, creds, inputs) : kaggle(sb, proxy, creds, argv);
  const first = await go();
  const h1 = hygiene(first, creds);
  if (h1) return bad(`${variant}: first run: ${h1}`);
  if (!dropped) return bad(`${variant}: the create was never called (exit ${first.code}: ${errorLines(first).slice(-1)[0] ?? ""})`);
  const second = await go();
  const h2 = hygiene(second, creds);
  if (h2) return bad(`${variant}: rerun: ${h2}`);
  const n = (await count()) - baseline;
  if (n > 1) return bad(`${variant}: ${n} creates after a lost answer and a rerun (duplicate)`);
  if (n < 1)
    return bad(
      `${variant}: nothing was created (first: exit ${first.code} ${errorLines(first).slice(-1)[0] ?? ""}; rerun: exit ${second.code} ${errorLines(second).slice(-1)[0] ?? ""})`,
    );
  if (second.code !== 0) return bad(`${variant}: the rerun is blocked: ${errorLines(second).slice(-1)[0] ?? `exit ${second.code}`}`);
  return IDENTICAL;
}

/** One 429/500/503, a reset or no answer on the first request of a download: must be retried. */
async function downloadFirstRequest({ emu, creds, expected, t }, i) {
  const r = rng(3000 + i);
  const sb = t.sandbox("first");
  const fault = ["429", "500", "503", "reset", "silent"][i % 5];
  const where = ["file", "rpc"][Math.floor(i / 5) % 2];
  const what = pick(r, ["dataset", "competition"]);
  let hit = 0;
  const isTarget = (ctx) => (where === "rpc" ? ["DownloadDataset", "DownloadDataFile"].includes(ctx.rpc) : ctx.path.startsWith("/storage/"));
  const proxy = await t.proxy(emu.url, async (ctx) => {
    if (!isTarget(ctx) || ctx.count("first") !== 1) return false;
    hit++;
    if (fault === "reset") ctx.res.socket.destroy();
    else if (fault === "silent")
      return true; // never answered; closed with the proxy
    else {
      const status = Number(fault);
      ctx.send(
        status,
        { "content-type": "application/json", ...(status === 429 ? { "retry-after": "1" } : {}) },
        Buffer.from(JSON.stringify({ code: status, message: "injected" })),
      );
    }
    return true;
  });
  const before = snapshot(sb.root);
  const file = what === "dataset" ? "weather.csv" : "train.csv";
  const argv =
    what === "dataset" ? ["datasets", "download", DATASET, "-f", file, "-p", sb.dest] : ["competitions", "download", COMP, "-f", file, "-p", sb.dest];
  const via = Math.floor(i / 10) % 3 === 2 ? "dataset-download" : "cli";
  // A silent file GET waits one stall window before its retry; a silent RPC waits the RPC timeout (60 s).
  const silentMs = where === "rpc" ? RPC_TIMEOUT_MS : idleDeadlineMs();
  const runOpts = { idle: true, deadlineMs: fault === "silent" ? silentMs + 30_000 : 60_000 };
  const run =
    via === "cli"
      ? await kaggle(sb, proxy, creds, argv, runOpts)
      : await action(
          sb,
          "dataset-download",
          proxy,
          creds,
          { ...(what === "dataset" ? { dataset: DATASET } : { competition: COMP }), files: file, path: sb.dest, cache: "false" },
          runOpts,
        );
  const want = expected[what];
  if (!hit) return bad(`${fault} on the ${where}: the fault never applied`);
  const v = judge(sb, before, run, creds, {
    failureOk: false,
    isRight: () =>
      fs.existsSync(path.join(sb.dest, file)) && fs.readFileSync(path.join(sb.dest, file)).equals(want) ? undefined : `${file} missing or different`,
  });
  return v.result === "bad" ? { ...v, why: `${fault} on the ${where === "rpc" ? "download RPC" : "file GET"} (${what}, ${via}): ${v.why}` } : v;
}

/** The client's per-attempt timeout of an RPC. */
const RPC_TIMEOUT_MS = 60_000;

/** The configured stall window of a transfer (set by --idle-env; the client's own default is 120 s). */
function idleDeadlineMs() {
  return (OPTS.idleEnv?.seconds ?? 120) * 1000;
}

/** 429/503 on the first two status probes of a resumable upload (after a failed PUT). */
async function uploadProbe({ emu, creds, t }, i) {
  const r = rng(4000 + i);
  const sb = t.sandbox("probe");
  const tag = `p${i}${crypto.randomBytes(3).toString("hex")}`;
  const statuses = [pick(r, [429, 503]), pick(r, [429, 503])];
  let probes = 0;
  const proxy = await t.proxy(emu.url, async (ctx) => {
    if (ctx.req.method !== "PUT" || !ctx.path.startsWith("/upload/")) return false;
    const isProbe = /^bytes \*\//.test(ctx.req.headers["content-range"] ?? "");
    if (!isProbe && ctx.count("put") === 1) {
      ctx.json({ code: 503, message: "injected" }, 503);
      return true;
    }
    if (isProbe && probes < 2) {
      const s = statuses[probes++];
      ctx.send(
        s,
        { "content-type": "application/json", ...(s === 429 ? { "retry-after": "1" } : {}) },
        Buffer.from(JSON.stringify({ code: s, message: "injected" })),
      );
      return true;
    }
    return false;
  });
  await emu.admin("POST", "time", { advanceMs: 86_400_000 });
  const file = path.join(sb.work, "sub.csv");
  fs.writeFileSync(file, `PassengerId,Transported\n0001_01,True\n${"0002_01,False\n".repeat(1 + Math.floor(r() * 2000))}`);
  const useAction = r() < 0.4;
  const run = useAction
    ? await action(
        sb,
        "competition-submit",
        proxy,
        creds,
        { competition: COMP, file, message: `desc ${tag}`, wait: "false" },
        { idle: true, deadlineMs: 90_000 },
      )
    : await kaggle(sb, proxy, creds, ["competitions", "submit", COMP, "-f", file, "-m", `desc ${tag}`], { idle: true, deadlineMs: 90_000 });
  const h = hygiene(run, creds);
  if (h) return bad(h);
  const s = await emu.state();
  const n = s.competitions.submissions.filter((x) => (x.description ?? "") === `desc ${tag}`).length;
  const via = useAction ? "competition-submit" : "competitions submit";
  if (run.code !== 0)
    return bad(`${via} failed after ${probes} probe fault(s) ${statuses.join("/")}: ${errorLines(run).slice(-1)[0] ?? `exit ${run.code}`}`);
  if (n !== 1) return bad(`${via}: ${n} submissions`);
  if (probes < 2) return bad(`${via}: the upload was never probed (${probes} probe(s)); the fault did not apply`);
  return IDENTICAL;
}

/** A trickle of single bytes: must fail cleanly within the idle timeout. */
async function trickle({ emu, creds, t }, i) {
  const r = rng(5000 + i);
  const sb = t.sandbox("trickle");
  // A byte every 1–3 s, or every 10 or 20 s: far less than the 1 KiB a stall window asks for.
  const every = [1000 + Math.floor(r() * 2000), 10_000, 20_000, 1000 + Math.floor(r() * 2000)][i % 4];
  const size = 10_000 + Math.floor(r() * 50_000);
  const timers = new Set();
  const proxy = await t.proxy(emu.url, async (ctx) => {
    if (!ctx.path.startsWith("/storage/")) return false;
    ctx.res.writeHead(200, { "content-type": "application/octet-stream", "content-length": String(size), "last-modified": new Date().toUTCString() });
    const t = setInterval(() => ctx.res.write("x"), every);
    timers.add(t);
    ctx.res.on("close", () => clearInterval(t));
    return true;
  });
  t.defer(() => timers.forEach((timer) => clearInterval(timer)));
  const before = snapshot(sb.root);
  const useAction = r() < 0.3;
  // A stall is a connection error, retried by the policy, whose budget for all attempts and
  // waits is 120 s (DEFAULT_RETRY_POLICY.maxElapsedMs): the last attempt may start just before it.
  const deadlineMs = 120_000 + idleDeadlineMs() + 30_000;
  const run = useAction
    ? await action(
        sb,
        "dataset-download",
        proxy,
        creds,
        { dataset: DATASET, path: sb.dest, files: "weather.csv", cache: "false" },
        { idle: true, deadlineMs },
      )
    : await kaggle(sb, proxy, creds, ["datasets", "download", DATASET, "-f", "weather.csv", "-p", sb.dest], { idle: true, deadlineMs });
  const v = judge(sb, before, run, creds, {});
  return v.result === "bad" ? { ...v, why: `1 byte every ${every} ms: ${v.why}` } : v;
}

/** A high-ratio zip and an overlapping-entry zip under --unzip: a clean failure. */
async function zipBombs({ emu, creds, t }, i) {
  const r = rng(6000 + i);
  const sb = t.sandbox("bomb");
  const variant = i % 2 === 0 ? "ratio" : "overlap";
  const z = zeros64();
  const copies = 16 + Math.floor(r() * 16); // 1–2 GiB expanded
  const entries =
    variant === "ratio"
      ? Array.from({ length: copies }, (_, k) => ({ name: `part-${k}.bin`, raw: z }))
      : [{ name: "part-0.bin", raw: z }, ...Array.from({ length: copies - 1 }, (_, k) => ({ name: `part-${k + 1}.bin`, sameDataAs: 0 }))];
  const zip = buildZip(entries);
  const proxy = await t.proxy(emu.url, async (ctx) => {
    if (ctx.rpc === "DownloadDataset") {
      ctx.send(302, { location: `${ctx.url}/hostile/city-weather-daily.zip` }, Buffer.alloc(0));
      return true;
    }
    if (ctx.path.startsWith("/hostile/")) return serveBytes(ctx, zip);
    return false;
  });
  const before = snapshot(sb.root);
  const run = await kaggle(sb, proxy, creds, ["datasets", "download", DATASET, "-p", sb.dest, "--unzip"], {
    deadlineMs: 30_000,
    diskCap: { dir: sb.dest, bytes: 512 * MiB },
  });
  const ratio = Math.round((copies * z.size) / zip.length);
  const v = judge(sb, before, run, creds, { isRight: () => `the bomb extracted (${copies} × 64 MiB)` });
  return v.result === "bad" ? { ...v, why: `${variant} zip of ${Math.round(zip.length / 1024)} KB, ratio ${ratio}: ${v.why}` } : v;
}

/** A huge or endless JSON answer to an RPC: a clean failure with bounded memory. */
async function hugeJson({ emu, creds, t }, i) {
  const r = rng(7000 + i);
  const sb = t.sandbox("json");
  const variant = i % 2 === 0 ? "endless" : "huge";
  const rpc = pick(r, ["ListCompetitions", "GetDatasetMetadata"]);
  const item = JSON.stringify({ ref: "x".repeat(200), title: "y".repeat(200), tags: [{ name: "z".repeat(100) }] });
  const chunk = Buffer.from(`${item},`.repeat(Math.ceil(MiB / (item.length + 1))));
  const hugeMb = 300 + Math.floor(r() * 200);
  const proxy = await t.proxy(emu.url, async (ctx) => {
    if (ctx.rpc !== rpc) return false;
    const res = ctx.res;
    const head = Buffer.from(rpc === "ListCompetitions" ? '{"competitions":[' : '{"info":{"keywords":[');
    const tail = Buffer.from(`${item}]}${rpc === "ListCompetitions" ? "" : "}"}`);
    const headers = { "content-type": "application/json" };
    if (variant === "huge") headers["content-length"] = String(head.length + chunk.length * hugeMb + tail.length);
    res.writeHead(200, headers);
    res.write(head);
    let sent = 0;
    const pump = () => {
      while (!res.destroyed) {
        if (variant === "huge" && sent >= hugeMb) return void res.end(tail);
        sent++;
        if (!res.write(chunk)) return void res.once("drain", pump);
      }
    };
    res.on("error", () => {});
    pump();
    return true;
  });
  const before = snapshot(sb.root);
  const argv = rpc === "ListCompetitions" ? ["competitions", "list"] : ["datasets", "metadata", DATASET, "-p", sb.dest];
  const run = await kaggle(sb, proxy, creds, argv, { deadlineMs: 60_000, rssCapMb: 768 });
  const v = judge(sb, before, run, creds, { isRight: () => "a success from a hostile answer" });
  return v.result === "bad"
    ? { ...v, why: `${variant}${variant === "huge" ? ` ${hugeMb} MB` : ""} ${rpc} answer (peak ${run.peakMb} MB): ${v.why}` }
    : { ...v, note: `peak ${run.peakMb} MB` };
}

/** Words that tell the user a download could not be checked. */
const UNVERIFIED =
  /not verified|could not (be )?verif|cannot (be )?verif|unverified|no checksum|without (a )?checksum|no (content-)?length|not (be )?checked|unchecked|incomplete/i;

/** A download cut short with neither a length nor a checksum: never claimed verified or whole. */
async function truncated({ emu, creds, expected, t }, i) {
  const r = rng(8000 + i);
  const sb = t.sandbox("trunc");
  const what = pick(r, ["dataset", "competition"]);
  const file = what === "dataset" ? "weather.csv" : "train.csv";
  const full = expected[what];
  const cut = 1 + Math.floor(r() * (full.length - 2));
  const abrupt = r() < 0.5;
  const proxy = await t.proxy(emu.url, async (ctx) => {
    if (!ctx.path.startsWith("/storage/")) return false;
    ctx.res.writeHead(200, { "content-type": "application/octet-stream", "last-modified": new Date(Date.now() - 60_000).toUTCString() });
    ctx.res.write(full.subarray(0, cut));
    if (abrupt) setTimeout(() => ctx.res.socket?.destroy(), 20);
    else ctx.res.end();
    return true;
  });
  const before = snapshot(sb.root);
  const argv =
    what === "dataset" ? ["datasets", "download", DATASET, "-f", file, "-p", sb.dest] : ["competitions", "download", COMP, "-f", file, "-p", sb.dest];
  const run = await kaggle(sb, proxy, creds, argv);
  const claims = /\bverified\b|checksum ok|md5 ok/i.test(`${run.stdout}\n${run.stderr}`) && !UNVERIFIED.test(`${run.stdout}\n${run.stderr}`);
  const warns = UNVERIFIED.test(`${run.stdout}\n${run.stderr}`);
  const v = judge(sb, before, run, creds, {
    isRight: () => {
      if (claims) return "a truncated file claimed verified";
      const got = fs.existsSync(path.join(sb.dest, file)) ? fs.readFileSync(path.join(sb.dest, file)) : undefined;
      if (got && got.equals(full)) return undefined;
      return warns
        ? undefined
        : `a truncated ${file} (${cut} of ${full.length} bytes${abrupt ? ", connection reset" : ", clean end"}) accepted without a word`;
    },
  });
  return v.result === "bad" ? { ...v, why: `${what} ${abrupt ? "reset" : "clean end"} at ${cut}/${full.length}: ${v.why}` } : v;
}

/** A 302 on an RPC, wrong-typed JSON, ANSI escapes in server strings, a secret in nextPageToken. */
async function hostileOutput({ emu, creds, t }, i) {
  const r = rng(9000 + i);
  const sb = t.sandbox("output");
  const variant = ["redirect-rpc", "wrong-type", "ansi", "token-secret"][i % 4];
  const esc = pick(r, ["\x1b[31mred\x1b[0m", "\x1b]0;pwned\x07", "\x1b[2J\x1b[H", "\x9b31m"]);
  const list = pick(r, [
    { argv: ["competitions", "list"], rpc: "ListCompetitions", field: "competitions" },
    { argv: ["datasets", "list"], rpc: "ListDatasets", field: "datasets" },
    { argv: ["kernels", "list"], rpc: "ListKernels", field: "kernels" },
    { argv: ["competitions", "submissions", COMP], rpc: "ListSubmissions", field: "submissions" },
  ]);
  const secret = pick(r, [creds.token, creds.key, `Bearer ${creds.token}`]);
  const proxy = await t.proxy(emu.url, async (ctx) => {
    if (ctx.rpc !== list.rpc) return false;
    if (variant === "redirect-rpc") {
      ctx.send(302, { location: `${ctx.url}/elsewhere` }, Buffer.alloc(0));
      return true;
    }
    if (variant === "wrong-type") {
      ctx.json({ [list.field]: pick(r, ["x", 7, { a: 1 }, true]) });
      return true;
    }
    return forwardEdited(ctx, (j) => {
      if (variant === "ansi") {
        for (const row of j[list.field] ?? []) for (const [k, v] of Object.entries(row)) if (typeof v === "string") row[k] = `${v}${esc}`;
      } else j.nextPageToken = secret;
    });
  });
  const before = snapshot(sb.root);
  const run = await kaggle(sb, proxy, creds, list.argv);
  const redact = secretForms(creds).concat(secret.startsWith("Bearer") ? [] : [secret]);
  const text = visible(run);
  if (redact.some((s) => text.includes(s))) return bad(`${variant} (${list.rpc}): a secret was printed`);
  const v = judge(sb, before, run, creds, {
    isRight: () =>
      variant === "redirect-rpc" || variant === "wrong-type"
        ? `${variant === "redirect-rpc" ? "a 302" : "a wrong-typed answer"} taken as success`
        : undefined,
  });
  return v.result === "bad" ? { ...v, why: `${variant} (${list.rpc}): ${v.why}` } : { ...v, note: `${variant} (${list.rpc}): ${v.note ?? "exit 0"}` };
}

/** kill -9 soon after acknowledged writes with --data; restart; count the lost ones. */
async function emulatorKill({ t }, i) {
  const r = rng(10_000 + i);
  const sb = t.sandbox("kill");
  const data = path.join(sb.root, "data");
  let emu = await startEmulator({ data });
  t.defer(() => emu.stop());
  const writes = 3 + Math.floor(r() * 6);
  const acked = [];
  await emu.admin("POST", "time", { advanceMs: 86_400_000 * (i + 1) });
  for (let k = 0; k < writes; k++) {
    const bytes = Buffer.from(`PassengerId,Transported\n0001_01,${k % 2 ? "True" : "False"}\n`);
    const start = await emu.rpc("competitions.CompetitionApiService", "StartSubmissionUpload", {
      competitionName: COMP,
      contentLength: bytes.length,
      lastModifiedEpochSeconds: 1_700_000_000,
      fileName: "sub.csv",
    });
    const put = await fetch(start.createUrl, { method: "PUT", body: bytes });
    if (!put.ok) throw new Error(`upload PUT: ${put.status}`);
    const desc = `kill ${i} ${k}`;
    await emu.rpc("competitions.CompetitionApiService", "CreateSubmission", {
      competitionName: COMP,
      blobFileTokens: start.token,
      submissionDescription: desc,
    });
    acked.push(desc);
  }
  const wait = Math.floor(r() * 100);
  await new Promise((resolve) => setTimeout(resolve, wait));
  await emu.stop("SIGKILL");
  emu = await startEmulator({ data });
  const s = await emu.state();
  const present = new Set(s.competitions.submissions.map((x) => x.description));
  const lost = acked.filter((d) => !present.has(d));
  return lost.length ? bad(`${lost.length} of ${acked.length} acknowledged writes lost after kill -9 ${wait} ms after the last answer`) : IDENTICAL;
}

// ---------------------------------------------------------------------------------------------

const KINDS = {
  "path-escape": { fn: pathEscapes, trials: 44 },
  "lost-answer": { fn: lostAnswers, trials: 15 },
  "download-first": { fn: downloadFirstRequest, trials: 30 },
  "upload-probe": { fn: uploadProbe, trials: 12 },
  trickle: { fn: trickle, trials: 4 },
  "zip-bomb": { fn: zipBombs, trials: 6 },
  "huge-json": { fn: hugeJson, trials: 4 },
  truncated: { fn: truncated, trials: 24 },
  "hostile-output": { fn: hostileOutput, trials: 32 },
  "emulator-kill": { fn: emulatorKill, trials: 8 },
};

/** Fault-free copies of the files the download kinds fetch. */
async function fetchExpected(emu) {
  const sb = sandbox("baseline");
  try {
    const out = {};
    for (const [what, argv, file] of [
      ["dataset", ["datasets", "download", DATASET, "-f", "weather.csv", "-p", sb.dest], "weather.csv"],
      ["competition", ["competitions", "download", COMP, "-f", "train.csv", "-p", sb.dest], "train.csv"],
    ]) {
      const run = await kaggle(sb, emu, emu.creds, argv);
      if (run.code !== 0) throw new Error(`the fault-free ${what} download failed: ${run.stderr.trim().slice(0, 300)}`);
      out[what] = fs.readFileSync(path.join(sb.dest, file));
    }
    return out;
  } finally {
    removeSandbox(sb);
  }
}

async function runKind(name, spec, env) {
  const n = OPTS.trials ?? spec.trials;
  const results = [];
  const serial = name === "lost-answer" || name === "emulator-kill"; // they count shared state
  const one = async (i) => {
    let v;
    const t = trialScope();
    try {
      v = await spec.fn({ ...env, t }, i);
    } catch (err) {
      v = bad(`the harness failed: ${err.message}`);
    } finally {
      await t.close();
    }
    results[i] = v;
    if (OPTS.verbose) process.stderr.write(`${name} #${i}: ${v.result}${v.why ? `: ${v.why}` : v.note ? ` (${v.note})` : ""}\n`);
  };
  if (serial) for (let i = 0; i < n; i++) await one(i);
  else await Promise.all(Array.from({ length: n }, (_, i) => one(i)));
  return results;
}

const OPTS = parseArgs(process.argv.slice(2));

for (const sig of ["SIGINT", "SIGTERM"]) {
  process.once(sig, () => {
    for (const c of CHILDREN) c.kill("SIGKILL");
    if (BASE && !OPTS.keep) fs.rmSync(BASE, { recursive: true, force: true });
    process.exit(130);
  });
}

async function main() {
  for (const b of ["cli", "emulator", "dataset-download", "competition-submit"]) {
    if (!fs.existsSync(path.join(DIST, b, "index.js"))) {
      process.stderr.write(`attack: dist/${b}/index.js is missing; build the bundles first\n`);
      process.exit(2);
    }
  }
  const names = OPTS.only ?? Object.keys(KINDS);
  for (const n of names) if (!KINDS[n]) usage(`unknown kind ${n}`);
  BASE = fs.mkdtempSync(path.join(os.tmpdir(), "kaggle-attack-"));
  const started = Date.now();
  const emu = await startEmulator();
  const table = [];
  try {
    const env = { emu, creds: emu.creds, expected: await fetchExpected(emu) };
    const done = await Promise.all(
      names.map(async (name) => {
        const t0 = Date.now();
        const results = await runKind(name, KINDS[name], env);
        return { name, results, seconds: Math.round((Date.now() - t0) / 1000) };
      }),
    );
    for (const { name, results, seconds } of done) {
      table.push({
        kind: name,
        trials: results.length,
        identical: results.filter((x) => x.result === "identical").length,
        clean: results.filter((x) => x.result === "clean").length,
        bad: results.filter((x) => x.result === "bad").length,
        seconds,
        badTrials: results
          .map((x, i) => ({ ...x, trial: i }))
          .filter((x) => x.result === "bad")
          .map((x) => ({ trial: x.trial, why: x.why })),
      });
    }
  } finally {
    await emu.stop();
    if (!OPTS.keep) fs.rmSync(BASE, { recursive: true, force: true });
  }
  const seconds = Math.round((Date.now() - started) / 1000);
  const badCount = table.reduce((s, k) => s + k.bad, 0);
  if (OPTS.json) process.stdout.write(`${JSON.stringify({ seconds, bad: badCount, kinds: table }, null, 2)}\n`);
  else {
    const rows = [
      ["kind", "trials", "identical", "clean failure", "bad"],
      ...table.map((k) => [k.kind, k.trials, k.identical, k.clean, k.bad].map(String)),
    ];
    const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => row[c].length)));
    const line = (row) => row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join(" | ");
    process.stdout.write(`${line(rows[0])}\n${widths.map((w) => "-".repeat(w)).join("-|-")}\n${rows.slice(1).map(line).join("\n")}\n`);
    for (const k of table) for (const b of k.badTrials) process.stdout.write(`bad: ${k.kind} #${b.trial}: ${b.why}\n`);
    process.stdout.write(`${table.reduce((s, k) => s + k.trials, 0)} trials, ${badCount} bad, ${seconds} s\n`);
  }
  process.exitCode = badCount ? 1 : 0;
}

main().catch((err) => {
  process.stderr.write(`attack: ${err.message}\n`);
  process.exitCode = 2;
});
