#!/usr/bin/env node
// The emulator's own costs, so that a client benchmark can tell when the server is the bottleneck:
// its serve rate (curl to /dev/null, one client and 20 at once) and the cost of a durable state
// write (StartBlobUpload against --data: answered only once state.json is written and fsynced),
// one client at a time and 20 at once.
//
//   npm run bench -- emulator [--size 1G] [--runs 3]      (writes: BENCH_WRITES, default 1000)
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { hasCurl, measure, medianOf, MiB, options, pool, printTable, rpc, sizeLabel, startEmulator } from "./common.mjs";

const opt = options();
const CLIENTS = 20;
const writes = Number(process.env.BENCH_WRITES ?? 1000);
const work = fs.mkdtempSync(path.join(os.tmpdir(), "kaggle-bench-emu-"));
const scenario = path.join(work, "bench.yaml");
fs.writeFileSync(
  scenario,
  `users:\n  - username: bench\ndatasets:\n  - owner: bench\n    slug: big-file\n    versions:\n      - files:\n          - { name: big.bin, size: ${opt.bytes} }\n`,
);

/** Runs `n` copies of curl at once; resolves with the wall seconds until the last one ends. */
function curlTogether(n, url) {
  const started = process.hrtime.bigint();
  return Promise.all(
    Array.from(
      { length: n },
      () =>
        new Promise((resolve, reject) => {
          const child = spawn("curl", ["-sSf", "-o", "/dev/null", url], { stdio: "ignore" });
          child.on("error", reject);
          child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`curl exited ${code}`))));
        }),
    ),
  ).then(() => Number(process.hrtime.bigint() - started) / 1e9);
}

const emu = await startEmulator(["--scenario", scenario, "--data", path.join(work, "data")]);
const rows = [["work", "seconds", "rate", "per request"]];
try {
  if (hasCurl()) {
    const url = await rpc(
      emu.env,
      "datasets.DatasetApiService",
      "DownloadDataset",
      { ownerSlug: "bench", datasetSlug: "big-file", fileName: "big.bin" },
      { redirect: "manual" },
    );
    measure("curl", ["-sSf", "-o", "/dev/null", url]); // generated, hashed and in the page cache
    const one = medianOf(Array.from({ length: opt.runs }, () => measure("curl", ["-sSf", "-o", "/dev/null", url]).seconds));
    rows.push([`serve ${sizeLabel(opt.bytes)}, 1 curl (median of ${opt.runs})`, one.toFixed(3), `${(opt.bytes / MiB / one).toFixed(0)} MiB/s`, ""]);
    const many = await curlTogether(CLIENTS, url);
    rows.push([
      `serve ${sizeLabel(opt.bytes)} to ${CLIENTS} curls at once`,
      many.toFixed(3),
      `${((CLIENTS * opt.bytes) / MiB / many).toFixed(0)} MiB/s in all`,
      "",
    ]);
  } else rows.push(["serve rate", "-", "curl not found", ""]);

  for (const parallel of [1, CLIENTS]) {
    const started = process.hrtime.bigint();
    await pool(writes, parallel, (i) =>
      rpc(emu.env, "blobs.BlobApiService", "StartBlobUpload", { type: "DATASET", name: `f${i}.csv`, contentLength: 10 }),
    );
    const secs = Number(process.hrtime.bigint() - started) / 1e9;
    // Each write rewrites the whole state, which grows with every upload: its size says what one cost.
    const stateKiB = Math.round(fs.statSync(path.join(work, "data", "state.json")).size / 1024);
    rows.push([
      `${writes} state writes, ${parallel > 1 ? `${parallel} clients at once` : "1 client"} (state.json then ${stateKiB} KiB)`,
      secs.toFixed(3),
      `${(writes / secs).toFixed(0)} writes/s`,
      `${((secs * 1000) / writes).toFixed(2)} ms`,
    ]);
  }
} finally {
  await emu.stop();
  fs.rmSync(work, { recursive: true, force: true });
}
console.log(`kaggle-emulator on ${os.cpus().length} CPUs, --data on ${os.tmpdir()}`);
printTable(rows);
