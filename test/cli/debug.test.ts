/**
 * The global `--debug` (one redacted line per request on stderr), `--format rich` (a plain
 * table, as upstream falls back to without the `rich` package) and `KAGGLE_OUTPUT_FORMAT` on
 * every command that lists, all run as the bundle against the emulator.
 */
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { startEmulator, type Emulator } from "../../src/emulator/server";
import { runCli, tempHome } from "../helpers/cli";
import { approve, codeFromPage, startLogin } from "../helpers/oauth";

let emu: Emulator;
let env: Record<string, string>;

before(async () => {
  emu = await startEmulator({ port: 0, scenario: "demo", log: () => {} });
  env = { KAGGLE_API_ENDPOINT: emu.url, KAGGLE_USERNAME: emu.credentials.username, KAGGLE_KEY: emu.credentials.key };
});
after(() => emu.close());

const kaggle = (argv: string[], extra: Record<string, string> = {}) => runCli(argv, { env: { ...env, ...extra } });
const basic = () => Buffer.from(`${emu.credentials.username}:${emu.credentials.key}`).toString("base64");

describe("--debug", () => {
  test("one line per RPC on stderr (method, URL, body, status, time); stdout unchanged; no key", async () => {
    const plain = await kaggle(["competitions", "list", "--page-size", "3"]);
    const r = await kaggle(["--debug", "competitions", "list", "--page-size", "3"]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, plain.stdout);
    assert.match(
      r.stderr,
      new RegExp(
        `^\\[debug\\] POST ${emu.url}/api/v1/competitions\\.CompetitionApiService/ListCompetitions \\{[^\\n]*"pageSize": 3\\} -> 200 \\(\\d+ ms\\)$`,
        "m",
      ),
    );
    for (const secret of [emu.credentials.key, basic()]) assert.ok(!`${r.stdout}${r.stderr}`.includes(secret));
  });

  test("transfers: the signed download URL is shown without its query", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "debug-dl-"));
    const r = await kaggle(["--debug", "datasets", "download", "alice/city-weather-daily", "-p", dir]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, new RegExp(`^\\[debug\\] GET ${emu.url}/storage/\\S+\\.zip -> 200 \\(\\d+ ms\\)$`, "m"));
    assert.ok(!r.stderr.includes("?"), "no query string (signature) in any debug line");
  });

  test("uploads: each PUT (the large-file path too) is shown without its query", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "debug-up-"));
    fs.writeFileSync(path.join(dir, "small.csv"), "a\n1\n");
    fs.writeFileSync(path.join(dir, "large.bin"), Buffer.alloc(9 << 20, 1));
    const r = await kaggle(["--debug", "files", "upload", path.join(dir, "small.csv"), path.join(dir, "large.bin")], { TMPDIR: dir });
    assert.equal(r.code, 0, r.stderr);
    const puts = r.stderr.split("\n").filter((l) => l.startsWith("[debug] PUT "));
    assert.equal(puts.length, 2, r.stderr);
    for (const line of puts)
      assert.match(line, new RegExp(`^\\[debug\\] PUT ${emu.url}/upload/storage/v1/b/kaggle-inbox-data/o -> 200 \\(\\d+ ms\\)$`));
  });

  test("an access token is never shown, not even in the IntrospectToken body", async () => {
    const { KAGGLE_USERNAME: _u, KAGGLE_KEY: _k, ...rest } = env;
    const r = await runCli(["--debug", "datasets", "list", "--mine"], { env: { ...rest, KAGGLE_API_TOKEN: emu.credentials.token } });
    assert.equal(r.code, 0, r.stderr);
    assert.ok(!r.stderr.includes(emu.credentials.token));
    assert.match(r.stderr, /\/ListDatasets .* -> 200 /);
  });

  test("a failing call: its status line, then the one error line", async () => {
    const r = await kaggle(["--debug", "datasets", "files", "alice/no-such-dataset"]);
    assert.equal(r.code, 1);
    const lines = r.stderr.trimEnd().split("\n");
    assert.match(lines.at(-2)!, /^\[debug\] POST \S+\/ListDatasetFiles .* -> 404 \(\d+ ms\)$/);
    assert.doesNotMatch(lines.at(-1)!, /^\[debug\]/);
  });

  test("a login's code and verifier are redacted", async () => {
    const home = tempHome();
    const run = startLogin(["--debug", "auth", "login", "--no-launch-browser"], { KAGGLE_API_ENDPOINT: emu.url, HOME: home });
    const url = await Promise.race([run.url, run.done.then((r) => Promise.reject(new Error(JSON.stringify(r))))]);
    const code = await codeFromPage(await approve(url));
    run.child.stdin.end(`${code}\n`);
    const r = await run.done;
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /ExchangeOAuthToken \{"code": "\*\*\*", "codeVerifier": "\*\*\*", "grantType": "authorization_code"\} -> 200/);
    assert.match(r.stderr, /IntrospectToken \{"token": "\*\*\*"\} -> 200/);
    const saved = JSON.parse(fs.readFileSync(path.join(home, ".kaggle", "credentials.json"), "utf8")) as Record<string, string>;
    for (const secret of [code, saved.access_token!, saved.refresh_token!]) assert.ok(!r.stderr.includes(secret));
  });

  test("is a global flag: given after a command it is refused like any unknown flag", async () => {
    const r = await kaggle(["competitions", "list", "--debug"]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /error: unrecognized arguments: --debug\n$/);
  });
});

describe("output formats", () => {
  test("--format rich and KAGGLE_OUTPUT_FORMAT=rich print the plain table; rich(fields) projects", async () => {
    const table = await kaggle(["datasets", "list", "--mine"]);
    assert.equal(table.code, 0, table.stderr);
    assert.deepEqual(await kaggle(["datasets", "list", "--mine", "--format", "rich"]), table);
    assert.deepEqual(await kaggle(["datasets", "list", "--mine"], { KAGGLE_OUTPUT_FORMAT: "rich" }), table);
    const projected = await kaggle(["datasets", "list", "--mine", "--format", "rich(ref,title)"]);
    assert.deepEqual(projected, await kaggle(["datasets", "list", "--mine", "--format", "table(ref,title)"]));
    assert.match(projected.stdout, /^ref +title +\n/);
  });

  test("KAGGLE_OUTPUT_FORMAT=json is honoured by every command that lists; --format wins over it", async () => {
    const commands = [
      ["competitions", "list"],
      ["competitions", "files", "spaceship-survival"],
      ["competitions", "submissions", "spaceship-survival"],
      ["competitions", "leaderboard", "spaceship-survival", "-s"],
      ["datasets", "list"],
      ["datasets", "files", "alice/city-weather-daily"],
      ["kernels", "list"],
      ["kernels", "files", "alice/spaceship-baseline"],
    ];
    for (const argv of commands) {
      const r = await kaggle(argv, { KAGGLE_OUTPUT_FORMAT: "json" });
      assert.equal(r.code, 0, `${argv.join(" ")}: ${r.stderr}`);
      assert.ok(Array.isArray(JSON.parse(r.stdout)), argv.join(" "));
      const csv = await kaggle([...argv, "--format", "csv"], { KAGGLE_OUTPUT_FORMAT: "json" });
      assert.ok(!csv.stdout.startsWith("["), `${argv.join(" ")} --format csv`);
    }
  });
});
