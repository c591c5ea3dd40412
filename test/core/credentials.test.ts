import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { KaggleClient } from "../../src/core/client";
import { configDir } from "../../src/core/config";
import { authorizationHeader } from "../../src/core/credentials";
import { MissingCredentialsError } from "../../src/core/errors";

function home(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "creds-"));
}

function client(env: Record<string, string>, h: string): KaggleClient {
  return new KaggleClient({ host: { env, home: h, platform: "linux" } });
}

function writeJson(file: string, value: unknown, mode = 0o600): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(value), { mode });
  fs.chmodSync(file, mode);
}

test("KAGGLE_API_TOKEN wins over an API key, and the key stays as the fallback", () => {
  const h = home();
  writeJson(path.join(h, ".kaggle", "kaggle.json"), { username: "alice", key: "filekey" });
  const c = client({ KAGGLE_API_TOKEN: "KGAT_abc" }, h);
  const creds = c.credentials();
  assert.equal(creds?.method, "ACCESS_TOKEN");
  assert.equal(authorizationHeader(creds!), "Bearer KGAT_abc");
  assert.ok(c.secrets().includes("filekey"));
});

test("KAGGLE_API_TOKEN naming a file reads the file, trimmed", () => {
  const h = home();
  const file = path.join(h, "tok.txt");
  fs.writeFileSync(file, "  KGAT_fromfile\n");
  const creds = client({ KAGGLE_API_TOKEN: file }, h).credentials();
  assert.deepEqual([creds?.method, creds && "token" in creds ? creds.token : ""], ["ACCESS_TOKEN", "KGAT_fromfile"]);
});

test("~/.kaggle/access_token, then access_token.txt; never under KAGGLE_CONFIG_DIR", () => {
  const h = home();
  const other = path.join(h, "cfg");
  fs.mkdirSync(path.join(h, ".kaggle"));
  fs.mkdirSync(other);
  fs.writeFileSync(path.join(other, "access_token"), "ignored");
  fs.writeFileSync(path.join(h, ".kaggle", "access_token.txt"), "KGAT_txt");
  let creds = client({ KAGGLE_CONFIG_DIR: other }, h).credentials();
  assert.equal(creds && "token" in creds ? creds.token : "", "KGAT_txt");
  fs.writeFileSync(path.join(h, ".kaggle", "access_token"), "KGAT_plain");
  creds = client({}, h).credentials();
  assert.equal(creds && "token" in creds ? creds.token : "", "KGAT_plain");
  fs.writeFileSync(path.join(h, ".kaggle", "access_token"), "   ");
  creds = client({}, h).credentials();
  assert.equal(creds && "token" in creds ? creds.token : "", "KGAT_txt", "an empty token file counts as absent");
});

test("kaggle.json first, then KAGGLE_USERNAME/KAGGLE_KEY on top (kaggle 2.x)", () => {
  const h = home();
  writeJson(path.join(h, ".kaggle", "kaggle.json"), { username: "alice", key: "filekey", competition: "titanic" });
  let creds = client({}, h).credentials();
  assert.deepEqual(creds && creds.method === "LEGACY_API_KEY" ? [creds.username, creds.key] : [], ["alice", "filekey"]);
  creds = client({ KAGGLE_USERNAME: "bob", KAGGLE_KEY: "envkey" }, h).credentials();
  assert.deepEqual(creds && creds.method === "LEGACY_API_KEY" ? [creds.username, creds.key] : [], ["bob", "envkey"]);
  const c = client({ KAGGLE_COMPETITION: "spaceship" }, h);
  assert.equal(c.configValue("competition"), "spaceship", "environment overrides the file");
  assert.equal(authorizationHeader({ method: "LEGACY_API_KEY", username: "alice", key: "secretkey", source: "" }), "Basic YWxpY2U6c2VjcmV0a2V5");
});

test("only KAGGLE_USERNAME with no key is not a credential", () => {
  const h = home();
  const c = client({ KAGGLE_USERNAME: "alice" }, h);
  assert.equal(c.credentials(), undefined);
  assert.throws(
    () => c.requireCredentials(),
    (e: unknown) => e instanceof MissingCredentialsError && /KAGGLE_USERNAME and KAGGLE_KEY/.test(e.message),
  );
});

test("config folder: KAGGLE_CONFIG_DIR, ~/.kaggle if it exists, else the XDG folder", () => {
  const h = home();
  const host = (env: Record<string, string>) => ({ env, home: h, platform: "linux" as const });
  assert.equal(configDir(host({ KAGGLE_CONFIG_DIR: "/x/y" })), "/x/y");
  assert.equal(configDir(host({})), path.join(h, ".config", "kaggle"));
  assert.equal(configDir(host({ XDG_CONFIG_HOME: "/xdg" })), "/xdg/kaggle");
  fs.mkdirSync(path.join(h, ".kaggle"));
  assert.equal(configDir(host({ XDG_CONFIG_HOME: "/xdg" })), path.join(h, ".kaggle"));
});

test("the login saved in credentials.json is used last, and only with a refresh token", () => {
  const h = home();
  writeJson(path.join(h, ".kaggle", "credentials.json"), {
    refresh_token: "KGRT_r",
    access_token: "oauth-tok",
    access_token_expiration: new Date(Date.now() + 3600_000).toISOString(),
    username: "carol",
  });
  const creds = client({}, h).credentials();
  assert.equal(creds?.method, "OAUTH");
  assert.equal(authorizationHeader(creds!), "Bearer oauth-tok");
  writeJson(path.join(h, ".kaggle", "kaggle.json"), { username: "alice", key: "filekey" });
  assert.equal(client({}, h).credentials()?.method, "LEGACY_API_KEY");
  fs.rmSync(path.join(h, ".kaggle", "kaggle.json"));
  // No refresh token: no login (kagglesdk KaggleCredentials.load), however fresh the access token.
  writeJson(path.join(h, ".kaggle", "credentials.json"), {
    access_token: "old",
    access_token_expiration: new Date(Date.now() + 3600_000).toISOString(),
  });
  assert.equal(client({}, h).credentials(), undefined);
});

test("warns when kaggle.json is readable by others", () => {
  const h = home();
  writeJson(path.join(h, ".kaggle", "kaggle.json"), { username: "alice", key: "k" }, 0o644);
  const warnings: string[] = [];
  const c = new KaggleClient({
    host: { env: {}, home: h, platform: "linux" },
    logger: { debug() {}, info() {}, warn: (m) => warnings.push(m) },
  });
  c.credentials();
  assert.match(warnings[0] ?? "", /readable by other users.*chmod 600 .*kaggle\.json/);
});
