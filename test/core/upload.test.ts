import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";
import { KaggleClient } from "../../src/core/client";
import { startEmulator, type Emulator } from "../../src/emulator/server";
import { FakeClock } from "../helpers/clock";

let emu: Emulator;
let client: KaggleClient;
before(async () => {
  emu = await startEmulator({ port: 0, scenario: "demo", log: () => {} });
  client = new KaggleClient({
    host: { env: { KAGGLE_API_ENDPOINT: emu.url, KAGGLE_USERNAME: "alice", KAGGLE_KEY: emu.credentials.key }, home: os.tmpdir(), platform: "linux" },
    clock: new FakeClock(),
  });
});
after(() => emu.close());

function file(bytes: number, seed: number): string {
  const p = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "up-")), `f${seed}.bin`);
  const buf = Buffer.alloc(bytes);
  for (let i = 0; i < bytes; i++) buf[i] = (i * 31 + seed) & 0xff;
  fs.writeFileSync(p, buf);
  return p;
}

async function start(name: string, size: number) {
  return client.blobs.startUpload({ type: "DATASET", name, contentLength: size });
}

test("40 uploads at once all arrive whole (more than the connection pool holds)", async () => {
  const files = Array.from({ length: 40 }, (_, i) => file(200_000 + i, i));
  const results = await Promise.all(
    files.map(async (f) => {
      const size = fs.statSync(f).size;
      const { token, createUrl } = await start(path.basename(f), size);
      await client.upload({ url: createUrl, file: f, size });
      return { f, token };
    }),
  );
  for (const { f, token } of results) {
    const blob = emu.runtime.storage.blob(token);
    assert.ok(blob, `blob ${token} is complete`);
    const want = createHash("md5").update(fs.readFileSync(f)).digest("hex");
    assert.equal(createHash("md5").update(fs.readFileSync(blob.path)).digest("hex"), want);
  }
});

test("an upload dropped mid-body resumes with the resumable protocol", async () => {
  const f = file(3_000_000, 7);
  const size = fs.statSync(f).size;
  const { token, createUrl } = await start("resumed.bin", size);
  await fetch(`${emu.url}/_emulator/faults`, { method: "POST", body: JSON.stringify({ spec: "upload:drop-after=1000000x1" }) });
  const r = await client.upload({ url: createUrl, file: f, size });
  assert.ok(r.sent <= size);
  const blob = emu.runtime.storage.blob(token)!;
  assert.ok(fs.readFileSync(blob.path).equals(fs.readFileSync(f)));
});

test("an empty file uploads", async () => {
  const f = file(0, 1);
  const { token, createUrl } = await start("empty.bin", 0);
  await client.upload({ url: createUrl, file: f, size: 0 });
  assert.equal(emu.runtime.storage.blob(token)?.size, 0);
});

test("a large upload (ring-buffer path) arrives whole, and resumes after a drop", async () => {
  const f = file(20 << 20, 3);
  const size = fs.statSync(f).size;
  const whole = await start("big.bin", size);
  await client.upload({ url: whole.createUrl, file: f, size });
  assert.ok(fs.readFileSync(emu.runtime.storage.blob(whole.token)!.path).equals(fs.readFileSync(f)));

  const dropped = await start("big-dropped.bin", size);
  await fetch(`${emu.url}/_emulator/faults`, { method: "POST", body: JSON.stringify({ spec: "upload:drop-after=7000000x2" }) });
  const r = await client.upload({ url: dropped.createUrl, file: f, size });
  assert.ok(r.sent === size);
  assert.ok(fs.readFileSync(emu.runtime.storage.blob(dropped.token)!.path).equals(fs.readFileSync(f)));
});

test("a large upload to a server that refuses it fails with the status", async () => {
  const f = file(10 << 20, 4);
  const size = fs.statSync(f).size;
  const s = await start("refused.bin", size + 1);
  await assert.rejects(client.upload({ url: s.createUrl, file: f, size }), /Upload of .*refused|failed: 400/);
});
