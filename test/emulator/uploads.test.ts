import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { request } from "node:http";
import { describe, test } from "node:test";
import { put, rpc } from "./helpers";
import { release } from "../../src/emulator/storage/uploads";
import { useEmulator } from "../helpers/emulator";

/** A PUT with exact headers (fetch cannot send an empty body with Content-Length: 0 reliably). */
function rawPut(
  url: string,
  body: Buffer,
  headers: Record<string, string | number>,
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: "PUT", headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, text: Buffer.concat(chunks).toString() }));
    });
    req.on("error", reject);
    req.end(body);
  });
}

describe("uploads (GCS resumable protocol) and StartBlobUpload", () => {
  const emu = useEmulator({ scenario: "empty" });

  const startBlob = async (name: string, contentLength: number, type = "DATASET") => {
    const r = await rpc(emu, "blobs.BlobApiService", "StartBlobUpload", { type, name, contentLength, lastModifiedEpochSeconds: 1700000000 });
    assert.equal(r.status, 200, r.text);
    return r.json as { token: string; createUrl: string };
  };

  test("StartBlobUpload picks the bucket by type and rejects bad input", async () => {
    assert.match((await startBlob("a.csv", 3)).createUrl, /\/upload\/storage\/v1\/b\/kaggle-data-sets\/o\?uploadType=resumable&upload_id=/);
    assert.match((await startBlob("m.bin", 3, "MODEL")).createUrl, /\/b\/kaggle-models-data\/o\?/);
    const bad = await rpc(emu, "blobs.BlobApiService", "StartBlobUpload", { type: "DATASETS", name: "x" });
    assert.equal(bad.status, 400);
    const noName = await rpc(emu, "blobs.BlobApiService", "StartBlobUpload", { type: "DATASET" });
    assert.equal(noName.status, 400);
  });

  test("probe, chunk, probe, finish; blob found by token", async () => {
    const data = Buffer.from("0123456789");
    const { token, createUrl } = await startBlob("digits.txt", data.length);
    let r = await rawPut(createUrl, Buffer.alloc(0), { "Content-Length": 0, "Content-Range": "bytes */10" });
    assert.equal(r.status, 308);
    assert.equal(r.headers.range, undefined);
    r = await rawPut(createUrl, data.subarray(0, 4), { "Content-Length": 4, "Content-Range": "bytes 0-3/10" });
    assert.equal(r.status, 308);
    assert.equal(r.headers.range, "bytes=0-3");
    r = await rawPut(createUrl, Buffer.alloc(0), { "Content-Length": 0, "Content-Range": "bytes */10" });
    assert.equal(r.status, 308);
    assert.equal(r.headers.range, "bytes=0-3");
    assert.equal(emu.runtime.storage.blob(token), undefined); // not complete yet
    // a chunk that leaves a gap is refused
    r = await rawPut(createUrl, data.subarray(6), { "Content-Length": 4, "Content-Range": "bytes 6-9/10" });
    assert.equal(r.status, 400);
    r = await rawPut(createUrl, data.subarray(4), { "Content-Length": 6, "Content-Range": "bytes 4-9/10" });
    assert.equal(r.status, 200);
    const obj = JSON.parse(r.text);
    assert.equal(obj.size, "10");
    assert.equal(obj.name, "digits.txt");
    r = await rawPut(createUrl, Buffer.alloc(0), { "Content-Length": 0, "Content-Range": "bytes */10" });
    assert.equal(r.status, 200);
    const blob = emu.runtime.storage.blob(token)!;
    assert.equal(blob.size, 10);
    assert.equal(blob.name, "digits.txt");
    assert.equal(blob.kind, "DATASET");
    assert.equal(blob.owner, "alice");
    assert.deepEqual(readFileSync(blob.path), data);
  });

  test("size mismatch with the declared contentLength → 400", async () => {
    const { createUrl } = await startBlob("x.bin", 10);
    const probe = await rawPut(createUrl, Buffer.alloc(0), { "Content-Length": 0, "Content-Range": "bytes */12" });
    assert.equal(probe.status, 400);
    const whole = await put(createUrl, Buffer.alloc(7));
    assert.equal(whole.status, 400);
    assert.match(((await whole.json()) as { message: string }).message, /size mismatch/);
    const { token } = await startBlob("y.bin", 10);
    assert.equal(emu.runtime.storage.blob(token), undefined);
  });

  test("single whole-file PUT (no Content-Range), chunked empty body, unknown session", async () => {
    const { token, createUrl } = await startBlob("whole.bin", 1000);
    const body = Buffer.alloc(1000, 7);
    const r = await put(createUrl, body);
    assert.equal(r.status, 200);
    await r.arrayBuffer();
    assert.equal(emu.runtime.storage.blob(token)!.size, 1000);
    // an empty file: no contentLength in the start RPC, chunked PUT with no body
    const empty = await rpc(emu, "blobs.BlobApiService", "StartBlobUpload", { type: "DATASET", name: "empty.txt" });
    const e = await rawPut(empty.json.createUrl as string, Buffer.alloc(0), { "Transfer-Encoding": "chunked" });
    assert.equal(e.status, 200);
    assert.equal(emu.runtime.storage.blob(empty.json.token as string)!.size, 0);
    // sessions expire after a week (GCS): 404, which the official CLI reports as "expired"
    const old = await startBlob("old.bin", 5);
    emu.runtime.clock.advance(8 * 86400_000);
    try {
      const r404 = await rawPut(old.createUrl, Buffer.alloc(0), { "Content-Length": 0, "Content-Range": "bytes */5" });
      assert.equal(r404.status, 404);
    } finally {
      emu.runtime.clock.reset();
    }
    const missing = await put(`${emu.url}/upload/storage/v1/b/kaggle-data-sets/o?uploadType=resumable&upload_id=nope`, "x");
    assert.equal(missing.status, 404);
    await missing.arrayBuffer();
  });

  test("a body of many chunks is stored byte for byte, though each chunk's memory is given back once written", async () => {
    const body = randomBytes(9 << 20);
    const { token, createUrl } = await startBlob("many-chunks.bin", body.length);
    const r = await rawPut(createUrl, body, { "Content-Length": body.length });
    assert.equal(r.status, 200, r.text);
    const blob = emu.runtime.storage.blob(token)!;
    assert.equal(blob.size, body.length);
    assert.ok(readFileSync(blob.path).equals(body));
  });

  test(
    "release detaches only chunks that own their memory",
    { skip: typeof (ArrayBuffer.prototype as { transfer?: unknown }).transfer !== "function" && "no ArrayBuffer transfer on this Node" },
    () => {
      const own = Buffer.alloc(64 << 10, 1); // large enough to get an ArrayBuffer of its own
      const pooled = Buffer.from("pooled"); // a slice of Node's shared 8 KiB pool
      const whole = Buffer.alloc(32 << 10, 2);
      const part = whole.subarray(0, 1000); // the rest of its memory is someone else's
      release([own, pooled, part]);
      assert.equal(own.buffer.byteLength, 0);
      assert.equal(pooled.toString(), "pooled");
      assert.equal(part.length, 1000);
      assert.equal(whole.readUInt8(whole.length - 1), 2);
    },
  );
});
