/** The digests of served files: the same at once for small files and from the worker for large ones. */
import assert from "node:assert/strict";
import { createHash, randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { fileDigests } from "../../src/emulator/storage/digests";
import { referenceCrc32cBase64 } from "../helpers/crc32c";

const work = mkdtempSync(join(tmpdir(), "emu-digests-test-"));
after(() => rmSync(work, { recursive: true, force: true }));

test("a small file is hashed at once and a large one on the worker thread, both as x-goog-hash gives them", async () => {
  for (const size of [0, 10, 1 << 20, (2 << 20) + 7]) {
    const bytes = randomBytes(size);
    const file = join(work, `f-${size}.bin`);
    writeFileSync(file, bytes);
    assert.deepEqual(await fileDigests(file, size), {
      crc32c: referenceCrc32cBase64(bytes),
      md5: createHash("md5").update(bytes).digest("base64"),
    });
  }
});

test("many large files at once are all hashed, a few workers at a time", { timeout: 30_000 }, async () => {
  const files = Array.from({ length: 9 }, (_, i) => {
    const bytes = randomBytes((1 << 20) + 1 + i);
    const file = join(work, `many-${i}.bin`);
    writeFileSync(file, bytes);
    return { file, bytes };
  });
  const got = await Promise.all(files.map((f) => fileDigests(f.file, f.bytes.length)));
  got.forEach((d, i) => assert.equal(d.md5, createHash("md5").update(files[i]!.bytes).digest("base64")));
});

test("a file that cannot be read rejects, from the worker too", async () => {
  await assert.rejects(fileDigests(join(work, "missing-small"), 5), /ENOENT/);
  await assert.rejects(fileDigests(join(work, "missing-large"), 5 << 20), /ENOENT/);
});
