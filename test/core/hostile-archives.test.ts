/**
 * Hostile archives (issue 8, Medium 7-9 and the Low stray files): zip bombs by ratio and by
 * overlapping entries, a file entry where the user has a folder, an entry named like the archive,
 * a corrupt entry, and folder archives (`--dir-mode zip|tar`) with links that loop back.
 */
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, test } from "node:test";
import { tarDirectory, zipDirectory } from "../../src/core/archive";
import { CorruptArchiveError, extractLimitsFromEnv, extractZip, listZip, UnsafeArchiveError } from "../../src/core/unzip";
import { planUploads } from "../../src/core/uploads";
import { tempFolders, zipInTemp } from "../helpers/tmp";
import { makeZip, setLocalOffset, tarNames } from "../helpers/zip";

const tmp = tempFolders("paths-hostile-zip-");
const zipAt = (buf: Buffer, name?: string) => zipInTemp(tmp, buf, name);

describe("zip bombs", () => {
  test("an entry expanding more than the ratio limit is refused before anything is written", async () => {
    // 80 MiB of zeros deflate to ~80 KB: a ratio of about 1000.
    const { zip, dest } = zipAt(
      makeZip([
        { name: "small.txt", data: Buffer.from("ok") },
        { name: "bomb.bin", data: Buffer.alloc(80 << 20) },
      ]),
    );
    assert.ok(fs.statSync(zip).size < 200_000);
    await assert.rejects(
      extractZip(zip, dest),
      (err: Error) =>
        err instanceof UnsafeArchiveError &&
        /^entry "bomb\.bin" would expand \d+ bytes to 83886080 \(more than 200 times\): raise the limit with KAGGLE_MAX_EXTRACT_RATIO=<ratio> \(0 for no limit\) if you trust this archive$/.test(
          err.message,
        ),
    );
    assert.deepEqual(fs.readdirSync(dest), []);
  });

  test("the total size limit is checked against what the archive declares; the variables raise or lift it", async () => {
    const { zip, dest } = zipAt(
      makeZip([
        { name: "a.txt", data: Buffer.alloc(600, 1) },
        { name: "b.txt", data: Buffer.alloc(600, 2) },
      ]),
    );
    const limits = extractLimitsFromEnv({ KAGGLE_MAX_EXTRACT_BYTES: "1000" });
    await assert.rejects(
      extractZip(zip, dest, { limits }),
      /^UnsafeArchiveError: it would expand to 1200 bytes, more than the limit of 1000: raise the limit with KAGGLE_MAX_EXTRACT_BYTES=<bytes> \(0 for no limit\)/,
    );
    assert.deepEqual(fs.readdirSync(dest), []);
    assert.deepEqual(await extractZip(zip, dest, { limits: extractLimitsFromEnv({ KAGGLE_MAX_EXTRACT_BYTES: "0" }) }), {
      files: 2,
      bytes: 1200,
      kept: [],
      skippedLinks: 0,
    });
    assert.deepEqual(extractLimitsFromEnv({}), { maxBytes: 256 * 2 ** 30, maxRatio: 200 });
    assert.throws(
      () => extractLimitsFromEnv({ KAGGLE_MAX_EXTRACT_RATIO: "lots" }),
      /^ConfigurationError: KAGGLE_MAX_EXTRACT_RATIO must be a whole number \(0 for no limit\), got 'lots'$/,
    );
  });

  test("entries sharing their data (an overlapping zip bomb) are refused", async () => {
    const honest = makeZip([
      { name: "one.txt", data: Buffer.alloc(1000, 7) },
      { name: "two.txt", data: Buffer.alloc(1000, 7) },
    ]);
    const { zip, dest } = zipAt(setLocalOffset(honest, 1, 0));
    assert.equal((await listZip(zip)).length, 2);
    await assert.rejects(extractZip(zip, dest), /^UnsafeArchiveError: entries "one\.txt" and "two\.txt" overlap in the archive/);
    assert.deepEqual(fs.readdirSync(dest), []);
  });
});

describe("what an entry may replace", () => {
  test("a file entry never deletes the user's folder of the same name", async () => {
    const { zip, dest } = zipAt(
      makeZip([
        { name: "first.txt", data: Buffer.from("1") },
        { name: "data", data: Buffer.from("flat") },
      ]),
    );
    fs.mkdirSync(path.join(dest, "data"));
    fs.writeFileSync(path.join(dest, "data", "mine.csv"), "precious");
    await assert.rejects(
      extractZip(zip, dest),
      /^UnsafeArchiveError: entry "data" is a file but "data" is a folder there: move the folder away or unzip elsewhere$/,
    );
    assert.equal(fs.readFileSync(path.join(dest, "data", "mine.csv"), "utf8"), "precious");
    assert.deepEqual(fs.readdirSync(dest), ["data"], "nothing else was extracted");
  });

  test("an entry named like the archive does not truncate it", async () => {
    const buf = makeZip([{ name: "ds.zip", data: Buffer.from("not the archive") }]);
    const d = tmp();
    const zip = path.join(d, "ds.zip");
    fs.writeFileSync(zip, buf);
    await assert.rejects(
      extractZip(zip, d),
      /^UnsafeArchiveError: entry "ds\.zip" would overwrite the archive itself: unzip it into another folder$/,
    );
    assert.deepEqual(fs.readFileSync(zip), buf);
  });

  test("a file failing its CRC is removed, not left on disk; earlier files stay", async () => {
    const { zip, dest } = zipAt(
      makeZip([
        { name: "good.txt", data: Buffer.from("g") },
        { name: "bad.txt", data: Buffer.from("abc"), badCrc: true },
      ]),
    );
    await assert.rejects(extractZip(zip, dest), CorruptArchiveError);
    assert.deepEqual(fs.readdirSync(dest), ["good.txt"]);
    fs.writeFileSync(path.join(dest, "bad.txt"), "the old bad.txt");
    await assert.rejects(
      extractZip(zip, dest),
      (err: Error) => err instanceof CorruptArchiveError && /entry "bad\.txt" fails its CRC-32 check/.test(err.message),
    );
    assert.deepEqual(fs.readdirSync(dest).sort(), ["bad.txt", "good.txt"]);
    assert.equal(fs.readFileSync(path.join(dest, "bad.txt"), "utf8"), "the old bad.txt", "the corrupt bytes never replaced the file");
  });
});

describe("folder archives with links (--dir-mode zip|tar)", () => {
  function loopFolder(): { root: string; src: string } {
    const root = tmp();
    const src = path.join(root, "src");
    fs.mkdirSync(path.join(src, "sub"), { recursive: true });
    fs.writeFileSync(path.join(src, "a.txt"), "a");
    fs.writeFileSync(path.join(src, "sub", "b.txt"), "b");
    fs.symlinkSync(".", path.join(src, "self"));
    fs.symlinkSync("..", path.join(src, "sub", "parent"));
    fs.symlinkSync("a.txt", path.join(src, "alias.txt"));
    return { root, src };
  }

  // The timeouts only bound a regression (an endless walk); they assert nothing about speed.
  test("zip: links to folders are left out and reported, links to files are followed; it ends", { timeout: 20_000 }, async () => {
    const { root, src } = loopFolder();
    const skipped: string[] = [];
    await zipDirectory(src, path.join(root, "src.zip"), { onSkipped: (rel, why) => skipped.push(`${rel}: ${why}`) });
    assert.deepEqual((await listZip(path.join(root, "src.zip"))).map((e) => e.name).sort(), ["a.txt", "alias.txt", "sub/", "sub/b.txt"]);
    assert.deepEqual(skipped.sort(), [
      "self: a link to a folder; links to folders are not followed",
      "sub/parent: a link to a folder; links to folders are not followed",
    ]);
  });

  test("tar: the same", { timeout: 20_000 }, async () => {
    const { root, src } = loopFolder();
    const skipped: string[] = [];
    await tarDirectory(src, path.join(root, "src.tar"), { onSkipped: (rel) => skipped.push(rel) });
    const tar = fs.readFileSync(path.join(root, "src.tar"));
    const names = tarNames(tar);
    assert.deepEqual(names, [".", "./a.txt", "./alias.txt", "./sub", "./sub/b.txt"]);
    assert.deepEqual(skipped.sort(), ["self", "sub/parent"]);
  });

  test("planning an upload of such a folder ends, says what it left out, and leaves no temp folder", { timeout: 20_000 }, async () => {
    const { root, src } = loopFolder();
    const top = path.join(root, "upload");
    fs.mkdirSync(top);
    fs.renameSync(src, path.join(top, "data"));
    const work = path.join(root, "tmp");
    fs.mkdirSync(work);
    for (const dirMode of ["zip", "tar"] as const) {
      const plan = await planUploads(top, { dirMode, tmpDir: work });
      assert.deepEqual(
        plan.items.map((i) => i.name),
        [`data.${dirMode}`],
      );
      assert.deepEqual(plan.skippedOther.sort(), [
        "data/self (a link to a folder; links to folders are not followed)",
        "data/sub/parent (a link to a folder; links to folders are not followed)",
      ]);
      await plan.cleanup();
      assert.deepEqual(fs.readdirSync(work), []);
    }
  });
});
