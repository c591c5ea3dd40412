#!/usr/bin/env node
// Our CLI beside the official kaggle CLI and curl, on the same emulator state in one run: median
// wall time of each (3 runs by default), ours/official and ours/curl ratios, peak RSS, CPU time
// of each and the emulator's own CPU time during each client's runs.
//
//   npm run bench -- [--size 1G] [--files 1000] [--outputs 500] [--runs 3] [--cold auto|yes|no]
//   KAGGLE_OFFICIAL_CLI='<command running the official kaggle CLI>' npm run bench
//
// Without KAGGLE_OFFICIAL_CLI the official column says "not installed". With it, the emulator
// listens on 127.0.0.1:80, the only local address the official CLI reaches
// (KAGGLE_API_ENVIRONMENT=LOCALHOST); see bench/README.md.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  cli,
  coldCache,
  cpuSeconds,
  hasCurl,
  measure,
  medianOf,
  node,
  options,
  pool,
  portProblem,
  printTable,
  rpc,
  sizeLabel,
  startEmulator,
} from "./common.mjs";

const opt = options();
const BIG = opt.bytes;
const SMALL = 4 * 1024; // files of the whole-dataset zip
const UPLOAD_SMALL = 100 * 1024;
const OUTPUT_SIZE = 10 * 1024;
const official = process.env.KAGGLE_OFFICIAL_CLI?.trim() ?? "";
const curl = hasCurl();

let officialMissing = official ? "" : "not installed";
let port = 0;
if (official) {
  const problem = await portProblem(80, "127.0.0.1");
  if (problem) {
    officialMissing = `port 80 ${problem}`;
    console.log(`Port 80 on 127.0.0.1 is ${problem}: the official CLI reaches a local server only at http://localhost:80, so it is not measured.`);
  } else port = 80;
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), "kaggle-bench-"));
const home = path.join(work, "home");
fs.mkdirSync(path.join(home, ".kaggle"), { recursive: true });
const name = (prefix, i, width = 4) => `${prefix}${String(i).padStart(width, "0")}`;
const list = (n, line) => Array.from({ length: n }, (_, i) => line(i)).join("\n");
const scenario = path.join(work, "bench.yaml");
fs.writeFileSync(
  scenario,
  `users:
  - username: bench
datasetProcessingDelayMs: 0
competitions:
  - slug: big-data
    entrants: [bench]
    files:
      - { name: big.bin, size: ${BIG} }
datasets:
  - owner: bench
    slug: big-file
    versions:
      - files:
          - { name: big.bin, size: ${BIG} }
  - owner: bench
    slug: many-files
    versions:
      - files:
${list(opt.files, (i) => `          - { name: ${name("f", i)}.bin, size: ${SMALL} }`)}
kernelSettings: { python: "off" }
kernels:
  - owner: bench
    slug: many-outputs
    versions:
      - status: complete
        outputs:
${list(opt.outputs, (i) => `          - { name: ${name("o", i)}.bin, size: ${OUTPUT_SIZE} }`)}
`,
);

console.log(`Starting the emulator${port ? " on 127.0.0.1:80" : ""} (generating ${sizeLabel(BIG)} files)…`);
// State in memory (no --data): with a state file every change rewrites and fsyncs the whole
// state, which grows with every upload of every run and would make the server the bottleneck
// of the upload cases (emulator.mjs measures that cost on its own). Files still go to disk.
const emu = await startEmulator(["--scenario", scenario], { port });
const env = emu.env;
const user = env.KAGGLE_USERNAME;
const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("KAGGLE_")));
const base = { ...clean, HOME: home, KAGGLE_CONFIG_DIR: path.join(home, ".kaggle"), KAGGLE_USERNAME: user, KAGGLE_KEY: env.KAGGLE_KEY, TMPDIR: work };
const clients = {
  ours: (args) => [node, [cli, ...args], { env: { ...base, KAGGLE_API_ENDPOINT: env.KAGGLE_API_ENDPOINT } }],
  official: (args) => ["/bin/sh", ["-c", `${official} "$@"`, "kaggle", ...args], { env: { ...base, KAGGLE_API_ENVIRONMENT: "LOCALHOST" } }],
};
const dest = path.join(work, "dest");
const reset = (dir) => {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
};
const expectFile = (file, size) => {
  const got = fs.statSync(file, { throwIfNoEntry: false })?.size;
  if (got !== size) throw new Error(`${file}: expected ${size} bytes, found ${got ?? "no file"}`);
};
const expectCount = (dir, n) => {
  const got = fs.readdirSync(dir, { recursive: true }).filter((f) => fs.statSync(path.join(dir, f)).isFile()).length;
  if (got < n) throw new Error(`${dir}: expected ${n} files, found ${got}`);
};
const metadata = (dir, slug) =>
  fs.writeFileSync(
    path.join(dir, "dataset-metadata.json"),
    JSON.stringify({ title: `Bench ${slug}`, id: `${user}/${slug}`, licenses: [{ name: "CC0-1.0" }] }),
  );
const startUpload = (file, size) =>
  rpc(env, "blobs.BlobApiService", "StartBlobUpload", { type: "DATASET", name: file, contentLength: size }).then((s) => s.createUrl);
const curlConfig = async (file, lines) => {
  fs.writeFileSync(file, `${lines.join("\n")}\n`);
  return file;
};

/** Waits (at most two minutes) until the emulator sends `url`'s x-goog-hash. */
async function digested(url) {
  for (const deadline = Date.now() + 120_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 200))) {
    const res = await fetch(url, { method: "HEAD" });
    if (res.headers.get("x-goog-hash")) return;
  }
  throw new Error(`the emulator sent no x-goog-hash for ${url} within two minutes`);
}

const rows = [];
let cache;
/**
 * One case: `args(who, i)` are the CLI arguments of run i (ours and official), `curl(i)` the curl
 * arguments doing the same transfer (omitted where curl has no equivalent), `before(who, i)` sets
 * the stage, `check(who)` verifies what a run left behind. Runs are interleaved client by client.
 */
async function bench(label, { args, curl: curlArgs, before = () => {}, check = () => {}, target = [] }) {
  if (opt.cases.length && !opt.cases.some((w) => label.includes(w))) return;
  const who = ["ours", ...(officialMissing ? [] : ["official"]), ...(curl && curlArgs ? ["curl"] : [])];
  const times = Object.fromEntries(who.map((w) => [w, []]));
  const cpu = Object.fromEntries(who.map((w) => [w, []]));
  const server = Object.fromEntries(who.map((w) => [w, []]));
  const peak = Object.fromEntries(who.map((w) => [w, 0]));
  try {
    for (let i = 0; i < opt.runs; i++) {
      for (const w of who) {
        await before(w, i);
        const [cmd, argv, o] = w === "curl" ? ["curl", await curlArgs(i), {}] : clients[w](await args(w, i));
        cache.drop(); // dirty pages of the previous run must not slow this one down, nor its cached files speed it up
        const serverBefore = cpuSeconds(emu.pid);
        const r = measure(cmd, argv, o);
        server[w].push(cpuSeconds(emu.pid) - serverBefore);
        await check(w);
        times[w].push(r.seconds);
        cpu[w].push(r.cpu);
        peak[w] = Math.max(peak[w], r.peakMiB);
      }
    }
  } catch (err) {
    process.exitCode = 1;
    console.log(`  ${label}: FAILED ${err.message.slice(0, 2000)}`);
    rows.push({ label: `${label} (failed)`, t: {}, cpu: {}, server: {}, peak: {}, target });
    return;
  }
  const med = (m) => Object.fromEntries(who.map((w) => [w, medianOf(m[w])]));
  const t = med(times);
  rows.push({ label, t, cpu: med(cpu), server: med(server), peak, target });
  process.stdout.write(`  ${label}: ${who.map((w) => `${w} ${t[w].toFixed(3)} s`).join(", ")}\n`);
}

try {
  // Bytecode of the official CLI cached, generated files written and hashed, caches warm.
  if (!officialMissing) measure(...clients.official(["--version"]));
  const bigDs = await rpc(
    env,
    "datasets.DatasetApiService",
    "DownloadDataset",
    { ownerSlug: user, datasetSlug: "big-file", fileName: "big.bin" },
    { redirect: "manual" },
  );
  const bigComp = await rpc(
    env,
    "competitions.CompetitionApiService",
    "DownloadDataFile",
    { competitionName: "big-data", fileName: "big.bin" },
    { redirect: "manual" },
  );
  const zipUrl = await rpc(
    env,
    "datasets.DatasetApiService",
    "DownloadDataset",
    { ownerSlug: user, datasetSlug: "many-files" },
    { redirect: "manual" },
  );
  for (const url of [bigDs, bigComp, zipUrl]) measure("curl", ["-sSf", "-o", "/dev/null", url]);
  // The emulator digests a large file in the background after its first download; no measured
  // run may share the machine with that.
  for (const url of [bigDs, bigComp]) await digested(url);
  cache = coldCache(opt.cold);
  console.log(`Measuring (median of ${opt.runs} runs each, ${cache.label})…`);

  await bench("--version", { args: () => ["--version"], target: ["0.4"] });

  const auth = `Authorization: Basic ${Buffer.from(`${user}:${env.KAGGLE_KEY}`).toString("base64")}`;
  await bench("competitions list", {
    args: () => ["competitions", "list"],
    curl: () => [
      "-sSf",
      "-o",
      "/dev/null",
      "-H",
      auth,
      "-H",
      "Content-Type: application/json",
      "-d",
      "{}",
      `${env.KAGGLE_API_ENDPOINT}/api/v1/competitions.CompetitionApiService/ListCompetitions`,
    ],
    target: ["0.45"],
  });

  for (const [label, cmd, url] of [
    ["dataset file", ["datasets", "download", `${user}/big-file`], bigDs],
    ["competition file", ["competitions", "download", "big-data"], bigComp],
  ]) {
    await bench(`download ${sizeLabel(BIG)} ${label}`, {
      before: () => reset(dest),
      args: () => [...cmd, "-f", "big.bin", "-p", dest, "-o", "-q"],
      curl: () => ["-sSf", "-o", path.join(dest, "big.bin"), url],
      check: () => expectFile(path.join(dest, "big.bin"), BIG),
      target: ["0.9", "1.0"],
    });
  }

  await bench(`download dataset zip --unzip (${opt.files} × ${sizeLabel(SMALL)})`, {
    before: () => reset(dest),
    args: () => ["datasets", "download", `${user}/many-files`, "-p", dest, "--unzip", "-o", "-q"],
    curl: () => ["-sSf", "-o", path.join(dest, "many-files.zip"), zipUrl], // the zip only, not unpacked
    check: (w) => (w === "curl" ? undefined : expectCount(dest, opt.files)),
    target: ["1.0"],
  });

  await bench(`kernels output (${opt.outputs} × ${sizeLabel(OUTPUT_SIZE)})`, {
    before: () => reset(dest),
    args: () => ["kernels", "output", `${user}/many-outputs`, "-p", dest, "-o", "-q"],
    curl: async () => {
      const lines = [];
      for (let token; ;) {
        const page = await rpc(env, "kernels.KernelsApiService", "ListKernelSessionOutput", {
          userName: user,
          kernelSlug: "many-outputs",
          pageSize: 200,
          ...(token ? { pageToken: token } : {}),
        });
        for (const f of page.files ?? []) lines.push(`url = "${f.url}"`, `output = "${path.join(dest, f.fileName)}"`);
        if (!(token = page.nextPageToken)) break;
      }
      return ["-sSf", "-K", await curlConfig(path.join(work, "outputs.cfg"), lines)];
    },
    check: () => expectCount(dest, opt.outputs),
    target: ["1.0"],
  });

  // Uploads: a new dataset per run, so every run does the same work.
  const bigDir = path.join(work, "up-big");
  fs.mkdirSync(bigDir);
  const block = Buffer.alloc(1 << 20);
  for (let i = 0; i < block.length; i += 4) block.writeUInt32LE((i * 2654435761) >>> 0, i);
  const fd = fs.openSync(path.join(bigDir, "big.bin"), "w");
  for (let pos = 0, n = 0; pos < BIG; pos += block.length, n++) {
    block.writeUInt32LE(n, 0);
    fs.writeSync(fd, block, 0, Math.min(block.length, BIG - pos));
  }
  fs.closeSync(fd);
  await bench(`upload ${sizeLabel(BIG)} dataset file`, {
    before: (w, i) => metadata(bigDir, `up-big-${w}-${i}`),
    args: () => ["datasets", "create", "-p", bigDir, "-q"],
    curl: async () => ["-sSf", "-o", "/dev/null", "-T", path.join(bigDir, "big.bin"), await startUpload("big.bin", BIG)],
    target: ["0.5", "1.15"],
  });

  const smallDir = path.join(work, "up-small");
  fs.mkdirSync(smallDir);
  const payload = Buffer.alloc(UPLOAD_SMALL, 7);
  const smallNames = Array.from({ length: opt.files }, (_, i) => `${name("u", i)}.bin`);
  smallNames.forEach((f, i) => {
    payload.writeUInt32LE(i, 0);
    fs.writeFileSync(path.join(smallDir, f), payload);
  });
  await bench(`upload ${opt.files} × ${sizeLabel(UPLOAD_SMALL)} dataset files`, {
    before: (w, i) => metadata(smallDir, `up-small-${w}-${i}`),
    args: () => ["datasets", "create", "-p", smallDir, "-q"],
    curl: async () => {
      const urls = await pool(smallNames.length, 20, (i) => startUpload(smallNames[i], UPLOAD_SMALL));
      const lines = smallNames.flatMap((f, i) => [`url = "${urls[i]}"`, `upload-file = "${path.join(smallDir, f)}"`, 'output = "/dev/null"']);
      return ["-sSf", "-K", await curlConfig(path.join(work, "uploads.cfg"), lines)];
    },
    target: ["0.15", "1.3"],
  });
} finally {
  await emu.stop();
  fs.rmSync(work, { recursive: true, force: true });
}

const f = (n, d = 3) => (Number.isFinite(n) ? n.toFixed(d) : "-");
const ratio = (a, b) => (a !== undefined && b !== undefined ? (a / b).toFixed(2) : "-");
const off = (r, v) => (officialMissing ? officialMissing : v(r));
console.log(
  `\nnode ${process.version}, ${os.cpus().length} CPUs, ${opt.runs} runs per client, ${cache?.label ?? "page cache not set"}; ` +
    "times in seconds (median), CPU = user + system seconds of the client (median), server CPU = the emulator's during that client's runs (median), peak RSS in MiB (max)",
);
const pair = (r, m, d = 2) => `${f(m.ours, d)} / ${officialMissing ? "-" : f(m.official, d)}`;
printTable([
  [
    "case",
    "ours",
    "official",
    "curl",
    "ours/official",
    "ours/curl",
    "target",
    "CPU ours / official",
    "server CPU ours / official",
    "RSS ours",
    "RSS official",
    "RSS curl",
  ],
  ...rows.map((r) => [
    r.label,
    f(r.t.ours),
    off(r, () => f(r.t.official)),
    f(r.t.curl),
    off(r, () => ratio(r.t.ours, r.t.official)),
    ratio(r.t.ours, r.t.curl),
    [r.target[0] && `≤ ${r.target[0]}`, r.target[1] && `≤ ${r.target[1]}×curl`].filter(Boolean).join(", ") || "-",
    pair(r, r.cpu),
    pair(r, r.server),
    f(r.peak.ours, 0),
    off(r, () => f(r.peak.official, 0)),
    f(r.peak.curl, 0),
  ]),
]);
console.log(`our peak RSS over all cases: ${Math.max(...rows.map((r) => r.peak.ours ?? 0)).toFixed(1)} MiB (target ≤ 80)`);
