/** The MD5 of a download as it is written: inline for small files, on a worker for large ones. */
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { fileHasher, WORKER_HASH_MIN_BYTES } from "../../src/core/hash";

const data = Buffer.alloc(3 << 20);
for (let i = 0; i < data.length; i += 4) data.writeUInt32LE((i * 2654435761) >>> 0, i);
const md5 = createHash("md5").update(data).digest("base64");

// The expected size picks the path; the file itself can stay small.
for (const [label, size] of [
  ["inline", data.length],
  ["on a worker", 2 * WORKER_HASH_MIN_BYTES],
] as const) {
  test(`${label}: blocks written in order, after a resumed prefix, hash to the file's MD5`, async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hash-test-"));
    try {
      const file = path.join(dir, "f.part");
      const prefix = 1_000_000;
      fs.writeFileSync(file, data.subarray(0, prefix));
      const hash = await fileHasher(file, size, prefix);
      const fd = fs.openSync(file, "r+");
      for (let pos = prefix; pos < data.length;) {
        const block = data.subarray(pos, Math.min(pos + 300_000, data.length));
        fs.writeSync(fd, block, 0, block.length, pos);
        pos += block.length;
        hash.written(block, pos);
      }
      fs.closeSync(fd);
      assert.equal(await hash.digest(data.length), md5);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
}
