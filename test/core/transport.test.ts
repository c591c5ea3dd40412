import assert from "node:assert/strict";
import { test } from "node:test";
import { AuthenticationError, ConnectionError, PermissionDeniedError, NotFoundError, ProtocolError, ServerError } from "../../src/core/errors";
import { resolveEndpoint, rpcUrl, Transport } from "../../src/core/http/transport";
import { FakeClock } from "../helpers/clock";
import { json, scriptedServer, type Handler } from "../helpers/server";

test("endpoint rule: /v1 on api.kaggle.com, /api/v1 everywhere else", () => {
  assert.equal(
    rpcUrl("https://api.kaggle.com", "competitions.CompetitionApiService", "ListCompetitions"),
    "https://api.kaggle.com/v1/competitions.CompetitionApiService/ListCompetitions",
  );
  assert.equal(rpcUrl("http://localhost:7777/", "s.S", "M"), "http://localhost:7777/api/v1/s.S/M");
  assert.equal(resolveEndpoint({}), "https://api.kaggle.com");
  assert.equal(resolveEndpoint({ KAGGLE_API_ENVIRONMENT: "LOCALHOST" }), "http://localhost");
  assert.equal(resolveEndpoint({ KAGGLE_API_ENVIRONMENT: "TEST" }), "http://localhost:7777");
  assert.equal(resolveEndpoint({ KAGGLE_API_ENDPOINT: "http://127.0.0.1:9/", KAGGLE_API_ENVIRONMENT: "LOCALHOST" }), "http://127.0.0.1:9");
});

test("POSTs wire JSON with auth, content type and a user agent", async () => {
  const srv = await scriptedServer([json(200, { competitions: [] })]);
  try {
    const t = new Transport({ endpoint: srv.url, authorization: () => "Basic abc" });
    await t.call("competitions.CompetitionApiService", "ListCompetitions", { search: "", page: undefined, pageSize: 5 });
    const req = srv.seen[0]!;
    assert.equal(req.method, "POST");
    assert.equal(req.url, "/api/v1/competitions.CompetitionApiService/ListCompetitions");
    assert.equal(req.body, '{"search": "", "pageSize": 5}');
    assert.equal(req.headers.authorization, "Basic abc");
    assert.equal(req.headers["content-type"], "application/json");
    assert.match(String(req.headers["user-agent"]), /^kaggle-actions/);
  } finally {
    await srv.close();
  }
});

test("a {code, message} body is an error even under HTTP 200", async () => {
  const srv = await scriptedServer([json(200, { code: 403, message: "denied in 200" })]);
  try {
    const t = new Transport({ endpoint: srv.url });
    await assert.rejects(t.call("s.S", "M"), (e: unknown) => e instanceof PermissionDeniedError && e.message === "denied in 200" && e.status === 403);
  } finally {
    await srv.close();
  }
});

test("error classes follow the status; a bare status gets requests' wording", async () => {
  const srv = await scriptedServer([
    json(401, { code: 401, message: "Unauthenticated" }),
    (_req, res) => {
      res.writeHead(404);
      res.end("nope");
    },
  ]);
  try {
    const t = new Transport({ endpoint: srv.url });
    await assert.rejects(t.call("s.S", "M"), AuthenticationError);
    await assert.rejects(
      t.call("s.S", "M"),
      (e: unknown) =>
        e instanceof NotFoundError && /^404 Client Error: Not Found for url: http:\/\/127\.0\.0\.1:\d+\/api\/v1\/s\.S\/M$/.test(e.message),
    );
  } finally {
    await srv.close();
  }
});

test("answers that break the protocol are ProtocolErrors, asked once", async () => {
  const notJson: Handler = (_req, res) => {
    res.writeHead(200, { "Content-Type": "application/json" });
    res.end("<html>");
  };
  const redirect: Handler = (_req, res) => {
    res.writeHead(302, { Location: "http://elsewhere.invalid/login" });
    res.end();
  };
  const srv = await scriptedServer([notJson, json(200, { competitions: { a: 1 } }), redirect]);
  try {
    const t = new Transport({ endpoint: srv.url, clock: new FakeClock() });
    await assert.rejects(t.call("s.S", "M"), (e: unknown) => e instanceof ProtocolError && e.status === 200 && /not JSON/.test(e.message));
    await assert.rejects(t.call("s.S", "M"), (e: unknown) => e instanceof ProtocolError && /field 'competitions' should be a list/.test(e.message));
    await assert.rejects(t.call("s.S", "M"), (e: unknown) => e instanceof ProtocolError && e.status === 302 && /redirect/.test(e.message));
    assert.equal(srv.seen.length, 3);
  } finally {
    await srv.close();
  }
});

test("503 bursts are retried and a 429's Retry-After is honoured", async () => {
  const srv = await scriptedServer([
    json(503, { code: 503, message: "busy" }),
    json(503, { code: 503, message: "busy" }),
    json(429, { code: 429, message: "TooManyRequests" }, { "Retry-After": "2" }),
    json(200, { ok: true }),
  ]);
  try {
    const clock = new FakeClock();
    const t = new Transport({ endpoint: srv.url, clock, retry: { random: () => 0.5 } });
    assert.deepEqual(await t.call("s.S", "M"), { ok: true });
    assert.equal(srv.seen.length, 4);
    assert.deepEqual(clock.sleeps, [1000, 2000, 2000]);
  } finally {
    await srv.close();
  }
});

test("a persistent 500 fails within the budget with a clear message", async () => {
  const srv = await scriptedServer([json(500, { code: 500, message: "Internal error" })]);
  try {
    const clock = new FakeClock();
    const t = new Transport({ endpoint: srv.url, clock, retry: { maxAttempts: 4 } });
    await assert.rejects(t.call("s.S", "M"), (e: unknown) => e instanceof ServerError && e.message === "Internal error (gave up after 4 attempts)");
    assert.equal(srv.seen.length, 4);
  } finally {
    await srv.close();
  }
});

test("connection refused is a ConnectionError naming the URL", async () => {
  const srv = await scriptedServer([json(200, {})]);
  await srv.close();
  const t = new Transport({ endpoint: srv.url, clock: new FakeClock(), retry: { maxAttempts: 2 } });
  await assert.rejects(
    t.call("s.S", "M"),
    (e: unknown) => e instanceof ConnectionError && e.status === 0 && e.message.startsWith(`Could not reach ${srv.url}/api/v1/s.S/M: ECONNREFUSED`),
  );
});

// The test's own timeout only turns a missing request timeout into a failure instead of a hang.
test("every request has a timeout", { timeout: 30_000 }, async (t) => {
  const srv = await scriptedServer([() => {}]);
  t.signal.addEventListener("abort", () => void srv.close());
  try {
    const t = new Transport({ endpoint: srv.url, timeoutMs: 200, retry: { maxAttempts: 1 } });
    await assert.rejects(t.call("s.S", "M"), /timed out after 0 s|timed out/);
  } finally {
    await srv.close();
  }
});

test("secrets never appear in error messages", async () => {
  const srv = await scriptedServer([json(400, { code: 400, message: "bad key sekrit-key-123 given" })]);
  try {
    const t = new Transport({ endpoint: srv.url, secrets: () => ["sekrit-key-123"] });
    await assert.rejects(t.call("s.S", "M"), (e: unknown) => (e as Error).message === "bad key *** given");
  } finally {
    await srv.close();
  }
});

test("redirect RPCs return the Location; Authorization only for the same origin", async () => {
  const srv = await scriptedServer([
    (_r, res) => {
      res.writeHead(302, { Location: "/files/train.csv?X-Goog-Signature=abc" });
      res.end();
    },
    (_r, res) => {
      res.writeHead(302, { Location: "http://localhost:9/elsewhere.zip" });
      res.end();
    },
  ]);
  try {
    const t = new Transport({ endpoint: srv.url, authorization: () => "Bearer t" });
    const same = await t.resolveRedirect("s.S", "DownloadDataFile", {});
    assert.deepEqual(same, { url: `${srv.url}/files/train.csv?X-Goog-Signature=abc`, authorization: "Bearer t" });
    const other = await t.resolveRedirect("s.S", "DownloadDataFiles", {});
    assert.deepEqual(other, { url: "http://localhost:9/elsewhere.zip" });
  } finally {
    await srv.close();
  }
});
