/**
 * Following a run's log against fake servers: a dropped stream is opened again and the records
 * the server replays are not repeated; five drops in a row without news end with an error; a
 * finished run's JSON log is read whole; a server error is not retried as a drop.
 */
import assert from "node:assert/strict";
import type http from "node:http";
import { test } from "node:test";
import { KaggleClient } from "../../src/core/client";
import { KaggleApiError } from "../../src/core/errors";
import type { LogEvent } from "../../src/core/resources/kernels";
import { json, scriptedServer, type Handler } from "../helpers/server";

const ref = { owner: "alice", slug: "my-kernel" };

function clientFor(url: string): KaggleClient {
  return new KaggleClient({
    endpoint: url,
    credentials: { method: "LEGACY_API_KEY", username: "alice", key: "k".repeat(32), source: "test" } as never,
    host: { env: {}, home: "/nonexistent", platform: "linux" },
    retry: { maxAttempts: 1 },
  });
}

const record = (data: string, time = 1) => `data: ${JSON.stringify({ stream_name: "stdout", time, data })}\n\n`;

/** Answers SSE with `events`, then either ends the log or cuts the connection. */
function sse(events: string[], end: "end" | "cut"): Handler {
  return (_req, res: http.ServerResponse) => {
    res.writeHead(200, { "Content-Type": "text/event-stream" });
    res.write(events.join(""));
    if (end === "end") res.end("data: END_OF_LOG\n\n");
    else setImmediate(() => res.socket?.destroy());
  };
}

test("a dropped stream is opened again; replayed records are skipped", async () => {
  const server = await scriptedServer([sse([record("a\n"), record("b\n")], "cut"), sse([record("a\n"), record("b\n"), record("c\n")], "end")]);
  try {
    const seen: LogEvent[] = [];
    const n = await clientFor(server.url).kernels.followLog(ref, { onEvent: (e) => seen.push(e), reconnectDelayMs: 0 });
    assert.equal(n, 3);
    assert.deepEqual(
      seen.map((e) => e.data),
      ["a\n", "b\n", "c\n"],
    );
    assert.equal(server.seen.length, 2);
    assert.equal(server.seen[0]!.method, "GET");
    assert.equal(server.seen[0]!.url, "/api/v1/kernels/logs/stream/alice/my-kernel");
    assert.equal(server.seen[0]!.headers.accept, "text/event-stream, */*");
    assert.match(String(server.seen[0]!.headers.authorization), /^Basic /);
  } finally {
    await server.close();
  }
});

test("five drops in a row without a new record end the follow with one clear error", async () => {
  const server = await scriptedServer([sse([record("a\n")], "cut"), sse([record("a\n")], "cut")]);
  try {
    const reconnects: number[] = [];
    await assert.rejects(
      clientFor(server.url).kernels.followLog(ref, { onEvent: () => {}, reconnectDelayMs: 0, onReconnect: (n) => reconnects.push(n) }),
      (e: unknown) => e instanceof KaggleApiError && e.message === "Log stream connection failed 5 times with no new data; giving up",
    );
    assert.equal(server.seen.length, 6, "one with news, then five without");
    assert.deepEqual(reconnects, [2, 3, 4]);
  } finally {
    await server.close();
  }
});

test("a finished run answers its whole log as JSON; non-JSON lines become records", async () => {
  const log = [
    { stream_name: "stdout", time: 0.5, data: "x\n" },
    { stream_name: "stderr", time: 0.7, data: "y\n" },
  ];
  const server = await scriptedServer([json(200, log), (_q, res) => res.writeHead(200, { "Content-Type": "text/plain" }).end("one\ntwo\n")]);
  try {
    const seen: LogEvent[] = [];
    await clientFor(server.url).kernels.followLog(ref, { onEvent: (e) => seen.push(e) });
    assert.deepEqual(seen, log);
    const lines: LogEvent[] = [];
    await clientFor(server.url).kernels.followLog({ ...ref, version: 3 }, { onEvent: (e) => lines.push(e) });
    assert.deepEqual(lines, [{ data: "one" }, { data: "two" }]);
    assert.equal(server.seen[1]!.url, "/api/v1/kernels/logs/stream/alice/my-kernel/3");
  } finally {
    await server.close();
  }
});

test("403 from the stream is an error at once, not a drop", async () => {
  const server = await scriptedServer([json(403, { code: 403, message: "Permission 'kernels.get' was denied" })]);
  try {
    await assert.rejects(
      clientFor(server.url).kernels.followLog(ref, { onEvent: () => {}, reconnectDelayMs: 0 }),
      (e: unknown) => e instanceof KaggleApiError && e.status === 403,
    );
    assert.equal(server.seen.length, 1);
  } finally {
    await server.close();
  }
});
