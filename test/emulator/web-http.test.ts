/** The web view over plain HTTP: which paths it answers, with what headers, and what it leaves to the API. */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { escapeHtml, html } from "../../src/emulator/web/html";
import type { Emulator } from "../../src/emulator/server";
import { comp, start } from "./helpers";
import { HOSTILE, webWorldYaml } from "./web-world";

describe("web view over HTTP", () => {
  let emu: Emulator;
  before(async () => {
    emu = await start({ scenarioYaml: webWorldYaml() });
  });
  after(() => emu.close());

  const get = (path: string, headers: Record<string, string> = {}, method = "GET") => fetch(`${emu.url}${path}`, { method, headers });

  test("pages are HTML with a strict content security policy; the stylesheet and script are served", async () => {
    const r = await get("/competitions/tiny-web/leaderboard");
    assert.equal(r.status, 200);
    assert.equal(r.headers.get("content-type"), "text/html; charset=utf-8");
    assert.match(r.headers.get("content-security-policy") ?? "", /default-src 'none'; script-src 'self'/);
    assert.equal(r.headers.get("cache-control"), "no-store");
    const body = await r.text();
    assert.ok(!body.includes(HOSTILE), "the hostile name never appears unescaped");
    assert.ok(body.includes(escapeHtml(`Rivals ${HOSTILE}`)));
    for (const asset of ["/static/emulator/style.css", "/static/emulator/live.js"]) {
      const a = await get(asset);
      assert.equal(a.status, 200, asset);
      assert.match(a.headers.get("content-type") ?? "", asset.endsWith(".css") ? /^text\/css/ : /^text\/javascript/);
    }
  });

  test("HEAD answers the headers without a body", async () => {
    const r = await get("/", {}, "HEAD");
    assert.equal(r.status, 200);
    assert.ok(Number(r.headers.get("content-length")) > 0);
    assert.equal((await r.arrayBuffer()).byteLength, 0);
  });

  test("a missing thing is a 404 page; an unknown path stays the API's JSON 404 unless a browser asks", async () => {
    const missing = await get("/competitions/no-such-comp");
    assert.equal(missing.status, 404);
    assert.match(await missing.text(), /No competition &#39;no-such-comp&#39; in this world/);
    const secret = await get("/datasets/bob/bob-secret");
    assert.equal(secret.status, 404, "a private dataset is not shown to another user");
    assert.equal((await get("/datasets/bob/bob-secret?user=bob")).status, 200, "but is to its owner");
    assert.equal((await get("/models/bob/bob-model")).status, 404, "a private model is not shown to another user");
    assert.equal((await get("/models/bob/bob-model?user=bob")).status, 200, "but is to its owner");
    assert.equal((await get("/models/alice/web-model/pytorch/default/2")).status, 200, "kagglehub's instance and version links land on the model");
    assert.equal((await get("/models/alice/no-such-model")).status, 404);
    assert.equal((await get("/competitions/unlaunched-web")).status, 404, "an unlaunched competition is hidden from all but its host");
    assert.equal((await get("/competitions/unlaunched-web?user=bob")).status, 200);
    const api = await get("/no/such/page");
    assert.equal(api.status, 404);
    assert.equal(api.headers.get("content-type"), "application/json; charset=utf-8");
    const browser = await get("/no/such/page", { Accept: "text/html,application/xhtml+xml" });
    assert.equal(browser.status, 404);
    assert.match(browser.headers.get("content-type") ?? "", /^text\/html/);
  });

  test("a notebook version also at /code/<owner>/<slug>/versions/<N>, the form kagglehub links to", async () => {
    const v1 = await get("/code/alice/web-notebook/versions/1");
    assert.equal(v1.status, 200);
    assert.match(await v1.text(), /version 1\s*<span class="badge ok"\s+id="status">COMPLETE<\/span>/);
    assert.equal((await get("/code/alice/web-notebook/versions/9")).status, 404);
  });

  test("output files: text shown as text, anything else downloaded, never rendered", async () => {
    const html = await (await get("/code/alice/web-notebook?version=1")).text();
    const hrefs = [...html.matchAll(/href="(\/code\/alice\/web-notebook\/output\?[^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, "&"));
    assert.equal(hrefs.length, 3);
    const csv = await get(hrefs.find((h) => h.includes("submission.csv"))!);
    assert.equal(csv.status, 200);
    assert.equal(csv.headers.get("content-type"), "text/plain; charset=utf-8");
    assert.equal(await csv.text(), "id,y\n1,a\n");
    const page = await get(hrefs.find((h) => h.includes("report"))!);
    assert.equal(page.status, 200);
    assert.equal(page.headers.get("content-type"), "application/octet-stream");
    assert.match(page.headers.get("content-disposition") ?? "", /^attachment; filename\*=UTF-8''script%3E%22%27%26\.html$/);
    assert.equal(page.headers.get("content-security-policy"), "default-src 'none'; sandbox");
    assert.equal(await page.text(), HOSTILE);
    assert.equal((await get("/code/alice/web-notebook/output?file=nope.csv")).status, 404);
  });

  test("RPCs, admin endpoints and GETs on RPC paths are untouched", async () => {
    assert.equal((await comp(emu, "ListCompetitions", {})).status, 200);
    assert.equal((await get("/api/v1/competitions.CompetitionApiService/ListCompetitions")).status, 405);
    assert.equal((await get("/_emulator/health")).status, 200);
    assert.equal((await fetch(`${emu.url}/competitions/tiny-web`, { method: "POST" })).status, 404);
  });

  test("?user= chooses the viewer and links keep it; an unknown name falls back to the default user", async () => {
    const bob = await (await get("/?user=bob")).text();
    assert.match(bob, /Viewing as <a href="\/bob\?user=bob">bob<\/a> \(chosen with \?user=\)/);
    assert.match(bob, /href="\/competitions\/tiny-web\?user=bob"/);
    const unknown = await (await get("/?user=nobody")).text();
    assert.match(unknown, /Viewing as <a href="\/alice">alice<\/a> \(no user &#39;nobody&#39;, so the emulator&#39;s default user/);
  });

  test("the escape helper: every interpolation is escaped, nested html`` is kept", () => {
    assert.equal(
      html`<b title="${`"'<>&`}">${html`<i>${"<x>"}</i>`}${[1, "<", false, null, undefined]}</b>`.text,
      `<b title="&quot;&#39;&lt;&gt;&amp;"><i>&lt;x&gt;</i>1&lt;</b>`,
    );
  });
});
