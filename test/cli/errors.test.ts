/**
 * Error lines a user can act on: what went wrong, with which input, and the fix, in one line;
 * and refusals that come before any byte is uploaded.
 */
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, test } from "node:test";
import { useEmulator } from "../helpers/emulator";
import { runCli, tempHome } from "../helpers/cli";

let work: string;
const kaggle = (...argv: string[]) => runCli(argv, { env });
const uploads = () => Object.keys(emu.state.uploads).length;

const emu = useEmulator({}, async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), "cli-errors-"));
});
const env = emu.env;

function folder(name: string, meta: object): string {
  const dir = path.join(work, name);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "data.csv"), "a,b\n1,2\n");
  fs.writeFileSync(path.join(dir, "dataset-metadata.json"), JSON.stringify(meta, null, 2));
  return dir;
}

describe("rejected credentials", () => {
  test("a wrong API key names the user and where the key came from, never the key", async () => {
    const r = await runCli(["competitions", "list"], { env: { ...env, KAGGLE_KEY: "wrong-key-0123456789" } });
    assert.equal(r.code, 1);
    assert.equal(
      r.stderr,
      "Kaggle refused the API key of user 'alice' from KAGGLE_USERNAME/KAGGLE_KEY: Unauthenticated; check the user name and key, or create a new API token on kaggle.com (Settings > API) and put it in KAGGLE_API_TOKEN\n",
    );
    assert.doesNotMatch(r.stdout + r.stderr, /wrong-key-0123456789/);
  });

  test("a wrong key in kaggle.json names the file", async () => {
    const home = tempHome();
    fs.mkdirSync(path.join(home, ".kaggle"));
    const file = path.join(home, ".kaggle", "kaggle.json");
    fs.writeFileSync(file, JSON.stringify({ username: "alice", key: "not-the-key-4321" }), { mode: 0o600 });
    const r = await runCli(["competitions", "list"], { env: { KAGGLE_API_ENDPOINT: emu.url }, home });
    assert.equal(r.code, 1);
    assert.equal(r.stderr.split("\n").length, 2, r.stderr);
    assert.match(r.stderr, new RegExp(`^Kaggle refused the API key of user 'alice' from ${file.replace(/[.]/g, "\\.")}: Unauthenticated; `));
    assert.doesNotMatch(r.stderr, /not-the-key-4321/);
  });

  test("a wrong access token says where it came from and where to put a new one", async () => {
    const r = await runCli(["competitions", "list"], { env: { KAGGLE_API_ENDPOINT: emu.url, KAGGLE_API_TOKEN: "KGAT_0000bogus0000token" } });
    assert.equal(r.code, 1);
    assert.match(
      r.stderr,
      /^Kaggle refused the access token from KAGGLE_API_TOKEN: [^\n]+; create a new API token on kaggle\.com \(Settings > API\) and put it in KAGGLE_API_TOKEN\n$/,
    );
    assert.doesNotMatch(r.stderr, /0000bogus0000/);
  });
});

describe("configuration mistakes", () => {
  test("KAGGLE_API_TOKEN naming a missing file is refused before any request", async () => {
    for (const value of [path.join(work, "nope", "token"), "token.txt", "access_token.json"]) {
      const r = await runCli(["competitions", "list"], { env: { KAGGLE_API_ENDPOINT: emu.url, KAGGLE_API_TOKEN: value } });
      assert.equal(r.code, 1, value);
      assert.equal(
        r.stderr,
        `KAGGLE_API_TOKEN names the file ${value}, which does not exist: save the token in that file, or set KAGGLE_API_TOKEN to the token itself\n`,
      );
    }
  });

  test("a kaggle.json with a trailing comma names the line and column", async () => {
    const home = tempHome();
    fs.mkdirSync(path.join(home, ".kaggle"));
    const file = path.join(home, ".kaggle", "kaggle.json");
    fs.writeFileSync(file, '{\n  "username": "alice",\n  "key": "k",\n}\n', { mode: 0o600 });
    const r = await runCli(["competitions", "list"], { env: { KAGGLE_API_ENDPOINT: emu.url }, home });
    assert.equal(r.code, 1);
    assert.equal(
      r.stderr,
      `${file} is not valid JSON: Expected double-quoted property name at line 4, column 1 (a trailing comma or a missing quote?); fix it or delete it and run 'kaggle config set' again\n`,
    );
  });

  test("a file-system error prints its code once", async () => {
    const blocker = path.join(work, "a-file");
    fs.writeFileSync(blocker, "x");
    const r = await runCli(["config", "set", "-n", "path", "-v", "x"], { env: { KAGGLE_CONFIG_DIR: path.join(blocker, "sub") } });
    assert.equal(r.code, 1);
    assert.equal(r.stderr, `ENOTDIR: not a directory, open '${path.join(blocker, "sub", "kaggle.json")}'\n`);
  });

  test("datasets metadata -p with a file in the way names it in one line", async () => {
    const blocker = path.join(work, "another-file");
    fs.writeFileSync(blocker, "x");
    const r = await kaggle("datasets", "metadata", "alice/city-weather-daily", "-p", blocker);
    assert.equal(r.code, 1);
    assert.equal(r.stderr, `Cannot create the folder ${blocker}: ${blocker} is a file, not a folder; choose a folder you can write to\n`);
  });
});

describe("refused before uploading", () => {
  test("datasets version of a dataset that does not exist says so and to use create; nothing is uploaded", async () => {
    const dir = folder("missing", { id: "alice/never-made-yet" });
    const before = uploads();
    const r = await kaggle("datasets", "version", "-p", dir, "-m", "notes");
    assert.equal(r.code, 1);
    assert.equal(r.stdout, "");
    assert.equal(
      r.stderr,
      `Dataset alice/never-made-yet does not exist (or is not visible to you): create it with 'kaggle datasets create -p ${dir}', or fix the id in its metadata file\n`,
    );
    assert.equal(uploads(), before);
  });

  test("datasets version of someone else's dataset is refused; nothing is uploaded", async () => {
    const dir = folder("theirs", { id: "bob/global-coffee-prices" });
    const before = uploads();
    const r = await kaggle("datasets", "version", "-p", dir, "-m", "notes");
    assert.equal(r.code, 1);
    assert.equal(
      r.stderr,
      "You may not publish versions of bob/global-coffee-prices: it is neither yours nor shared with you for editing; ask its owner, or publish your own copy with 'kaggle datasets create'\n",
    );
    assert.equal(uploads(), before);
  });

  test("datasets create of an existing dataset says it exists and to use version; nothing is uploaded", async () => {
    const dir = folder("exists", { id: "alice/city-weather-daily", title: "Another Title Here", licenses: [{ name: "CC0-1.0" }] });
    const before = uploads();
    const r = await kaggle("datasets", "create", "-p", dir);
    assert.equal(r.code, 1);
    assert.equal(
      r.stdout,
      `Dataset creation error: alice/city-weather-daily already exists; publish a new version of it with 'kaggle datasets version -p ${dir} -m "<notes>"'\n`,
    );
    assert.equal(uploads(), before);
  });

  test("competitions submit to a competition whose rules are not accepted is refused; nothing is uploaded", async () => {
    const file = path.join(work, "sub.csv");
    fs.writeFileSync(file, "id,target\n1,0\n");
    const before = uploads();
    const r = await kaggle("competitions", "submit", "playground-series-s6e11", "-f", file, "-m", "try");
    assert.equal(r.code, 1);
    assert.equal(
      r.stderr,
      `You have not accepted the rules of playground-series-s6e11: accept them at ${emu.url}/competitions/playground-series-s6e11/rules, then submit again\n`,
    );
    assert.equal(uploads(), before);
  });
});
