/** The client's one transfer entry point: its settings reach every transfer. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { KaggleClient } from "../../src/core/client";
import { proxy } from "../helpers/proxy";
import { scriptedServer } from "../helpers/server";

const host = { env: {}, home: "/nonexistent", platform: "linux" as const };

test("the size check of a file goes through the client's proxy", async () => {
  const srv = await scriptedServer([
    (_req, res) => {
      res.writeHead(200, { "Content-Length": "12345" });
      res.end();
    },
  ]);
  const p = await proxy();
  try {
    const client = new KaggleClient({ host, proxy: p.url });
    assert.equal(await client.remoteSize(`${srv.url}/out/submission.csv`), 12345);
    assert.deepEqual(
      srv.seen.map((s) => `${s.method} ${s.url}`),
      ["HEAD /out/submission.csv"],
    );
    assert.equal(p.seen.length, 1, `the proxy saw ${JSON.stringify(p.seen)}`);
    assert.ok(p.seen[0]!.includes(new URL(srv.url).host));
  } finally {
    await p.close();
    await srv.close();
  }
});

test("a size check answered with an error status reports no size", async () => {
  const srv = await scriptedServer([
    (_req, res) => {
      res.writeHead(403, { "Content-Length": "99" });
      res.end();
    },
  ]);
  try {
    assert.equal(await new KaggleClient({ host }).remoteSize(`${srv.url}/x`), undefined);
  } finally {
    await srv.close();
  }
});
