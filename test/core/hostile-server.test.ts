/**
 * Faulty and hostile servers on 127.0.0.1: every fault is scripted per request, and the client
 * must either end byte-identical or fail with one clear line, within its stated bounds.
 */
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { KaggleClient } from "../../src/core/client";
import { downloadFile } from "../../src/core/http/download";
import { silentLogger, type Logger } from "../../src/core/env";
import { uploadFile } from "../../src/core/http/upload";
import { FakeClock } from "../helpers/clock";
import { scriptedServer, type Handler } from "../helpers/server";

const payload = Buffer.from("0123456789".repeat(1000));

const fileHandler: Handler = (_req, res) => {
  res.writeHead(200, { "Content-Length": String(payload.length) });
  res.end(payload);
};
const status =
  (code: number, headers: Record<string, string> = {}): Handler =>
  (_req, res) => {
    res.writeHead(code, { "Content-Type": "text/plain", ...headers });
    res.end("busy");
  };
const reset: Handler = (_req, res) => res.socket?.destroy();

function dir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "hostile-"));
}

function recording(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return { lines, debug() {}, info: (m) => lines.push(m), warn: (m) => lines.push(m) };
}

test("the first request of a download is retried: 429 with Retry-After, 503, a reset", async () => {
  const srv = await scriptedServer([status(429, { "Retry-After": "2" }), status(503), reset, fileHandler]);
  try {
    const clock = new FakeClock();
    const logger = recording();
    const dest = path.join(dir(), "f.bin");
    const r = await downloadFile({ source: async () => ({ url: `${srv.url}/f.bin` }), dest, logger, clock, retry: { random: () => 0.5 } });
    assert.equal(r.status, "downloaded");
    assert.deepEqual(fs.readFileSync(dest), payload);
    assert.equal(srv.seen.length, 4);
    assert.equal(clock.sleeps[0], 2000, "Retry-After is honoured");
    assert.equal(clock.sleeps.length, 3);
    assert.match(logger.lines.join("\n"), /Download failed .*retrying in/);
  } finally {
    await srv.close();
  }
});

test("the first request of a download gives up after the policy's attempts, with one line", async () => {
  const srv = await scriptedServer([status(503)]);
  try {
    const d = dir();
    await assert.rejects(
      downloadFile({
        source: async () => ({ url: `${srv.url}/f.bin` }),
        dest: path.join(d, "f.bin"),
        logger: silentLogger,
        clock: new FakeClock(),
        retry: { maxAttempts: 3 },
      }),
      (err: Error) => /503 Server Error.*gave up after 3 attempts/.test(err.message) && !err.message.includes("\n"),
    );
    assert.equal(srv.seen.length, 3);
    assert.deepEqual(fs.readdirSync(d), []);
  } finally {
    await srv.close();
  }
});

test("a 404 on the first request of a download is not retried", async () => {
  const srv = await scriptedServer([status(404)]);
  try {
    await assert.rejects(
      downloadFile({
        source: async () => ({ url: `${srv.url}/f.bin` }),
        dest: path.join(dir(), "f.bin"),
        logger: silentLogger,
        clock: new FakeClock(),
      }),
      /404 Client Error/,
    );
    assert.equal(srv.seen.length, 1);
  } finally {
    await srv.close();
  }
});

test("the upload status probe is retried: two 429/503 in a row do not fail the upload", async () => {
  const file = path.join(dir(), "up.bin");
  fs.writeFileSync(file, payload);
  const srv = await scriptedServer([
    status(429, { "Retry-After": "1" }),
    status(503),
    (_req, res) => {
      res.writeHead(308, { Range: "bytes=0-4999", "Content-Length": "0" });
      res.end();
    },
    (_req, res) => {
      res.writeHead(201, { "Content-Length": "0" });
      res.end();
    },
  ]);
  try {
    const clock = new FakeClock();
    const r = await uploadFile({ url: `${srv.url}/upload/1`, file, size: payload.length, logger: silentLogger, clock, resume: true });
    assert.deepEqual(r, { sent: payload.length - 5000, resumedFrom: 5000 });
    assert.equal(srv.seen.length, 4);
    assert.equal(srv.seen[3]!.headers["content-range"], `bytes 5000-${payload.length - 1}/${payload.length}`);
    assert.equal(srv.seen[3]!.body, payload.subarray(5000).toString());
    assert.equal(clock.sleeps[0], 1000);
  } finally {
    await srv.close();
  }
});

test("a download with neither length nor checksum is reported as not verified, never as verified", async () => {
  const unframed: Handler = (_req, res) => {
    // No Content-Length and no chunking: the body ends when the connection closes, so a
    // cut-off body looks exactly like a whole one.
    res.useChunkedEncodingByDefault = false;
    res.shouldKeepAlive = false;
    res.writeHead(200, { Connection: "close" });
    res.end(payload.subarray(0, 1234));
  };
  const srv = await scriptedServer([unframed, fileHandler]);
  try {
    const logger = recording();
    const dest = path.join(dir(), "f.bin");
    const r = await downloadFile({ source: async () => ({ url: `${srv.url}/f.bin` }), dest, logger, clock: new FakeClock() });
    assert.equal(r.verified, "none");
    assert.equal(fs.statSync(dest).size, 1234);
    assert.deepEqual(logger.lines, ["f.bin: not verified: the server sent no length or checksum, so a cut-off download cannot be detected"]);
    const quiet = recording();
    const whole = await downloadFile({ source: async () => ({ url: `${srv.url}/f.bin` }), dest, logger: quiet, clock: new FakeClock(), force: true });
    assert.equal(whole.verified, "length");
    assert.deepEqual(quiet.lines, []);
  } finally {
    await srv.close();
  }
});

test("the client's retry policy reaches downloads", async () => {
  const srv = await scriptedServer([status(503)]);
  try {
    const client = new KaggleClient({ host: { env: {}, home: dir(), platform: "linux" }, clock: new FakeClock(), retry: { maxAttempts: 2 } });
    await assert.rejects(
      client.download({ source: async () => ({ url: `${srv.url}/f.bin` }), dest: path.join(dir(), "f.bin") }),
      /gave up after 2 attempts/,
    );
    assert.equal(srv.seen.length, 2);
  } finally {
    await srv.close();
  }
});
