/**
 * `kaggle auth login|print-access-token|revoke` against the emulator's OAuth pages and token
 * RPCs, run as the bundle; and the saved login as a credential source (renewed when expired).
 */
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { startEmulator, type Emulator } from "../../src/emulator/server";
import { runCli, tempHome, type CliRun } from "../helpers/cli";
import { approve, codeFromPage, startLogin, type LoginRun } from "../helpers/oauth";

let emu: Emulator;
let endpoint: Record<string, string>;

before(async () => {
  emu = await startEmulator({ port: 0, scenario: "demo", log: () => {} });
  endpoint = { KAGGLE_API_ENDPOINT: emu.url };
});
after(() => emu.close());

const credsFile = (home: string) => path.join(home, ".kaggle", "credentials.json");
const readCreds = (home: string) => JSON.parse(fs.readFileSync(credsFile(home), "utf8")) as Record<string, unknown>;

async function advanceClock(ms: number): Promise<void> {
  const res = await fetch(`${emu.url}/_emulator/time`, { method: "POST", body: JSON.stringify({ advanceMs: ms }) });
  assert.equal(res.status, 200);
}

/** The authorization URL the CLI printed, or a failure with what it printed instead. */
async function urlOf(run: LoginRun): Promise<string> {
  return Promise.race([
    run.url,
    run.done.then((r) => {
      throw new Error(`the CLI ended before printing a URL: ${JSON.stringify(r)}`);
    }),
  ]);
}

/** `kaggle auth login --no-launch-browser`, answered with the code the emulator's page shows. */
async function pasteLogin(home: string, opts: { username?: string; beforePaste?: () => Promise<void>; argv?: string[] } = {}): Promise<CliRun> {
  const run = startLogin(["auth", "login", "--no-launch-browser", ...(opts.argv ?? [])], { ...endpoint, HOME: home });
  const url = await urlOf(run);
  const code = await codeFromPage(await approve(url, opts.username ?? "alice"));
  await opts.beforePaste?.();
  run.child.stdin.end(`${code}\n`);
  return run.done;
}

describe("auth login", () => {
  test("--no-launch-browser: prints the URL, reads the pasted code, saves the login 0600 and uses it", async () => {
    const home = tempHome();
    const run = startLogin(["auth", "login", "--no-launch-browser"], { ...endpoint, HOME: home });
    const printedUrl = await urlOf(run);
    const u = new URL(printedUrl);
    assert.equal(`${u.origin}${u.pathname}`, `${emu.url}/api/v1/oauth2/authorize`);
    assert.deepEqual(
      [...u.searchParams.keys()],
      ["response_type", "client_id", "redirect_uri", "scope", "state", "code_challenge", "code_challenge_method", "response_mode"],
    );
    assert.equal(u.searchParams.get("redirect_uri"), `${emu.url}/account/api/oauth/token`);
    assert.equal(u.searchParams.get("scope"), "resources.admin:*");
    assert.match(printedUrl, /scope=resources\.admin%3A%2A&/);
    const code = await codeFromPage(await approve(printedUrl, "bob"));
    run.child.stdin.end(`${code}\n`);
    const r = await run.done;
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, "");
    assert.equal(
      r.stdout,
      `\nGo to the following link in your browser, and complete the sign-in prompts at Kaggle:\n\n  ${printedUrl}\n\n` +
        "Once finished, enter the verification code provided in your browser: \nYou are now logged in as [bob]\n\n",
    );
    assert.equal(fs.statSync(credsFile(home)).mode & 0o777, 0o600);
    const saved = readCreds(home);
    assert.deepEqual(Object.keys(saved), ["refresh_token", "access_token", "access_token_expiration", "username", "scopes"]);
    assert.equal(saved.username, "bob");
    assert.deepEqual(saved.scopes, ["resources.admin:*"]);
    assert.match(String(saved.access_token_expiration), /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}\+00:00$/);

    const view = await runCli(["config", "view"], { env: endpoint, home });
    assert.equal(view.code, 0, view.stderr);
    assert.match(view.stdout, /- username: bob\n- auth_method: OAUTH\n/);
    const list = await runCli(["datasets", "list", "--mine"], { env: endpoint, home });
    assert.equal(list.code, 0, list.stderr);
    assert.ok(!list.stdout.includes(String(saved.access_token)));
  });

  test("with a browser: the page is opened and its answer comes back to the loopback port", async () => {
    const home = tempHome();
    const script = path.join(home, "browser.mjs");
    // A stand-in for the user's browser: approve on the page, then follow the redirect home.
    fs.writeFileSync(
      script,
      `const url = new URL(process.argv[2]);
const form = new URLSearchParams(url.searchParams); form.set("username", "alice"); form.set("decision", "approve");
const res = await fetch(url.origin + url.pathname, { method: "POST", body: form, redirect: "manual" });
await fetch(res.headers.get("location"));
`,
    );
    const r = await runCli(["auth", "login"], { env: { ...endpoint, DISPLAY: ":99", BROWSER: `${process.execPath} ${script}` }, home });
    assert.equal(r.code, 0, r.stderr);
    assert.match(
      r.stdout,
      /^Your browser has been opened to visit:\n {2}http:\/\/127\.0\.0\.1:\d+\/api\/v1\/oauth2\/authorize\?\S+redirect_uri=http%3A%2F%2Flocalhost%3A(\d{4})&\S+\n\n\n\nYou are now logged in as \[alice\]\n\n$/,
    );
    assert.equal(readCreds(home).username, "alice");
  });

  test("an existing login is kept unless --force", async () => {
    const home = tempHome();
    assert.equal((await pasteLogin(home)).code, 0);
    const again = await runCli(["auth", "login", "--no-launch-browser"], { env: endpoint, home });
    assert.deepEqual(
      [again.code, again.stdout, again.stderr],
      [1, "You are already logged-in to Kaggle as [alice].\nPlease use the --force flag to override.\n", ""],
    );
    const forced = await pasteLogin(home, { username: "bob", argv: ["--force"] });
    assert.equal(forced.code, 0, forced.stderr);
    assert.equal(readCreds(home).username, "bob");
  });

  test("an expired code fails in one line and saves nothing", async () => {
    const home = tempHome();
    let r: CliRun;
    try {
      r = await pasteLogin(home, { beforePaste: () => advanceClock(11 * 60 * 1000) });
    } finally {
      await advanceClock(-11 * 60 * 1000);
    }
    assert.equal(r.code, 1);
    assert.equal(r.stderr, "The authorization code has expired. Run the login again.\n");
    assert.equal(fs.existsSync(credsFile(home)), false);
  });

  test("a wrong code and an empty input each fail in one line", async () => {
    const home = tempHome();
    const run = startLogin(["auth", "login", "--no-launch-browser"], { ...endpoint, HOME: home });
    await urlOf(run);
    run.child.stdin.end("not-a-code\n");
    const r = await run.done;
    assert.deepEqual([r.code, r.stderr], [1, "Invalid authorization code: it was never issued. Run the login again.\n"]);
    const empty = await runCli(["auth", "login", "--no-launch-browser"], { env: endpoint, home });
    assert.equal(empty.code, 1);
    assert.equal(empty.stderr, "No verification code on standard input; run 'kaggle auth login' again and paste the code the page shows\n");
    assert.equal(fs.existsSync(credsFile(home)), false);
  });
});

describe("auth print-access-token", () => {
  test("prints a new working token; --expiration sets its lifetime; bad durations fail in one line", async () => {
    const home = tempHome();
    assert.equal((await pasteLogin(home)).code, 0);
    const r = await runCli(["auth", "print-access-token"], { env: endpoint, home });
    assert.equal(r.code, 0, r.stderr);
    const token = r.stdout.trim();
    assert.match(r.stdout, /^KGAT_[0-9a-f]+\n$/);
    const seen = await fetch(`${emu.url}/api/v1/security.OAuthService/IntrospectToken`, { method: "POST", body: JSON.stringify({ token }) });
    assert.equal(((await seen.json()) as { username: string }).username, "alice");
    assert.ok(Math.abs(emu.state.oauth.accessTokens[token]!.expiresAt - Date.now() - 12 * 3600_000) < 120_000);

    const two = await runCli(["auth", "print-access-token", "--expiration", "2:30"], { env: endpoint, home });
    assert.equal(two.code, 0, two.stderr);
    assert.ok(Math.abs(emu.state.oauth.accessTokens[two.stdout.trim()]!.expiresAt - Date.now() - 9000_000) < 120_000);
    const bad = await runCli(["auth", "print-access-token", "--expiration", "6 hours"], { env: endpoint, home });
    assert.deepEqual([bad.code, bad.stdout], [1, ""]);
    assert.equal(bad.stderr, "Invalid duration format. Please use one of the following formats: 1h, 30s, 2h30s, 2:30 (got '6 hours')\n");
  });

  test("without a login: the official two lines, exit 1", async () => {
    const r = await runCli(["auth", "print-access-token"], { env: endpoint });
    assert.deepEqual([r.code, r.stdout], [1, 'You must log in to Kaggle to print an access token.\nPlease run "kaggle auth login" to log in.\n']);
  });
});

describe("the saved login as credentials", () => {
  test("an access token the file says has expired is renewed before the first request, and saved", async () => {
    const home = tempHome();
    assert.equal((await pasteLogin(home)).code, 0);
    const before = readCreds(home);
    fs.writeFileSync(credsFile(home), JSON.stringify({ ...before, access_token_expiration: "2001-01-01T00:00:00.000000+00:00" }, null, 2));
    const r = await runCli(["datasets", "list", "--mine"], { env: { ...endpoint, VERBOSE: "1" }, home });
    assert.equal(r.code, 0, r.stderr);
    const renewed = readCreds(home);
    assert.notEqual(renewed.access_token, before.access_token);
    assert.equal(renewed.refresh_token, before.refresh_token);
    assert.ok(Date.parse(String(renewed.access_token_expiration)) > Date.now() + 11 * 3600_000);
    assert.equal(fs.statSync(credsFile(home)).mode & 0o777, 0o600);
    // One renewal, then the call itself with the new token.
    assert.deepEqual(
      [...r.stderr.matchAll(/POST \S+\/(\w+) /g)].map((m) => m[1]),
      ["GenerateAccessToken", "ListDatasets"],
    );
    assert.ok(!r.stderr.includes(String(before.refresh_token)), "the refresh token is redacted from debug lines");
  });

  test("an access token the server refuses (its clock is ahead) is renewed once and the call repeated", async () => {
    const home = tempHome();
    assert.equal((await pasteLogin(home)).code, 0);
    const before = readCreds(home);
    await advanceClock(2 * 3600_000);
    try {
      const r = await runCli(["datasets", "list", "--mine"], { env: endpoint, home });
      assert.equal(r.code, 0, r.stderr);
      assert.notEqual(readCreds(home).access_token, before.access_token);
    } finally {
      await advanceClock(-2 * 3600_000);
    }
  });

  test("API keys and tokens come first: the login is used only without them", async () => {
    const home = tempHome();
    assert.equal((await pasteLogin(home, { username: "bob" })).code, 0);
    const keyed = await runCli(["config", "view"], {
      env: { ...endpoint, KAGGLE_USERNAME: emu.credentials.username, KAGGLE_KEY: emu.credentials.key },
      home,
    });
    assert.match(keyed.stdout, /- username: alice\n- auth_method: LEGACY_API_KEY\n/);
  });
});

describe("auth revoke", () => {
  test("ends the login on the server and removes the file; twice says there is nothing to revoke", async () => {
    const home = tempHome();
    assert.equal((await pasteLogin(home)).code, 0);
    const saved = readCreds(home);
    const r = await runCli(["auth", "revoke", "--reason", "rotating"], { env: endpoint, home });
    assert.deepEqual([r.code, r.stdout, r.stderr], [0, "", ""]);
    assert.equal(fs.existsSync(credsFile(home)), false);
    assert.equal(emu.state.oauth.refreshTokens[String(saved.refresh_token)]!.revoked?.reason, "rotating");
    const twice = await runCli(["auth", "revoke"], { env: endpoint, home });
    assert.deepEqual([twice.code, twice.stdout], [0, "There is no token to revoke.\n"]);

    // A copy of the revoked login: refused in one line, as a credential source too.
    fs.mkdirSync(path.dirname(credsFile(home)), { recursive: true });
    fs.writeFileSync(credsFile(home), JSON.stringify({ ...saved, access_token: "" }), { mode: 0o600 });
    const stale = await runCli(["auth", "revoke"], { env: endpoint, home });
    assert.deepEqual([stale.code, stale.stderr], [1, "This token was already revoked.\n"]);
    const use = await runCli(["datasets", "list", "--mine"], { env: endpoint, home });
    assert.equal(use.code, 1);
    assert.equal(
      use.stderr,
      `Kaggle refused the saved login of user 'alice' from ${credsFile(home)}: This login was revoked; run 'kaggle auth login' again\n`,
    );
    assert.ok(!use.stderr.includes(String(saved.refresh_token)));
  });
});
