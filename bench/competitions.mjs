#!/usr/bin/env node
// Start-up of `kaggle --version` and `kaggle competitions list` against the emulator, each as
// a ratio to bare `node -e 0`; download of a 1 GiB competition file to disk as a ratio to
// `curl -o` of the same signed URL from the same emulator, with our peak memory.
// Run with `npm run bench` (after `npm run build`). Sizes: BENCH_DOWNLOAD_MIB (default 1024).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { cli, hasCurl, measure, median, node, printTable, startEmulator } from "./common.mjs";

const runs = Number(process.env.BENCH_RUNS ?? 15);
const mib = Number(process.env.BENCH_DOWNLOAD_MIB ?? 1024);
const work = fs.mkdtempSync(path.join(os.tmpdir(), "kaggle-bench-"));
const scenario = path.join(work, "bench.yaml");
fs.writeFileSync(
  scenario,
  `users:\n  - username: bench\ncompetitions:\n  - slug: big-data\n    title: Big Data\n    entrants: [bench]\n    files:\n      - name: big.bin\n        size: ${mib * 1024 * 1024}\n      - name: small.csv\n        content: "id,y\\n1,0\\n"\n`,
);

const emu = await startEmulator(["--scenario", scenario, "--data", path.join(work, "data")]);
const env = { ...process.env, KAGGLE_API_ENDPOINT: emu.env.KAGGLE_API_ENDPOINT, KAGGLE_USERNAME: emu.env.KAGGLE_USERNAME, KAGGLE_KEY: emu.env.KAGGLE_KEY, HOME: work };
try {
  const bare = median(node, ["-e", "0"], runs);
  const version = median(node, [cli, "--version"], runs, { env });
  const list = median(node, [cli, "competitions", "list"], runs, { env });
  console.log(`Start-up (median of ${runs} runs)`);
  printTable([
    ["command", "seconds", "ratio to node -e 0", "target"],
    ["node -e 0", bare.toFixed(3), "1.00", ""],
    ["kaggle --version", version.toFixed(3), (version / bare).toFixed(2), "<= 1.4"],
    ["kaggle competitions list", list.toFixed(3), (list / bare).toFixed(2), ""],
  ]);

  // Warm the emulator's generated file and the page cache once, then measure side by side.
  const dest = path.join(work, "dl");
  measure(node, [cli, "competitions", "download", "big-data", "-f", "big.bin", "-p", dest, "-q", "-o"], { env });
  const ours = [];
  const curls = [];
  let peak = 0;
  const clean = () => {
    fs.rmSync(dest, { recursive: true, force: true });
    fs.rmSync(path.join(work, "curl.bin"), { force: true });
    spawnSync("sync"); // dirty pages of the previous run must not slow the next one down
  };
  for (let i = 0; i < 3; i++) {
    clean();
    const r = measure(node, [cli, "competitions", "download", "big-data", "-f", "big.bin", "-p", dest, "-q", "-o"], { env });
    ours.push(r.seconds);
    peak = Math.max(peak, r.peakMiB);
    if (hasCurl()) {
      // The same signed URL our client is redirected to, fetched by curl.
      const auth = Buffer.from(`${env.KAGGLE_USERNAME}:${env.KAGGLE_KEY}`).toString("base64");
      const res = await fetch(`${env.KAGGLE_API_ENDPOINT}/api/v1/competitions.CompetitionApiService/DownloadDataFile`, {
        method: "POST",
        headers: { "Content-Type": "application/json", Authorization: `Basic ${auth}` },
        body: JSON.stringify({ competitionName: "big-data", fileName: "big.bin" }),
        redirect: "manual",
      });
      const url = new URL(res.headers.get("location"), env.KAGGLE_API_ENDPOINT).toString();
      const out = path.join(work, "curl.bin");
      clean();
      curls.push(measure("curl", ["-sS", "-o", out, url]).seconds);
    }
  }
  const best = (xs) => Math.min(...xs);
  console.log(`\nDownload of a ${mib} MiB competition file to disk (best of 3; ours verifies the MD5 the server sends, curl does not)`);
  printTable([
    ["client", "seconds", "MiB/s", "ratio to curl -o", "peak RSS MiB", "target"],
    ["kaggle competitions download", best(ours).toFixed(3), (mib / best(ours)).toFixed(0), curls.length ? (best(ours) / best(curls)).toFixed(2) : "n/a", peak.toFixed(0), "ratio <= 0.5, peak <= 80"],
    ...(curls.length ? [["curl -o", best(curls).toFixed(3), (mib / best(curls)).toFixed(0), "1.00", "", ""]] : []),
  ]);
} finally {
  await emu.stop();
  fs.rmSync(work, { recursive: true, force: true });
}
