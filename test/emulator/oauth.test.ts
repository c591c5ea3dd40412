/**
 * The emulator's OAuth RPCs over real HTTP: the code exchange with PKCE and its refusals, access
 * tokens from a refresh token, revoking, introspection of login tokens; and inbox files.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { authorizeUrl, codePageUrl, LOGIN_SCOPES, newPkce, type Pkce } from "../../src/core/oauth-login";
import type { Emulator } from "../../src/emulator/server";
import { approve } from "../helpers/oauth";
import { rpc, start, userAuth } from "./helpers";

const OAUTH = "security.OAuthService";
const ACCOUNT = "users.AccountService";
let emu: Emulator;

before(async () => {
  emu = await start();
});
after(() => emu.close());

/** An approved code for `username` and the PKCE pair it was asked with. */
async function codeFor(username = "alice", redirectUri?: string): Promise<{ code: string; pkce: Pkce }> {
  const pkce = newPkce();
  const url = authorizeUrl(emu.url, { clientId: "kagglesdk", redirectUri: redirectUri ?? codePageUrl(emu.url), scopes: LOGIN_SCOPES, pkce });
  const code = new URL(await approve(url, username)).searchParams.get("code")!;
  return { code, pkce };
}

async function login(username = "alice"): Promise<{ accessToken: string; refreshToken: string }> {
  const { code, pkce } = await codeFor(username);
  const r = await rpc(emu, OAUTH, "ExchangeOAuthToken", { code, codeVerifier: pkce.verifier, grantType: "authorization_code" }, { auth: "none" });
  assert.equal(r.status, 200, r.text);
  return r.json as { accessToken: string; refreshToken: string };
}

async function clock(advanceMs: number): Promise<void> {
  await fetch(`${emu.url}/_emulator/time`, { method: "POST", body: JSON.stringify({ advanceMs }) });
}

describe("ExchangeOAuthToken", () => {
  test("an approved code and its verifier give the user's tokens; the access token authenticates", async () => {
    const { code, pkce } = await codeFor("bob");
    const r = await rpc(emu, OAUTH, "ExchangeOAuthToken", { code, codeVerifier: pkce.verifier, grantType: "authorization_code" }, { auth: "none" });
    assert.equal(r.status, 200, r.text);
    assert.deepEqual(
      { ...r.json, accessToken: typeof r.json.accessToken, refreshToken: typeof r.json.refreshToken },
      {
        accessToken: "string",
        refreshToken: "string",
        tokenType: "Bearer",
        expiresIn: 3600,
        username: "bob",
        userId: emu.state.users.find((u) => u.username === "bob")!.id,
        scope: "resources.admin:*",
      },
    );
    const hello = await rpc(emu, "api.v1.DiagnosticsService", "Hello", {}, { auth: { header: `Bearer ${String(r.json.accessToken)}` } });
    assert.equal(hello.json.userName, "bob");
    const seen = await rpc(emu, OAUTH, "IntrospectToken", { token: r.json.accessToken }, { auth: "none" });
    assert.deepEqual([seen.json.active, seen.json.clientId, seen.json.username], [true, "kagglesdk", "bob"]);
  });

  test("refusals: a wrong verifier, a code used twice, an unknown code, an expired code, a different redirectUri", async () => {
    const call = (body: object) => rpc(emu, OAUTH, "ExchangeOAuthToken", { grantType: "authorization_code", ...body }, { auth: "none" });
    const a = await codeFor();
    const wrong = await call({ code: a.code, codeVerifier: newPkce().verifier });
    assert.deepEqual(
      [wrong.status, wrong.json.message],
      [400, "Invalid codeVerifier: it does not match the code_challenge of the authorization request."],
    );
    assert.equal((await call({ code: a.code, codeVerifier: a.pkce.verifier })).status, 200, "a wrong verifier does not use the code up");
    const twice = await call({ code: a.code, codeVerifier: a.pkce.verifier });
    assert.deepEqual([twice.status, twice.json.message], [400, "This authorization code was already used. Run the login again."]);
    const unknown = await call({ code: "nope", codeVerifier: a.pkce.verifier });
    assert.deepEqual([unknown.status, unknown.json.message], [400, "Invalid authorization code: it was never issued. Run the login again."]);
    const b = await codeFor();
    await clock(10 * 60 * 1000 + 1);
    try {
      const late = await call({ code: b.code, codeVerifier: b.pkce.verifier });
      assert.deepEqual([late.status, late.json.message], [400, "The authorization code has expired. Run the login again."]);
    } finally {
      await clock(-(10 * 60 * 1000 + 1));
    }
    const c = await codeFor("alice", "http://localhost:8123");
    const elsewhere = await call({ code: c.code, codeVerifier: c.pkce.verifier, redirectUri: "http://localhost:8999" });
    assert.equal(elsewhere.status, 400);
    const grant = await call({ grantType: "password" });
    assert.deepEqual([grant.status, grant.json.message], [400, "Unsupported grantType 'password': use authorization_code or refresh_token."]);
  });
});

describe("access tokens from the refresh token, and revoking", () => {
  test("GenerateAccessToken: 12 hours by default, the asked duration, refusals", async () => {
    const { refreshToken } = await login();
    const now = Date.now();
    const def = await rpc(emu, ACCOUNT, "GenerateAccessToken", { refreshToken, apiVersion: "API_VERSION_V1" }, { auth: "none" });
    assert.deepEqual([def.status, def.json.expiresIn, def.json.userName], [200, 43200, "alice"]);
    const short = await rpc(emu, ACCOUNT, "GenerateAccessToken", { refreshToken, expirationDuration: "90s" }, { auth: "none" });
    assert.equal(short.json.expiresIn, 90);
    assert.ok(Math.abs(emu.state.oauth.accessTokens[String(short.json.token)]!.expiresAt - now - 90_000) < 60_000);
    const bad = await rpc(emu, ACCOUNT, "GenerateAccessToken", { refreshToken, expirationDuration: "6h" }, { auth: "none" });
    assert.deepEqual([bad.status, bad.json.message], [400, "Invalid value for field 'expirationDuration': '6h' is not a duration such as '3600s'."]);
    const grant = await rpc(emu, OAUTH, "ExchangeOAuthToken", { grantType: "refresh_token", refreshToken }, { auth: "none" });
    assert.deepEqual([grant.status, grant.json.refreshToken, grant.json.username], [200, refreshToken, "alice"]);
    assert.ok(emu.state.oauth.accessTokens[String(grant.json.accessToken)]);
    const unknown = await rpc(emu, ACCOUNT, "GenerateAccessToken", { refreshToken: "KGRT_nope" }, { auth: "none" });
    assert.deepEqual([unknown.status, unknown.json.message], [400, "Invalid refresh token: it was never issued."]);
    // An expired access token no longer authenticates.
    await clock(91_000);
    try {
      const seen = await rpc(emu, OAUTH, "IntrospectToken", { token: short.json.token }, { auth: "none" });
      assert.equal(seen.json.active, false);
    } finally {
      await clock(-91_000);
    }
  });

  test("ExpireApiToken ends the login and its access tokens; twice is refused", async () => {
    const { accessToken, refreshToken } = await login();
    const r = await rpc(emu, ACCOUNT, "ExpireApiToken", { token: refreshToken, reason: "done" }, { auth: "none" });
    assert.deepEqual([r.status, r.text], [200, "{}"]);
    const hello = await rpc(emu, "api.v1.DiagnosticsService", "Hello", {}, { auth: { header: `Bearer ${accessToken}` } });
    assert.equal(hello.status, 401);
    const again = await rpc(emu, ACCOUNT, "ExpireApiToken", { token: refreshToken }, { auth: "none" });
    assert.deepEqual([again.status, again.json.message], [400, "This token was already revoked."]);
    const renew = await rpc(emu, ACCOUNT, "GenerateAccessToken", { refreshToken }, { auth: "none" });
    assert.deepEqual([renew.status, renew.json.message], [400, "This login was revoked."]);
    const unknown = await rpc(emu, ACCOUNT, "ExpireApiToken", { token: "KGRT_nope" }, { auth: "none" });
    assert.equal(unknown.status, 404);
  });
});

describe("CreateInboxFile", () => {
  async function upload(type: string, auth = userAuth(emu, "alice"), body = "hello"): Promise<string> {
    const start = await rpc(emu, "blobs.BlobApiService", "StartBlobUpload", { type, name: "n.txt", contentLength: body.length }, { auth });
    const { token, createUrl } = start.json as { token: string; createUrl: string };
    if (body) assert.equal((await fetch(createUrl, { method: "PUT", body })).status, 200);
    return token;
  }

  test("refuses other blob types, other users' and unfinished uploads, and bad folders; a token makes one file", async () => {
    const call = (blobFileToken: string, virtualDirectory = "", auth = userAuth(emu, "alice")) =>
      rpc(emu, "admin.InboxFileService", "CreateInboxFile", { virtualDirectory, blobFileToken }, { auth });
    assert.equal((await call(await upload("DATASET"))).status, 400);
    assert.equal((await call(await upload("INBOX", userAuth(emu, "bob")))).status, 403);
    const open = await rpc(
      emu,
      "blobs.BlobApiService",
      "StartBlobUpload",
      { type: "INBOX", name: "big", contentLength: 10 },
      { auth: userAuth(emu, "alice") },
    );
    assert.match((await call(String(open.json.token))).json.message as string, /is not complete/);
    const token = await upload("INBOX");
    const dots = await call(token, "a/../b");
    assert.deepEqual(
      [dots.status, dots.json.message],
      [400, "Invalid virtualDirectory 'a/../b': use folder names separated by '/', without '.', '..' or empty parts."],
    );
    assert.equal((await call(token, "a/b")).status, 200);
    assert.deepEqual(
      emu.state.inbox.files.map((f) => [f.owner, f.virtualDirectory, f.name, f.size]),
      [["alice", "a/b", "n.txt", 5]],
    );
    const twice = await call(token, "a/b");
    assert.match(twice.json.message as string, /already used/);
  });
});
