import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { comp, COMP, rpc } from "./helpers";
import { useEmulator } from "../helpers/emulator";

const LIST_BODY = {
  group: "COMPETITION_LIST_TAB_EVERYTHING",
  category: "HOST_SEGMENT_UNSPECIFIED",
  sortBy: "COMPETITION_SORT_BY_BEST",
  search: "",
};

describe("RPC transport", () => {
  const emu = useEmulator();

  test("answers under /api/v1 and /v1 with JSON and no version header", async () => {
    for (const prefix of ["/api/v1", "/v1"]) {
      const r = await comp(emu, "ListCompetitions", LIST_BODY, { prefix });
      assert.equal(r.status, 200, r.text);
      assert.match(r.headers.get("content-type")!, /^application\/json/);
      assert.equal(r.headers.get("x-kaggle-apiversion"), null);
      assert.ok(Array.isArray(r.json.competitions));
    }
  });

  test("unknown service or method → 404 JSON {code, message}", async () => {
    for (const [svc, m] of [
      [COMP, "NoSuchMethod"],
      ["nope.NopeService", "List"],
    ] as const) {
      const r = await rpc(emu, svc, m, {});
      assert.equal(r.status, 404);
      assert.equal(r.json.code, 404);
      assert.match(String(r.json.message), /Unknown RPC/);
    }
    const other = await fetch(`${emu.url}/nothing/here`);
    assert.equal(other.status, 404);
    assert.equal(((await other.json()) as { code: number }).code, 404);
  });

  test("non-POST on an RPC path → 405", async () => {
    const r = await fetch(`${emu.url}/api/v1/${COMP}/ListCompetitions`);
    assert.equal(r.status, 405);
    assert.equal(r.headers.get("allow"), "POST");
    assert.equal(((await r.json()) as { code: number }).code, 405);
  });

  test("strict validation: unknown field, wrong type, unknown enum, invalid JSON", async () => {
    let r = await comp(emu, "ListCompetitions", { ...LIST_BODY, bogus: 1 });
    assert.equal(r.status, 400);
    assert.deepEqual(r.json, { code: 400, message: 'Invalid JSON payload received. Unknown name "bogus": Cannot find field.' });
    r = await comp(emu, "ListCompetitions", { ...LIST_BODY, page: "2" });
    assert.equal(r.status, 400);
    assert.match(String(r.json.message), /Invalid value for field 'page': expected an integer, got string "2"/);
    r = await comp(emu, "ListCompetitions", { ...LIST_BODY, page: 1.5 });
    assert.equal(r.status, 400);
    r = await comp(emu, "ListCompetitions", { ...LIST_BODY, sortBy: "LATEST" });
    assert.equal(r.status, 400);
    assert.equal(r.json.message, `Invalid value for field 'sortBy': unknown enum value "LATEST"`);
    r = await comp(emu, "ListCompetitions", { ...LIST_BODY, sortBy: 4 });
    assert.equal(r.status, 400);
    r = await comp(emu, "ListCompetitions", { ...LIST_BODY, search: 5 });
    assert.match(String(r.json.message), /field 'search': expected a string/);
    r = await rpc(emu, COMP, "ListCompetitions", undefined, { raw: "{nope" });
    assert.equal(r.status, 400);
    r = await comp(emu, "ListDataFiles", { pageSize: 20 });
    assert.equal(r.status, 400);
    assert.match(String(r.json.message), /'competitionName': is required/);
  });

  test("accepts explicitly sent defaults, an empty body and an empty User-Agent", async () => {
    for (const extra of [{ page: -1 }, { page: 0 }, { pageSize: 20 }, { search: "" }, {}]) {
      const r = await comp(emu, "ListCompetitions", { ...LIST_BODY, ...extra });
      assert.equal(r.status, 200, JSON.stringify(extra) + r.text);
    }
    const r = await rpc(emu, COMP, "ListCompetitions", undefined, { raw: "" });
    assert.equal(r.status, 200);
    const subs = await comp(emu, "ListSubmissions", { competitionName: "spaceship-survival", page: -1 });
    assert.equal(subs.status, 200);
  });

  test("auth: missing/bad credentials → 401, Basic and Bearer accepted", async () => {
    for (const auth of [
      "none",
      { header: "Basic " + Buffer.from("alice:wrong").toString("base64") },
      { header: "Bearer KGAT_nope" },
      { header: "Weird x" },
    ] as const) {
      const r = await comp(emu, "ListCompetitions", LIST_BODY, { auth });
      assert.equal(r.status, 401, JSON.stringify(auth));
      assert.deepEqual(r.json, { code: 401, message: "Unauthenticated" });
    }
    assert.equal((await comp(emu, "ListCompetitions", LIST_BODY, { auth: "bearer" })).status, 200);
    assert.equal((await comp(emu, "ListCompetitions", LIST_BODY, { auth: "basic" })).status, 200);
  });

  test("IntrospectToken: active for a valid token, 200 {active:false} otherwise", async () => {
    const ok = await rpc(emu, "security.OAuthService", "IntrospectToken", { token: emu.credentials.token }, { auth: "bearer" });
    assert.equal(ok.status, 200);
    assert.equal(ok.json.active, true);
    assert.equal(ok.json.username, "alice");
    assert.equal(ok.json.userId, 1001);
    assert.equal(ok.json.scope, "resources.admin:*");
    assert.ok(ok.json.clientId);
    const bad = await rpc(emu, "security.OAuthService", "IntrospectToken", { token: "KGAT_bad" }, { auth: { header: "Bearer KGAT_bad" } });
    assert.equal(bad.status, 200);
    assert.deepEqual(bad.json, { active: false });
  });

  test("timestamps: no fraction when zero; default fields omitted", async () => {
    const r = await comp(emu, "ListCompetitions", { ...LIST_BODY, search: "spaceship" });
    const c = (r.json.competitions as Record<string, unknown>[])[0]!;
    assert.equal(c.deadline, "2030-01-01T00:00:00Z");
    assert.equal(c.ref, "https://www.kaggle.com/competitions/spaceship-survival");
    assert.equal(c.category, "Getting Started");
    assert.equal(c.reward, "Knowledge");
    assert.equal(c.submissionsDisabled, undefined);
    assert.equal(c.awardsPoints, undefined);
  });
});

describe("--lenient", () => {
  const emu = useEmulator({ scenario: "empty", lenient: true });

  test("ignores unknown fields but still rejects wrong types and enums", async () => {
    assert.equal((await comp(emu, "ListCompetitions", { ...LIST_BODY, bogus: { x: 1 } })).status, 200);
    assert.equal((await comp(emu, "ListCompetitions", { ...LIST_BODY, page: "x" })).status, 400);
    assert.equal((await comp(emu, "ListCompetitions", { ...LIST_BODY, group: "EVERYTHING" })).status, 400);
  });

  test("empty scenario has one user and no competitions", async () => {
    assert.equal(emu.state.users.length, 1);
    const r = await comp(emu, "ListCompetitions", LIST_BODY);
    assert.deepEqual(r.json, {});
  });
});
