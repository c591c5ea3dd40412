/** Proxies, debug logging and secrets: the CLI's behaviour that depends on the environment. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { useEmulator } from "../helpers/emulator";
import { runCli } from "../helpers/cli";
import { proxy } from "../helpers/proxy";

const emu = useEmulator();

test("KAGGLE_PROXY routes RPCs and downloads through the proxy", async () => {
  const p = await proxy();
  try {
    const env = { KAGGLE_API_ENDPOINT: emu.url, KAGGLE_USERNAME: "alice", KAGGLE_KEY: emu.credentials.key, KAGGLE_PROXY: p.url };
    const list = await runCli(["c", "list"], { env });
    assert.equal(list.code, 0, list.stderr);
    const dl = await runCli(
      ["c", "download", "spaceship-survival", "-f", "test.csv", "-p", `${process.env.TMPDIR ?? "/tmp"}/proxy-dl-${process.pid}`, "-q", "-o"],
      { env },
    );
    assert.equal(dl.code, 0, dl.stderr);
    const host = new URL(emu.url).host;
    assert.ok(p.seen.length >= 2, `the proxy saw ${JSON.stringify(p.seen)}`);
    assert.ok(p.seen.every((s) => s.includes(host)));
  } finally {
    await p.close();
  }
});

test("VERBOSE=1 logs requests but never the key, the token or the Basic header", async () => {
  const key = emu.credentials.key;
  const basic = Buffer.from(`alice:${key}`).toString("base64");
  const r = await runCli(["c", "files", "spaceship-survival"], {
    env: { KAGGLE_API_ENDPOINT: emu.url, KAGGLE_USERNAME: "alice", KAGGLE_KEY: key, VERBOSE: "1" },
  });
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /\[debug\] POST http:\/\/127\.0\.0\.1:\d+\/api\/v1\/competitions\.CompetitionApiService\/ListDataFiles/);
  for (const secret of [key, basic]) assert.ok(!r.stdout.includes(secret) && !r.stderr.includes(secret));

  const t = await runCli(["config", "view"], { env: { KAGGLE_API_ENDPOINT: emu.url, KAGGLE_API_TOKEN: emu.credentials.token, VERBOSE: "1" } });
  assert.equal(t.code, 0, t.stderr);
  assert.match(t.stdout, /- username: alice\n- auth_method: ACCESS_TOKEN\n/);
  assert.ok(!t.stdout.includes(emu.credentials.token) && !t.stderr.includes(emu.credentials.token));
});
