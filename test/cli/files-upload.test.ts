/**
 * `kaggle files upload` (the inbox) run as the bundle against the emulator: files and folders
 * (zip, or tar with --no-compress) under -i, the official lines, resuming after a cut upload,
 * --no-resume, a kept upload whose token is refused, and bad inputs in one line.
 */
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, beforeEach, describe, test } from "node:test";
import { startEmulator, type Emulator } from "../../src/emulator/server";
import { runCli } from "../helpers/cli";
import { tarNames } from "../helpers/zip";

let emu: Emulator;
let work: string;
let env: Record<string, string>;

before(async () => {
  emu = await startEmulator({ port: 0, scenario: "demo", log: () => {} });
});
after(() => emu.close());

beforeEach(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), "inbox-"));
  // Resume state lives in $TMPDIR/.kaggle/uploads: one per test.
  fs.mkdirSync(path.join(work, "tmp"));
  env = { KAGGLE_API_ENDPOINT: emu.url, KAGGLE_USERNAME: emu.credentials.username, KAGGLE_KEY: emu.credentials.key, TMPDIR: path.join(work, "tmp") };
  fs.writeFileSync(path.join(work, "a.csv"), "a,b\n1,2\n");
  fs.mkdirSync(path.join(work, "data", "sub"), { recursive: true });
  fs.writeFileSync(path.join(work, "data", "x.txt"), "x\n");
  fs.writeFileSync(path.join(work, "data", "sub", "y.txt"), "y\n");
});

const kaggle = (...argv: string[]) => runCli(argv, { env });
const inbox = () => emu.state.inbox.files;
const at = (name: string) => path.join(work, name);

async function faults(spec: string): Promise<void> {
  const res = await fetch(`${emu.url}/_emulator/faults`, { method: "POST", body: JSON.stringify({ spec }) });
  assert.equal(res.status, 200, await res.text());
}

describe("files upload", () => {
  test("a file and a folder (as zip) under -i, with the official lines", async () => {
    const before = inbox().length;
    const r = await kaggle("files", "upload", "-i", "reports/q1", at("a.csv"), at("data"));
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.trimEnd().split("\n");
    assert.deepEqual(lines.slice(-2), ["Inbox file created: a.csv", "Inbox file created: data"]);
    assert.deepEqual(
      lines.slice(0, -2).sort(),
      [
        "Starting upload for file a.csv",
        "Starting upload for file data.zip",
        "Upload successful: a.csv (8B)",
        `Upload successful: data.zip (${inbox()[before + 1]?.size}B)`,
      ].sort(),
    );
    const made = inbox().slice(before);
    assert.deepEqual(
      made.map((f) => [f.virtualDirectory, f.name, f.owner]),
      [
        ["reports/q1", "a.csv", "alice"],
        ["reports/q1", "data.zip", "alice"],
      ],
    );
    assert.equal(fs.readFileSync(made[0]!.path, "utf8"), "a,b\n1,2\n");
    const zip = fs.readFileSync(made[1]!.path);
    assert.equal(zip.readUInt32LE(0), 0x04034b50);
    for (const name of ["x.txt", "sub/y.txt"]) assert.ok(zip.includes(Buffer.from(name)), name);
    // Done: no resume state is left behind.
    assert.deepEqual(fs.readdirSync(path.join(work, "tmp", ".kaggle", "uploads")), []);
  });

  test("--no-compress sends a folder as tar; the alias u works", async () => {
    const r = await kaggle("files", "u", "--no-compress", at("data"));
    assert.equal(r.code, 0, r.stderr);
    const f = inbox().at(-1)!;
    assert.deepEqual([f.name, f.virtualDirectory], ["data.tar", ""]);
    assert.deepEqual(
      tarNames(fs.readFileSync(f.path))
        .filter((n) => n.endsWith(".txt"))
        .sort(),
      ["./sub/y.txt", "./x.txt"],
    );
  });

  test("a cut upload fails, creates nothing, and the next run continues from the bytes the server holds", async () => {
    const big = at("big.bin");
    fs.writeFileSync(big, Buffer.alloc(3 << 20, 7));
    const before = inbox().length;
    // Cut after 1 MiB, then the probe that would continue is refused: the run gives up.
    await faults(`upload:drop-after=${1 << 20}x1,upload:403x1`);
    const cut = await kaggle("files", "upload", big);
    assert.equal(cut.code, 1);
    assert.match(cut.stderr, /Upload of big\.bin failed: .*nothing was created\. Run the command again to resume the uploads\n$/);
    assert.equal(inbox().length, before);
    const sessions = Object.keys(emu.state.uploads).length;
    const again = await kaggle("files", "upload", big);
    assert.equal(again.code, 0, again.stderr);
    assert.equal(Object.keys(emu.state.uploads).length, sessions, "the same upload session was continued");
    assert.equal(inbox().at(-1)!.size, 3 << 20);
  });

  test("--no-resume starts a new upload instead of continuing", async () => {
    const big = at("big.bin");
    fs.writeFileSync(big, Buffer.alloc(3 << 20, 9));
    await faults(`upload:drop-after=${1 << 20}x1,upload:403x1`);
    assert.equal((await kaggle("files", "upload", big)).code, 1);
    const sessions = Object.keys(emu.state.uploads).length;
    const r = await kaggle("files", "upload", "--no-resume", big);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(Object.keys(emu.state.uploads).length, sessions + 1);
  });

  test("a kept upload whose token Kaggle refuses is sent again once", async () => {
    await faults("CreateInboxFile:400x1:message=boom");
    const first = await kaggle("files", "upload", at("a.csv"));
    assert.equal(first.code, 1);
    assert.match(first.stderr, /\nboom\n$/);
    const before = inbox().length;
    // The upload finished and is kept; now its token is refused once more.
    await faults("CreateInboxFile:400x1:message=This uploaded file was already used");
    const r = await kaggle("files", "upload", at("a.csv"));
    assert.equal(r.code, 0, r.stderr);
    assert.equal(inbox().length, before + 1);
    assert.equal(inbox().at(-1)!.name, "a.csv");
  });

  test("bad inputs: one line each, nothing uploaded", async () => {
    const sessions = Object.keys(emu.state.uploads).length;
    const missing = await kaggle("files", "upload", at("a.csv"), at("nope.csv"));
    assert.deepEqual([missing.code, missing.stdout, missing.stderr], [1, "", `No such file or folder: ${at("nope.csv")}; nothing was uploaded\n`]);
    const up = await kaggle("files", "upload", "-i", "x/../../y", at("a.csv"));
    assert.deepEqual([up.code, up.stderr], [1, "Invalid --inbox-path 'x/../../y': '..' is not allowed; name a folder inside the inbox\n"]);
    const none = await kaggle("files", "upload");
    assert.equal(none.code, 2);
    assert.equal(
      none.stderr,
      "usage: kaggle files upload [-h] [-i INBOX_PATH] [--no-resume] [--no-compress]\n                           local-path [local-path ...]\nkaggle files upload: error: the following arguments are required: local-path\n",
    );
    assert.equal(Object.keys(emu.state.uploads).length, sessions);
  });
});
