/**
 * What the CLI prints and how it exits when a server (or the endpoint setting) is wrong: one
 * line, a non-zero exit, no retries where another attempt cannot help.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { FakeClock } from "../helpers/clock";
import { runCli } from "../helpers/cli";
import { json, scriptedServer, type Handler } from "../helpers/server";

const creds = { KAGGLE_USERNAME: "alice", KAGGLE_KEY: "0123456789abcdef0123456789abcdef" };

test("an HTTP 302 on an API call is an error, not an empty success", async () => {
  const redirect: Handler = (_req, res) => {
    res.writeHead(302, { Location: "https://elsewhere.example/login?next=x" });
    res.end();
  };
  const srv = await scriptedServer([redirect]);
  try {
    const clock = new FakeClock();
    const r = await runCli(["competitions", "list"], { env: { KAGGLE_API_ENDPOINT: srv.url, ...creds }, clock });
    assert.equal(r.code, 1);
    assert.equal(r.stdout, "");
    assert.match(r.stderr, /^ListCompetitions: the server answered with a redirect \(302 to https:\/\/elsewhere\.example\/login\)/);
    assert.equal(r.stderr.trim().split("\n").length, 1, r.stderr);
    assert.equal(srv.seen.length, 1, "not retried");
  } finally {
    await srv.close();
  }
});

test("an invalid endpoint URL fails at once with one line, no retries", async () => {
  for (const endpoint of ["htp:/x", "ftp://example.com", "not a url"]) {
    const clock = new FakeClock();
    const r = await runCli(["competitions", "list"], { env: { KAGGLE_API_ENDPOINT: endpoint, ...creds }, clock });
    assert.equal(r.code, 1, endpoint);
    assert.match(r.stderr, /^Invalid Kaggle API endpoint '.*': use an http:\/\/ or https:\/\/ URL/, endpoint);
    assert.equal(r.stderr.trim().split("\n").length, 1, r.stderr);
    assert.deepEqual(clock.sleeps, [], `${endpoint}: no retry waits`);
  }
});

test("a refused connection is still retried per policy", async () => {
  const srv = await scriptedServer([json(200, {})]);
  const url = srv.url;
  await srv.close();
  const clock = new FakeClock();
  const r = await runCli(["competitions", "list"], { env: { KAGGLE_API_ENDPOINT: url, ...creds }, clock });
  assert.equal(r.code, 1);
  assert.equal(clock.sleeps.length, 4, r.stderr);
  assert.match(r.stderr, /ECONNREFUSED.*gave up after 5 attempts/);
});
