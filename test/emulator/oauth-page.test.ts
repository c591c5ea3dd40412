/**
 * The emulator's OAuth login pages in a real headless Chromium: the approval form renders, a
 * click approves as the chosen user, the code page shows a code that the token RPC accepts,
 * and a whole `kaggle auth login` completes with the browser bringing the code home.
 */
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { KaggleClient } from "../../src/core/client";
import { authorizeUrl, codePageUrl, LOGIN_SCOPES, newPkce } from "../../src/core/oauth-login";
import { OAUTH_CLIENT_ID } from "../../src/core/resources/auth";
import { startEmulator, type Emulator } from "../../src/emulator/server";
import { chromiumPath, launchBrowser, type Browser, type Page } from "../helpers/browser";
import { tempHome } from "../helpers/cli";
import { startLogin } from "../helpers/oauth";

const skip =
  !chromiumPath() && !process.env.CI ? "chromium is not installed (apt-get install -y --no-install-recommends chromium, or set CHROMIUM)" : false;

describe("OAuth pages in Chromium", { skip }, () => {
  let emu: Emulator;
  let browser: Browser;
  let page: Page;

  before(async () => {
    emu = await startEmulator({ port: 0, scenario: "demo", log: () => {} });
    browser = await launchBrowser();
    page = await browser.newPage();
  });
  after(async () => {
    await browser?.close();
    await emu?.close();
  });

  const client = () => new KaggleClient({ host: { env: {}, home: tempHome(), platform: "linux" }, endpoint: emu.url });

  test("approve as a chosen user: the code page's code is exchanged for that user's tokens", async () => {
    const pkce = newPkce();
    await page.goto(authorizeUrl(emu.url, { clientId: OAUTH_CLIENT_ID, redirectUri: codePageUrl(emu.url), scopes: LOGIN_SCOPES, pkce }));
    assert.equal(await page.evaluate("document.title"), "Sign in to Kaggle");
    assert.equal(await page.evaluate("document.getElementById('client').textContent"), "kagglesdk");
    const users = await page.evaluate<string[]>("[...document.querySelectorAll('input[name=username]')].map((i) => i.value)");
    assert.deepEqual(
      users,
      emu.state.users.map((u) => u.username),
    );
    await page.evaluate("document.querySelector('input[value=bob]').click()");
    await page.navigateBy("document.getElementById('allow').click()");
    const here = new URL(await page.evaluate<string>("location.href"));
    assert.equal(`${here.origin}${here.pathname}`, codePageUrl(emu.url));
    assert.equal(here.searchParams.get("state"), pkce.state);
    const code = await page.evaluate<string>("document.getElementById('code').textContent");
    assert.equal(code, here.searchParams.get("code"));
    const tokens = await client().auth.exchangeCode(code, pkce.verifier);
    assert.equal(tokens.username, "bob");
    assert.equal((await client().auth.introspect(tokens.accessToken!)).username, "bob");
    // A code works once.
    await assert.rejects(client().auth.exchangeCode(code, pkce.verifier), /already used/);
  });

  test("deny: the code page says so and no code is issued", async () => {
    const codes = Object.keys(emu.state.oauth.codes).length;
    await page.goto(authorizeUrl(emu.url, { clientId: OAUTH_CLIENT_ID, redirectUri: codePageUrl(emu.url), scopes: LOGIN_SCOPES, pkce: newPkce() }));
    await page.navigateBy("document.getElementById('deny').click()");
    assert.equal(await page.evaluate("document.getElementById('error').textContent"), "The request was denied.");
    assert.equal(Object.keys(emu.state.oauth.codes).length, codes);
  });

  test("a request without PKCE is refused on the page, naming the parameter", async () => {
    await page.goto(`${emu.url}/api/v1/oauth2/authorize?response_type=code&client_id=kagglesdk&redirect_uri=http%3A%2F%2Flocalhost%3A8123&state=s`);
    assert.equal(await page.evaluate("document.title"), "Authorization failed");
    assert.equal(await page.evaluate("document.getElementById('error').textContent"), "code_challenge is missing: the login must use PKCE.");
  });

  test("a whole `kaggle auth login`: the browser approves and brings the code to the CLI's port", async () => {
    const home = tempHome();
    const run = startLogin(["auth", "login"], { KAGGLE_API_ENDPOINT: emu.url, HOME: home, DISPLAY: ":99", BROWSER: "true" });
    const url = await Promise.race([run.url, run.done.then((r) => Promise.reject(new Error(JSON.stringify(r))))]);
    await page.goto(url);
    await page.navigateBy("document.getElementById('allow').click()");
    assert.match(await page.evaluate<string>("location.href"), /^http:\/\/localhost:\d{4}\/\?code=/);
    assert.equal(await page.evaluate("document.querySelector('h1').textContent"), "Authentication Successful!");
    const r = await run.done;
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /You are now logged in as \[alice\]\n\n$/);
    const saved = JSON.parse(fs.readFileSync(path.join(home, ".kaggle", "credentials.json"), "utf8")) as { username: string };
    assert.equal(saved.username, "alice");
  });
});
