import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { KaggleClient } from "../../src/core/client";
import { useEmulator } from "../helpers/emulator";
import { FakeClock } from "../helpers/clock";

let client: KaggleClient;
/** A client of the emulator whose waits are recorded on `clock` (and return at once). */
function clientWith(clock: FakeClock): KaggleClient {
  return new KaggleClient({
    host: { env: { KAGGLE_API_ENDPOINT: emu.url, KAGGLE_USERNAME: "alice", KAGGLE_KEY: emu.credentials.key }, home: os.tmpdir(), platform: "linux" },
    clock,
  });
}

const emu = useEmulator({}, async () => {
  client = clientWith(new FakeClock());
});

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

type UploadEvent = { probe: true; answered: number } | { probe: false; start: number; received: number; dropped: boolean };

/**
 * A resumable-upload server (GCS's protocol) that keeps the bytes in memory and counts, for each
 * offset of the file, how many times that byte arrived. The i-th data PUT is cut off (its socket
 * destroyed) once `dropAfter[i]` body bytes arrived; the bytes before the cut are kept, as GCS does.
 */
async function countingUploadServer(size: number, dropAfter: number[]) {
  const held = Buffer.alloc(size);
  const counts = new Uint8Array(size);
  const events: UploadEvent[] = [];
  let stored = 0;
  let puts = 0;
  const answer = (res: http.ServerResponse) => {
    const range: Record<string, string> = stored > 0 && stored < size ? { Range: `bytes=0-${stored - 1}` } : {};
    res.writeHead(stored === size ? 200 : 308, { ...range, "Content-Length": 0 });
    res.end();
  };
  const server = http.createServer((req, res) => {
    const cr = req.headers["content-range"];
    if (cr === `bytes */${size}`) {
      req.resume();
      events.push({ probe: true, answered: stored });
      answer(res);
      return;
    }
    const start = cr === undefined ? 0 : Number(/^bytes (\d+)-\d+\/\d+$/.exec(cr)?.[1] ?? NaN);
    if (!(start <= stored)) {
      req.resume();
      res.writeHead(400).end(`bad Content-Range ${cr} with ${stored} bytes stored`);
      return;
    }
    const limit = dropAfter[puts++];
    const put: UploadEvent = { probe: false, start, received: 0, dropped: false };
    events.push(put);
    stored = start;
    req.on("data", (chunk: Buffer) => {
      if (put.dropped) return;
      let part = chunk;
      if (limit !== undefined && put.received + part.length >= limit) {
        part = chunk.subarray(0, limit - put.received);
        put.dropped = true;
      }
      const at = start + put.received;
      part.copy(held, at);
      for (let i = 0; i < part.length; i++) counts[at + i]!++;
      put.received += part.length;
      stored = at + part.length;
      if (put.dropped) req.socket.destroy();
    });
    req.on("end", () => {
      if (!put.dropped) answer(res);
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/upload?upload_id=counted`,
    events,
    counts,
    held,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

/**
 * The drops fired where scripted, each resume started exactly where the probe before it said,
 * and every byte of the file reached the server exactly once.
 */
function assertResumedOnce(srv: Awaited<ReturnType<typeof countingUploadServer>>, f: string, drops: number[]) {
  const expected: string[] = ["put"];
  for (let i = 0; i < drops.length; i++) expected.push("probe", "put");
  assert.deepEqual(
    srv.events.map((e) => (e.probe ? "probe" : "put")),
    expected,
    JSON.stringify(srv.events),
  );
  const puts = srv.events.filter((e) => !e.probe);
  assert.deepEqual(
    puts.map((p) => p.dropped),
    [...drops.map(() => true), false],
    "each scripted drop fired, the last PUT was not cut",
  );
  assert.deepEqual(
    puts.slice(0, -1).map((p) => p.received),
    drops,
  );
  for (let i = 1; i < srv.events.length; i++) {
    const e = srv.events[i]!;
    const before = srv.events[i - 1]!;
    if (!e.probe && before.probe) assert.equal(e.start, before.answered, `PUT ${i} starts where the probe said`);
  }
  const wrong = srv.counts.findIndex((c) => c !== 1);
  assert.equal(wrong, -1, wrong < 0 ? "" : `byte ${wrong} arrived ${srv.counts[wrong]} times`);
  assert.ok(srv.held.equals(fs.readFileSync(f)), "the server holds the file");
}

test("an upload dropped mid-body resumes with the resumable protocol", async () => {
  const f = file(3_000_000, 7);
  const size = fs.statSync(f).size;
  const srv = await countingUploadServer(size, [1_000_000]);
  try {
    const r = await client.upload({ url: srv.url, file: f, size });
    assert.equal(r.resumedFrom, 0);
    assertResumedOnce(srv, f, [1_000_000]);
  } finally {
    await srv.close();
  }
});

test("the emulator's upload drop fault fires and the upload still arrives whole", async () => {
  const f = file(3_000_000, 8);
  const size = fs.statSync(f).size;
  const { token, createUrl } = await start("resumed.bin", size);
  await fetch(`${emu.url}/_emulator/faults`, { method: "POST", body: JSON.stringify({ spec: "upload:drop-after=1000000x1" }) });
  const clock = new FakeClock();
  await clientWith(clock).upload({ url: createUrl, file: f, size });
  assert.equal(clock.sleeps.length, 1, "the client saw the connection drop once and backed off");
  assert.deepEqual(((await (await fetch(`${emu.url}/_emulator/faults`)).json()) as { rules: unknown[] }).rules, [], "the drop rule was used up");
  const blob = emu.runtime.storage.blob(token)!;
  assert.ok(fs.readFileSync(blob.path).equals(fs.readFileSync(f)));
});

test("a PUT answered 503 is retried after a probe, with the client's clock", async () => {
  const clock = new FakeClock();
  const patient = clientWith(clock);
  const f = file(100_000, 9);
  const size = fs.statSync(f).size;
  const { token, createUrl } = await start("busy.bin", size);
  await fetch(`${emu.url}/_emulator/faults`, { method: "POST", body: JSON.stringify({ spec: "upload:503x1" }) });
  await patient.upload({ url: createUrl, file: f, size });
  // PUT → 503, one backoff on the fake clock, probe → 308, PUT → 200.
  assert.equal(clock.sleeps.length, 1, `sleeps ${clock.sleeps}`);
  assert.deepEqual(((await (await fetch(`${emu.url}/_emulator/faults`)).json()) as { rules: unknown[] }).rules, [], "the fault was used");
  assert.ok(fs.readFileSync(emu.runtime.storage.blob(token)!.path).equals(fs.readFileSync(f)));
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

  // Two drops: the first resume is again on the ring-buffer path, the second below its threshold.
  const srv = await countingUploadServer(size, [7_000_000, 7_000_000]);
  try {
    await client.upload({ url: srv.url, file: f, size });
    assertResumedOnce(srv, f, [7_000_000, 7_000_000]);
  } finally {
    await srv.close();
  }
});

test("a large file that shrinks while it is sent fails at once with one line, and is not sent again", async () => {
  const f = file(20 << 20, 5);
  const size = fs.statSync(f).size;
  let requests = 0;
  const srv = http.createServer((req, res) => {
    requests++;
    // Cut the file under the client once its first bytes have arrived (reads run ahead by 4 MiB).
    req.once("data", () => fs.truncateSync(f, 9 << 20));
    req.resume();
    req.on("end", () => res.end());
  });
  await new Promise<void>((r) => srv.listen(0, "127.0.0.1", r));
  try {
    const url = `http://127.0.0.1:${(srv.address() as AddressInfo).port}/upload?upload_id=x`;
    await assert.rejects(client.upload({ url, file: f, size }), (err: Error) => {
      assert.equal(err.name, "IntegrityError");
      assert.match(err.message, /ended at byte 9437184, before the 20971520 bytes announced; run the command again$/);
      return true;
    });
    assert.equal(requests, 1);
  } finally {
    srv.closeAllConnections();
    await new Promise<void>((r) => srv.close(() => r()));
  }
});

test("a large upload to a server that refuses it fails with the status", async () => {
  const f = file(10 << 20, 4);
  const size = fs.statSync(f).size;
  const s = await start("refused.bin", size + 1);
  await assert.rejects(client.upload({ url: s.createUrl, file: f, size }), /Upload of .*refused|failed: 400/);
});
