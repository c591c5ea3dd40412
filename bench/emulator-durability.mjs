// The cost of durable writes in the emulator: N small mutating RPCs (StartBlobUpload) against
// `kaggle-emulator --data DIR`, one at a time and 8 at a time. Every answer waits for its state
// to be written and fsynced, so this is the price of "an answered write survives kill -9".
//
//   node bench/emulator-durability.mjs [N]            (uses dist/emulator/index.js)
//   EMULATOR="node --import tsx src/emulator/index.ts" node bench/emulator-durability.mjs
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";

const root = path.resolve(import.meta.dirname, "..");
const n = Number(process.argv[2] ?? 1000);
const [cmd, ...pre] = (process.env.EMULATOR ?? `${process.execPath} ${path.join(root, "dist/emulator/index.js")}`).split(" ");
const data = fs.mkdtempSync(path.join(os.tmpdir(), "emu-durability-"));
const child = spawn(cmd, [...pre, "--port", "0", "--scenario", "empty", "--data", data], { cwd: root, stdio: ["ignore", "pipe", "inherit"] });
const lines = [];
await new Promise((resolve, reject) => {
  readline.createInterface({ input: child.stdout }).on("line", (l) => {
    lines.push(l);
    if (lines.length === 4) resolve();
  });
  child.on("exit", (c) => reject(new Error(`emulator exited with ${c}`)));
});
const v = (i) => lines[i].slice(lines[i].indexOf("=") + 1);
const url = `${v(0)}/api/v1/blobs.BlobApiService/StartBlobUpload`;
const auth = `Basic ${Buffer.from(`${v(1)}:${v(2)}`).toString("base64")}`;
const call = async (i) => {
  const res = await fetch(url, {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: auth },
    body: JSON.stringify({ type: "DATASET", name: `f${i}.csv`, contentLength: 10 }),
  });
  if (res.status !== 200) throw new Error(`HTTP ${res.status}`);
  await res.arrayBuffer();
};
for (const parallel of [1, 8]) {
  const t0 = process.hrtime.bigint();
  let next = 0;
  await Promise.all(Array.from({ length: parallel }, async () => {
    while (next < n) await call(next++);
  }));
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  console.log(`${n} writes, ${parallel} at a time: ${ms.toFixed(0)} ms (${(ms / n).toFixed(2)} ms each)`);
}
child.kill("SIGTERM");
await new Promise((r) => child.on("exit", r));
fs.rmSync(data, { recursive: true, force: true });
