/** The one path check, the no-follow opens, the one atomic write and the printed joins (src/core/fs.ts). */
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, test } from "node:test";
import { UnsafePathError } from "../../src/core/errors";
import {
  joinLikePython,
  nameParts,
  openExisting,
  openNew,
  resolveInside,
  tempPathBeside,
  writeFileAtomic,
  writeFileAtomicSync,
} from "../../src/core/fs";
import { isRetryable } from "../../src/core/http/retry";
import { sandbox, tempFolders } from "../helpers/tmp";

const tmp = tempFolders("paths-fs-test-");
/** `dest` is the folder given to the code under test; `outside` must stay untouched. */
function box(): { root: string; dest: string; outside: string } {
  const { root, inside, outside } = sandbox(tmp);
  return { root, dest: inside, outside };
}

describe("nameParts", () => {
  test("plain relative names pass; '.' and empty components are dropped unless strict", () => {
    assert.deepEqual(nameParts("a/b.csv"), ["a", "b.csv"]);
    assert.deepEqual(nameParts("./a//b"), ["a", "b"]);
    assert.deepEqual(nameParts("a\\b"), ["a", "b"]);
    assert.throws(() => nameParts("a//b", { strict: true }), /has an empty or '\.' component/);
    assert.throws(() => nameParts("a\\b", { strict: true }), /has a backslash/);
  });

  for (const [name, why] of [
    ["", /it is empty/],
    [".", /names the folder itself/],
    ["./", /names the folder itself/],
    ["..", /contains '\.\.'/],
    ["a/../../x", /contains '\.\.'/],
    ["/etc/passwd", /has an absolute path/],
    ["C:/x", /has an absolute path/],
    ["x\0y", /NUL/],
  ] as const) {
    test(`refuses ${JSON.stringify(name)} with an UnsafePathError that is never retried`, () => {
      assert.throws(
        () => nameParts(name, { what: "entry" }),
        (err: unknown) =>
          err instanceof UnsafePathError &&
          why.test(err.message) &&
          err.message.startsWith(`Refusing entry ${JSON.stringify(name)} from the server: it `) &&
          !isRetryable(err, true),
      );
    });
  }
});

describe("resolveInside", () => {
  test("returns root/name in the caller's spelling and creates only the root", async () => {
    const { dest } = box();
    const root = path.join(dest, "new");
    assert.equal(await resolveInside(root, "sub/x.txt"), path.join(root, "sub", "x.txt"));
    assert.deepEqual(fs.readdirSync(root), []);
  });

  test("a destination that is itself a link is the user's choice and is followed", async () => {
    const { root, outside } = box();
    const viaLink = path.join(root, "link-to-outside");
    fs.symlinkSync(outside, viaLink);
    assert.equal(await resolveInside(viaLink, "x.txt"), path.join(viaLink, "x.txt"));
  });

  test("links inside that stay inside are allowed; a chain that resolves outside is refused", async () => {
    const { dest } = box();
    fs.mkdirSync(path.join(dest, "real"));
    fs.symlinkSync("real", path.join(dest, "alias"));
    assert.equal(await resolveInside(dest, "alias/x"), path.join(dest, "alias", "x"));
    // sh -> . (inside), up -> .. (outside): "sh/up/x" is inside as text, outside on disk.
    fs.symlinkSync(".", path.join(dest, "sh"));
    fs.symlinkSync("..", path.join(dest, "up"));
    await assert.rejects(resolveInside(dest, "sh/up/outside/x"), /goes through "sh\/up", a link that leads outside the folder/);
    await assert.rejects(resolveInside(dest, "up"), /goes through "up", a link that leads outside the folder/);
    fs.symlinkSync("missing", path.join(dest, "dangling"));
    await assert.rejects(resolveInside(dest, "dangling"), /a link to a missing target/);
  });
});

describe("no-follow opens", () => {
  test("openNew never opens through a link, nor over an existing file", async () => {
    const { dest, outside } = box();
    const target = path.join(outside, "victim");
    fs.writeFileSync(target, "mine");
    fs.symlinkSync(target, path.join(dest, "x.part"));
    await assert.rejects(openNew(path.join(dest, "x.part")), /EEXIST|is a link/);
    await assert.rejects(
      openExisting(path.join(dest, "x.part")),
      (err: unknown) => err instanceof UnsafePathError && /x\.part is a link; it is never written through/.test(err.message),
    );
    assert.equal(fs.readFileSync(target, "utf8"), "mine");
    const fh = await openNew(path.join(dest, "new.part"));
    await fh.close();
    await assert.rejects(openNew(path.join(dest, "new.part")), /EEXIST/);
  });
});

describe("writeFileAtomic", () => {
  test("replaces the file (a link is replaced, not written through), with the mode asked, and leaves no temp file", async () => {
    const { dest, outside } = box();
    const victim = path.join(outside, "victim");
    fs.writeFileSync(victim, "mine");
    const file = path.join(dest, "config.json");
    fs.symlinkSync(victim, file);
    await writeFileAtomic(file, "{}\n", { mode: 0o600 });
    assert.equal(fs.readFileSync(victim, "utf8"), "mine");
    assert.equal(fs.lstatSync(file).isFile(), true);
    assert.equal(fs.statSync(file).mode & 0o777, 0o600);
    writeFileAtomicSync(file, "[]\n");
    assert.equal(fs.readFileSync(file, "utf8"), "[]\n");
    assert.deepEqual(fs.readdirSync(dest), ["config.json"]);
  });

  test("temporary names sit hidden beside their file, each one new, and a taken one is never written through", () => {
    const { dest, outside } = box();
    const file = path.join(dest, "data.csv");
    const names = Array.from({ length: 1000 }, () => tempPathBeside(file));
    assert.equal(new Set(names).size, names.length);
    for (const n of names) {
      assert.equal(path.dirname(n), dest);
      assert.match(path.basename(n), /^\.data\.csv\.[0-9a-f]{12,}\.tmp$/);
    }
    // Another process's name (or a planted link) at the next name: the exclusive open refuses it.
    const victim = path.join(outside, "victim");
    fs.writeFileSync(victim, "mine");
    const next = tempPathBeside(file);
    const taken = next.replace(/([0-9a-f]{4})\.tmp$/, (_, n: string) => `${(parseInt(n, 16) + 1).toString(16).padStart(4, "0")}.tmp`);
    fs.symlinkSync(victim, taken);
    assert.throws(() => writeFileAtomicSync(file, "new", { durable: false }));
    assert.equal(fs.readFileSync(victim, "utf8"), "mine");
    assert.equal(fs.existsSync(file), false);
  });

  test("a failed write leaves the old file and no temp file", async () => {
    const { dest } = box();
    const file = path.join(dest, "state.json");
    fs.writeFileSync(file, "old");
    fs.mkdirSync(path.join(dest, "blocker"));
    // Renaming a file over a non-empty folder fails: the old content must survive.
    fs.writeFileSync(path.join(dest, "blocker", "x"), "");
    await assert.rejects(writeFileAtomic(path.join(dest, "blocker"), "new"));
    assert.deepEqual(fs.readdirSync(dest).sort(), ["blocker", "state.json"]);
    assert.equal(fs.readFileSync(file, "utf8"), "old");
  });
});

describe("joinLikePython", () => {
  // The outputs of Python's os.path.join, which the official CLI prints.
  test("joins as text, without normalising", () => {
    assert.equal(joinLikePython("./out", "kernel-metadata.json"), "./out/kernel-metadata.json");
    assert.equal(joinLikePython("out/", "x.py"), "out/x.py");
    assert.equal(joinLikePython("a/../b", "x"), "a/../b/x");
    assert.equal(joinLikePython("", "dataset-metadata.json"), "dataset-metadata.json");
  });
  test("an absolute second part replaces the first", () => {
    assert.equal(joinLikePython("./out", "/tmp/run.py"), "/tmp/run.py");
  });
});
