/** Safe streaming unzip: STORE, DEFLATE, zip64, and every way an entry could escape the folder. */
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, test } from "node:test";
import { tarDirectory, zipDirectory } from "../../src/core/archive";
import { CorruptArchiveError, extractZip, listZip, UnsafeArchiveError } from "../../src/core/unzip";
import { tempFolders, zipInTemp } from "../helpers/tmp";
import { makeZip, tarNames, type Member } from "../helpers/zip";

const tmp = tempFolders("unzip-test-");
const zipFile = (members: Member[], opts: { zip64?: boolean } = {}) => zipInTemp(tmp, makeZip(members, opts));

describe("extractZip", () => {
  test("STORE and DEFLATE members, folders, an empty file", async () => {
    const big = Buffer.alloc(3 << 20, 7);
    const { zip, dest } = zipFile([
      { name: "sub/" },
      { name: "sub/a.txt", data: Buffer.from("hello"), method: 0 },
      { name: "b.bin", data: big },
      { name: "empty.txt" },
    ]);
    const r = await extractZip(zip, dest);
    assert.deepEqual(r, { files: 3, bytes: 5 + big.length, kept: [], skippedLinks: 0 });
    assert.equal(fs.readFileSync(path.join(dest, "sub/a.txt"), "utf8"), "hello");
    assert.ok(fs.readFileSync(path.join(dest, "b.bin")).equals(big));
    assert.equal(fs.statSync(path.join(dest, "empty.txt")).size, 0);
  });

  test("zip64 records are understood", async () => {
    const { zip, dest } = zipFile(
      [
        { name: "x.txt", data: Buffer.from("zip64!") },
        { name: "y.txt", data: Buffer.from("y"), method: 0 },
      ],
      { zip64: true },
    );
    assert.equal((await listZip(zip)).length, 2);
    await extractZip(zip, dest);
    assert.equal(fs.readFileSync(path.join(dest, "x.txt"), "utf8"), "zip64!");
  });

  for (const [label, name] of [
    ["../evil", "../evil"],
    ["a/../../evil", "a/../../evil"],
    ["absolute /tmp path", "/tmp/evil-absolute"],
    ["a Windows drive", "C:/evil"],
    ["backslashes", "..\\evil"],
  ] as const) {
    test(`refuses ${label} before writing anything`, async () => {
      const { zip, dest } = zipFile([
        { name: "first.txt", data: Buffer.from("1") },
        { name, data: Buffer.from("x") },
      ]);
      await assert.rejects(extractZip(zip, dest), UnsafeArchiveError);
      assert.deepEqual(fs.readdirSync(dest), [], "nothing was extracted");
      assert.equal(fs.existsSync(path.join(path.dirname(dest), "evil")), false);
    });
  }

  test("link entries are never extracted: each is skipped with a warning", async () => {
    const out = zipFile([
      { name: "real.txt", data: Buffer.from("r") },
      { name: "alias", data: Buffer.from("real.txt"), method: 0, symlink: true },
      { name: "link", data: Buffer.from("../../etc"), method: 0, symlink: true },
    ]);
    const warnings: string[] = [];
    const r = await extractZip(out.zip, out.dest, { onWarning: (m) => warnings.push(m) });
    assert.deepEqual(r, { files: 1, bytes: 1, kept: [], skippedLinks: 2 });
    assert.deepEqual(fs.readdirSync(out.dest), ["real.txt"]);
    assert.deepEqual(warnings, [
      'Skipped "alias": it is a link (to "real.txt") and links in archives are not extracted',
      'Skipped "link": it is a link (to "../../etc") and links in archives are not extracted',
    ]);
  });

  test("a link planted in the folder cannot redirect a write", async () => {
    const { zip, dest } = zipFile([{ name: "planted/x.txt", data: Buffer.from("x") }]);
    const outside = tmp();
    fs.symlinkSync(outside, path.join(dest, "planted"));
    await assert.rejects(extractZip(zip, dest), /entry "planted\/x.txt" goes through "planted", a link that leads outside the folder/);
    assert.deepEqual(fs.readdirSync(outside), []);
  });

  test("a corrupt member fails its CRC check; garbage is not a zip", async () => {
    const { zip, dest } = zipFile([{ name: "a.txt", data: Buffer.from("abc"), badCrc: true }]);
    await assert.rejects(extractZip(zip, dest), CorruptArchiveError);
    const junk = path.join(tmp(), "junk.zip");
    fs.writeFileSync(junk, "this is not a zip file at all, sorry");
    await assert.rejects(extractZip(junk, dest), /is not a valid zip file/);
  });

  // Small entries are inflated in one piece, large ones streamed: both hold an entry to its size.
  for (const [label, bytes] of [
    ["a small entry", 1000],
    ["a large entry", 2 << 20],
  ] as const) {
    for (const method of [0, 8] as const) {
      test(`${label} (method ${method}) longer or shorter than it declares is refused and not kept`, async () => {
        const data = Buffer.alloc(bytes, 5);
        const long = zipFile([{ name: "a.bin", data, method, declaredSize: bytes - 1 }]);
        await assert.rejects(
          extractZip(long.zip, long.dest),
          new RegExp(`^CorruptArchiveError: entry "a\\.bin" is larger than its declared ${bytes - 1} bytes$`),
        );
        assert.deepEqual(fs.readdirSync(long.dest), []);
        const short = zipFile([{ name: "a.bin", data, method, declaredSize: bytes + 1 }]);
        await assert.rejects(
          extractZip(short.zip, short.dest),
          new RegExp(`^CorruptArchiveError: entry "a\\.bin" has ${bytes} bytes, expected ${bytes + 1}$`),
        );
        assert.deepEqual(fs.readdirSync(short.dest), []);
      });
    }
  }
});

describe("folder archives for --dir-mode", () => {
  test("zip: os.walk order with folder entries; extracts back identically; empty folder gives a 22-byte zip", async () => {
    const d = tmp();
    const src = path.join(d, "src");
    fs.mkdirSync(path.join(src, "deeper"), { recursive: true });
    fs.writeFileSync(path.join(src, "s.txt"), "s");
    fs.writeFileSync(path.join(src, "deeper", "d.txt"), "d".repeat(5000));
    await zipDirectory(src, path.join(d, "src.zip"));
    assert.deepEqual(
      (await listZip(path.join(d, "src.zip"))).map((e) => e.name),
      ["deeper/", "s.txt", "deeper/d.txt"],
    );
    await extractZip(path.join(d, "src.zip"), path.join(d, "back"));
    assert.equal(fs.readFileSync(path.join(d, "back/deeper/d.txt"), "utf8"), "d".repeat(5000));
    fs.mkdirSync(path.join(d, "empty"));
    await zipDirectory(path.join(d, "empty"), path.join(d, "empty.zip"));
    assert.equal(fs.statSync(path.join(d, "empty.zip")).size, 22);
  });

  test("tar: uncompressed, entries ., ./deeper, ./deeper/d.txt, ./s.txt, 10240-byte records", async () => {
    const d = tmp();
    const src = path.join(d, "src");
    fs.mkdirSync(path.join(src, "deeper"), { recursive: true });
    fs.writeFileSync(path.join(src, "s.txt"), "s");
    fs.writeFileSync(path.join(src, "deeper", "d.txt"), "dd");
    await tarDirectory(src, path.join(d, "src.tar"));
    const tar = fs.readFileSync(path.join(d, "src.tar"));
    assert.equal(tar.length % 10240, 0);
    const names = tarNames(tar);
    assert.deepEqual(names, [".", "./deeper", "./deeper/d.txt", "./s.txt"]);
  });
});
