#!/usr/bin/env node
// Datasets transfer benchmark: the CLI bundle against curl moving the same bytes to and from the
// same emulator in the same run.
//
//   node bench/datasets.mjs            (after `npm run build`; Node 24)
//   KAGGLE_BENCH_CLI=… KAGGLE_BENCH_EMULATOR=… KAGGLE_BENCH_GIB=0.25 node bench/datasets.mjs
//
// Cases: a 1 GiB single-file dataset (upload: `datasets create` vs `curl -T` to a StartBlobUpload
// URL; download: `datasets download -f` vs `curl -o` of the signed URL) and a 1,000 × 100 KiB
// dataset (upload vs `curl -K` with the 1,000 PUTs on one connection; download of the whole zip vs
// `curl -o`). Peak memory (max RSS) comes from /usr/bin/time -v. Targets from docs/DESIGN.md.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const CLI = process.env.KAGGLE_BENCH_CLI ?? path.join(root, "dist/cli/index.js");
const EMULATOR = process.env.KAGGLE_BENCH_EMULATOR ?? path.join(root, "dist/emulator/index.js");
const GIB = Number(process.env.KAGGLE_BENCH_GIB ?? "1");
const BIG = Math.round(GIB * 1024) * (1 << 20);
const SMALL_COUNT = Number(process.env.KAGGLE_BENCH_FILES ?? "1000");
const SMALL_SIZE = 100 * 1024;
const hasTime = fs.existsSync("/usr/bin/time");

for (const f of [CLI, EMULATOR]) {
  if (!fs.existsSync(f)) {
    console.error(`${f} not found: run 'npm run build' first (or set KAGGLE_BENCH_CLI / KAGGLE_BENCH_EMULATOR)`);
    process.exit(1);
  }
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), "kaggle-bench-ds-"));
const cleanup = () => fs.rmSync(work, { recursive: true, force: true });

/** Runs a command, returning wall seconds and max RSS in MiB (from /usr/bin/time -v). */
function timed(cmd, args, env = {}) {
  // Dirty pages left by the previous case must not slow this one down (for us or for curl).
  spawnSync("sync");
  return new Promise((resolve, reject) => {
    const argv = hasTime ? ["-v", cmd, ...args] : args;
    const started = process.hrtime.bigint();
    const child = spawn(hasTime ? "/usr/bin/time" : cmd, argv, { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (err += d));
    child.on("error", reject);
    child.on("close", (code) => {
      const secs = Number(process.hrtime.bigint() - started) / 1e9;
      const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(err);
      if (code !== 0) return reject(new Error(`${cmd} ${args.join(" ")} exited ${code}\n${out}\n${err.slice(-2000)}`));
      resolve({ secs, rssMiB: m ? Number(m[1]) / 1024 : NaN, out });
    });
  });
}

function startEmulator() {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [EMULATOR, "--port", "0", "--scenario", "empty", "--data", path.join(work, "emulator-data")], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    let text = "";
    child.stdout.on("data", (d) => {
      text += d;
      const env = Object.fromEntries(text.split("\n").filter((l) => /^KAGGLE_[A-Z_]+=/.test(l)).map((l) => [l.slice(0, l.indexOf("=")), l.slice(l.indexOf("=") + 1)]));
      if (env.KAGGLE_API_ENDPOINT && env.KAGGLE_USERNAME && env.KAGGLE_KEY && env.KAGGLE_API_TOKEN) resolve({ child, env });
    });
    child.on("error", reject);
    child.on("exit", (code) => reject(new Error(`emulator exited ${code}`)));
  });
}

async function rpc(env, service, method, body, opts = {}) {
  const auth = Buffer.from(`${env.KAGGLE_USERNAME}:${env.KAGGLE_KEY}`).toString("base64");
  const res = await fetch(`${env.KAGGLE_API_ENDPOINT}/api/v1/${service}/${method}`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Basic ${auth}` },
    body: JSON.stringify(body),
    redirect: opts.redirect ?? "follow",
  });
  if (opts.redirect === "manual") return res.headers.get("location");
  const json = await res.json();
  if (!res.ok) throw new Error(`${method}: ${JSON.stringify(json)}`);
  return json;
}

async function waitReady(env, slug) {
  for (let i = 0; i < 600; i++) {
    const s = await rpc(env, "datasets.DatasetApiService", "GetDatasetStatus", { ownerSlug: env.KAGGLE_USERNAME, datasetSlug: slug });
    if (s.status === "READY") return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${slug} never became ready`);
}

function writeBig(file, size) {
  const block = Buffer.alloc(1 << 20);
  for (let i = 0; i < block.length; i += 4) block.writeUInt32LE((i * 2654435761) >>> 0, i);
  const fd = fs.openSync(file, "w");
  for (let pos = 0, n = 0; pos < size; pos += block.length, n++) {
    block.writeUInt32LE(n, 0);
    fs.writeSync(fd, block, 0, Math.min(block.length, size - pos));
  }
  fs.closeSync(fd);
}

function metadata(dir, slug, username) {
  fs.writeFileSync(path.join(dir, "dataset-metadata.json"), JSON.stringify({ title: `Bench ${slug}`, id: `${username}/${slug}`, licenses: [{ name: "CC0-1.0" }] }));
}

const rows = [];
function row(name, ours, curl, target) {
  const ratio = ours.secs / curl.secs;
  rows.push({ name, ours: ours.secs, curl: curl.secs, ratio, target, rss: ours.rssMiB });
}

const { child: emulator, env } = await startEmulator();
const cliEnv = { KAGGLE_API_ENDPOINT: env.KAGGLE_API_ENDPOINT, KAGGLE_USERNAME: env.KAGGLE_USERNAME, KAGGLE_KEY: env.KAGGLE_KEY, TMPDIR: work, KAGGLE_CONFIG_DIR: work };
const user = env.KAGGLE_USERNAME;
try {
  // ---------------------------------------------------------------- one big file
  const bigDir = path.join(work, "big");
  fs.mkdirSync(bigDir);
  const bigFile = path.join(bigDir, "big.bin");
  writeBig(bigFile, BIG);
  metadata(bigDir, "bench-big-file", user);

  const start = await rpc(env, "blobs.BlobApiService", "StartBlobUpload", { type: "DATASET", name: "big.bin", contentLength: BIG });
  const curlUp = await timed("curl", ["-s", "-o", "/dev/null", "-T", bigFile, start.createUrl]);
  const ourUp = await timed(process.execPath, [CLI, "datasets", "create", "-p", bigDir, "-q"], cliEnv);
  row(`upload ${GIB} GiB, 1 file`, ourUp, curlUp, 1.15);

  await waitReady(env, "bench-big-file");
  const url = await rpc(env, "datasets.DatasetApiService", "DownloadDataset", { ownerSlug: user, datasetSlug: "bench-big-file", fileName: "big.bin" }, { redirect: "manual" });
  const dl = path.join(work, "dl");
  fs.mkdirSync(dl);
  const curlDown = await timed("curl", ["-s", "-o", path.join(dl, "curl.bin"), url]);
  fs.rmSync(path.join(dl, "curl.bin"));
  const ourDown = await timed(process.execPath, [CLI, "datasets", "download", `${user}/bench-big-file`, "-f", "big.bin", "-p", dl, "-q", "-o"], cliEnv);
  if (fs.statSync(path.join(dl, "big.bin")).size !== BIG) throw new Error("downloaded size differs");
  fs.rmSync(dl, { recursive: true });
  row(`download ${GIB} GiB, 1 file`, ourDown, curlDown, 0.5);
  fs.rmSync(bigDir, { recursive: true });

  // ---------------------------------------------------------------- many small files
  const smallDir = path.join(work, "small");
  fs.mkdirSync(smallDir);
  const payload = Buffer.alloc(SMALL_SIZE);
  for (let i = 0; i < SMALL_COUNT; i++) {
    payload.writeUInt32LE(i, 0);
    fs.writeFileSync(path.join(smallDir, `f${String(i).padStart(4, "0")}.bin`), payload);
  }
  const config = [];
  for (let i = 0; i < SMALL_COUNT; i++) {
    const name = `f${String(i).padStart(4, "0")}.bin`;
    const s = await rpc(env, "blobs.BlobApiService", "StartBlobUpload", { type: "DATASET", name, contentLength: SMALL_SIZE });
    config.push(`url = "${s.createUrl}"`, `upload-file = "${path.join(smallDir, name)}"`, 'output = "/dev/null"');
  }
  fs.writeFileSync(path.join(work, "curl.cfg"), `${config.join("\n")}\n`);
  metadata(smallDir, "bench-many-files", user);
  const curlMany = await timed("curl", ["-s", "-K", path.join(work, "curl.cfg")]);
  const ourMany = await timed(process.execPath, [CLI, "datasets", "create", "-p", smallDir, "-q", "--concurrency", "16"], cliEnv);
  row(`upload ${SMALL_COUNT} × 100 KiB`, ourMany, curlMany, 1.3);

  await waitReady(env, "bench-many-files");
  const zipUrl = await rpc(env, "datasets.DatasetApiService", "DownloadDataset", { ownerSlug: user, datasetSlug: "bench-many-files" }, { redirect: "manual" });
  const dl2 = path.join(work, "dl2");
  fs.mkdirSync(dl2);
  await timed("curl", ["-s", "-o", "/dev/null", zipUrl]); // warm the server's zip cache
  const curlZip = await timed("curl", ["-s", "-o", path.join(dl2, "curl.zip"), zipUrl]);
  fs.rmSync(path.join(dl2, "curl.zip"));
  const ourZip = await timed(process.execPath, [CLI, "datasets", "download", `${user}/bench-many-files`, "-p", dl2, "-q", "-o"], cliEnv);
  row(`download ${SMALL_COUNT} × 100 KiB (zip)`, ourZip, curlZip, 0.5);
  const ourUnzip = await timed(process.execPath, [CLI, "datasets", "download", `${user}/bench-many-files`, "-p", dl2, "-q", "-o", "--unzip"], cliEnv);
  rows.push({ name: `  same, with --unzip`, ours: ourUnzip.secs, curl: NaN, ratio: NaN, target: NaN, rss: ourUnzip.rssMiB });
} finally {
  emulator.kill("SIGTERM");
  cleanup();
}

const fmt = (n, d = 2) => (Number.isFinite(n) ? n.toFixed(d) : "-");
const header = ["case", "kaggle (s)", "curl (s)", "ratio", "target", "peak RSS (MiB)", "ok"];
const table = rows.map((r) => [
  r.name,
  fmt(r.ours),
  fmt(r.curl),
  fmt(r.ratio),
  Number.isFinite(r.target) ? `≤ ${r.target}` : "-",
  fmt(r.rss, 0),
  Number.isFinite(r.ratio) ? (r.ratio <= r.target && !(r.rss > 80) ? "yes" : "no") : r.rss > 80 ? "no" : "-",
]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((t) => t[i].length)));
const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
console.log(`node ${process.version}, ${os.cpus().length} CPUs; memory target ≤ 80 MiB`);
console.log(line(header));
console.log(line(widths.map((w) => "-".repeat(w))));
for (const t of table) console.log(line(t));
