/**
 * The checksum of a download as it is written: the CRC-32C inline whenever the server sent one;
 * else the MD5, inline for small files and on a worker for large ones.
 */
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { fileChecksum, WORKER_HASH_MIN_BYTES, type Digests } from "../../src/core/hash";
import { referenceCrc32cBase64 } from "../helpers/crc32c";

const data = Buffer.alloc(3 << 20);
for (let i = 0; i < data.length; i += 4) data.writeUInt32LE((i * 2654435761) >>> 0, i);
const md5 = createHash("md5").update(data).digest("base64");
const crc = referenceCrc32cBase64(data);

// The digests sent pick the algorithm, the expected size the MD5's path; the file itself can stay small.
for (const [label, sent, size, algorithm, want] of [
  ["CRC-32C, preferred when both are sent", { crc32c: crc, md5 }, data.length, "CRC32C", crc],
  ["CRC-32C of a large file, still inline", { crc32c: crc }, 2 * WORKER_HASH_MIN_BYTES, "CRC32C", crc],
  ["MD5 inline", { md5 }, data.length, "MD5", md5],
  ["MD5 on a worker", { md5 }, 2 * WORKER_HASH_MIN_BYTES, "MD5", md5],
] as const) {
  test(`${label}: blocks written in order, after a resumed prefix, give the file's digest`, async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hash-test-"));
    try {
      const file = path.join(dir, "f.part");
      const prefix = 1_000_001;
      fs.writeFileSync(file, data.subarray(0, prefix));
      const hash = await fileChecksum(file, sent as Digests, size, prefix);
      assert.ok(hash);
      assert.equal(hash.algorithm, algorithm);
      assert.equal(hash.expected, want);
      const fd = fs.openSync(file, "r+");
      for (let pos = prefix; pos < data.length;) {
        const block = data.subarray(pos, Math.min(pos + 300_003, data.length));
        fs.writeSync(fd, block, 0, block.length, pos);
        pos += block.length;
        hash.written(block, pos);
      }
      fs.closeSync(fd);
      assert.equal(await hash.digest(data.length), want);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
}

test("no digest sent: nothing to check", async () => {
  assert.equal(await fileChecksum("/nonexistent", {}, 10, 0), undefined);
});
