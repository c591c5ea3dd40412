/**
 * Timeouts that bound: a server that trickles (one byte now and then, which resets an ordinary
 * idle timeout every time) must fail the transfer after the configured stall window. The
 * windows here are a fraction of a second; the defaults are 120 s.
 */
import assert from "node:assert/strict";
import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { downloadFile } from "../../src/core/http/download";
import { silentLogger } from "../../src/core/env";
import { ConnectionError } from "../../src/core/errors";
import { Transport } from "../../src/core/http/transport";
import { uploadFile } from "../../src/core/http/upload";
import { FakeClock } from "../helpers/clock";

const WINDOW_MS = 300;
/** The trickle stops after this long so that a client without a stall check still ends. */
const TRICKLE_FOR_MS = 3_000;

/** Calls `write` every 30 ms, `total` times at most and for at most TRICKLE_FOR_MS, then `end`. */
function trickle(write: (b: Buffer) => void, end: () => void, total: number): void {
  let sent = 0;
  const started = Date.now();
  const timer = setInterval(() => {
    if (sent >= total || Date.now() - started > TRICKLE_FOR_MS) {
      clearInterval(timer);
      end();
      return;
    }
    write(Buffer.from("x"));
    sent++;
  }, 30);
}

async function listen(server: http.Server | net.Server): Promise<{ url: string; close: () => Promise<void> }> {
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((r) => {
        if (server instanceof http.Server) server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

function tmp(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "timeouts-"));
}

/** Downloads `url` with the short stall window and one attempt, and expects the stall error. */
async function expectStall(url: string, extra: { proxy?: string } = {}): Promise<void> {
  const name = path.basename(new URL(url).pathname);
  const dest = path.join(tmp(), name);
  await assert.rejects(
    downloadFile({
      source: async () => ({ url }),
      dest,
      logger: silentLogger,
      clock: new FakeClock(),
      idleTimeoutMs: WINDOW_MS,
      retry: { maxAttempts: 1 },
      ...extra,
    }),
    /failed: stalled: less than 1 KiB moved in 0\.3 s/,
  );
  assert.ok(!fs.existsSync(dest), "no file under the final name");
}

test("a download body that trickles fails after the stall window, and says so", async () => {
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { "Content-Length": "1000" });
    trickle(
      (b) => res.write(b),
      () => res.destroy(),
      1000,
    );
  });
  const srv = await listen(server);
  try {
    const d = tmp();
    await assert.rejects(
      downloadFile({
        source: async () => ({ url: `${srv.url}/slow.bin` }),
        dest: path.join(d, "slow.bin"),
        logger: silentLogger,
        clock: new FakeClock(),
        idleTimeoutMs: WINDOW_MS,
        retry: { maxAttempts: 1 },
      }),
      /Transfer from http:\/\/127\.0\.0\.1:\d+\/slow\.bin failed: stalled: less than 1 KiB moved in 0\.3 s/,
    );
    assert.ok(!fs.existsSync(path.join(d, "slow.bin")));
  } finally {
    await srv.close();
  }
});

test("a large download (the fast path) that trickles fails after the stall window", async () => {
  const size = 16 << 20;
  const server = http.createServer((req, res) => {
    const range = /^bytes=(\d+)-$/.exec(String(req.headers.range ?? ""));
    const start = range ? Number(range[1]) : 0;
    res.writeHead(range ? 206 : 200, {
      "Content-Length": String(size - start),
      "Accept-Ranges": "bytes",
      ...(range ? { "Content-Range": `bytes ${start}-${size - 1}/${size}` } : {}),
    });
    if (!range) {
      res.end(Buffer.alloc(size));
      return;
    }
    trickle(
      (b) => res.write(b),
      () => res.destroy(),
      size,
    );
  });
  const srv = await listen(server);
  try {
    await expectStall(`${srv.url}/big.bin`);
  } finally {
    await srv.close();
  }
});

/** A server that reads the whole upload, then trickles its answer's head byte by byte. */
function tricklingAnswer(): net.Server {
  return net.createServer((socket) => {
    let started = false;
    socket.on("data", (chunk: Buffer) => {
      const head = /content-length: (\d+)/i.exec(chunk.toString("latin1"));
      if (head && !started) {
        started = true;
        const answer = Buffer.from(`HTTP/1.1 201 Created\r\nX-Padding: ${"p".repeat(400)}\r\nContent-Length: 0\r\n\r\n`);
        let i = 0;
        trickle(
          () => socket.write(answer.subarray(i, ++i)),
          () => socket.end(answer.subarray(i)),
          answer.length,
        );
      }
    });
    socket.on("error", () => {});
  });
}

for (const [label, bytes] of [
  ["small", 10_000],
  ["large (the fast path)", 9 << 20],
] as const) {
  test(`a ${label} upload whose answer trickles fails after the stall window`, async () => {
    const srv = await listen(tricklingAnswer());
    try {
      const file = path.join(tmp(), "up.bin");
      fs.writeFileSync(file, Buffer.alloc(bytes, 7));
      await assert.rejects(
        uploadFile({
          url: `${srv.url}/upload/1`,
          file,
          size: bytes,
          logger: silentLogger,
          clock: new FakeClock(),
          idleTimeoutMs: WINDOW_MS,
          retry: { maxAttempts: 1 },
        }),
        /failed: stalled: less than 1 KiB moved in 0\.3 s/,
      );
    } finally {
      await srv.close();
    }
  });
}

test("a download that fails after its first answer closes that connection (nothing keeps the process alive)", { timeout: 20_000 }, async () => {
  let closed!: Promise<void>;
  const server = http.createServer((_req, res) => {
    closed = new Promise((r) => res.socket!.once("close", () => r()));
    res.writeHead(200, { "Content-Length": String(10 << 20) });
    res.write(Buffer.alloc(256 << 10)); // and then nothing: the server would wait for minutes
  });
  const srv = await listen(server);
  try {
    const notAFolder = path.join(tmp(), "file");
    fs.writeFileSync(notAFolder, "");
    await assert.rejects(
      downloadFile({
        source: async () => ({ url: `${srv.url}/f.bin` }),
        dest: path.join(notAFolder, "f.bin"),
        logger: silentLogger,
        clock: new FakeClock(),
      }),
      /is a file, not a folder/,
    );
    await closed; // the client hung up; without that, this waits for the test's timeout
  } finally {
    await srv.close();
  }
});

test("an RPC answer that trickles fails at the attempt's timeout as a connection error, and is retried", async () => {
  let answers = 0;
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { "Content-Type": "application/json" });
    if (++answers === 2) {
      res.end('{"competitions": []}');
      return;
    }
    res.write("{");
    trickle(
      (b) => res.write(b.toString().replace("x", " ")),
      () => res.end("}"),
      Infinity,
    );
  });
  const srv = await listen(server);
  try {
    const clock = new FakeClock();
    const t = new Transport({ endpoint: srv.url, timeoutMs: WINDOW_MS, clock });
    assert.deepEqual(await t.call("competitions.CompetitionApiService", "ListCompetitions", {}), { competitions: [] });
    assert.equal(answers, 2);
    assert.equal(clock.sleeps.length, 1, "one retry");
    const once = new Transport({ endpoint: srv.url, timeoutMs: WINDOW_MS, clock, retry: { maxAttempts: 1 } });
    await assert.rejects(
      once.call("competitions.CompetitionApiService", "ListCompetitions", {}),
      (err: Error) =>
        err instanceof ConnectionError &&
        /^Could not reach http:\/\/127\.0\.0\.1:\d+\/api\/v1\/competitions\.CompetitionApiService\/ListCompetitions: timed out after 0\.3 s$/.test(
          err.message,
        ),
    );
  } finally {
    await srv.close();
  }
});

test("through a proxy, a download body that trickles fails after the stall window too", async () => {
  const origin = await listen(
    http.createServer((_req, res) => {
      res.writeHead(200, { "Content-Length": "1000" });
      trickle(
        (b) => res.write(b),
        () => res.destroy(),
        1000,
      );
    }),
  );
  // A forward proxy that tunnels CONNECT (undici's proxy agent tunnels even plain HTTP).
  const tunnel = http.createServer();
  tunnel.on("connect", (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    const [host, port] = req.url!.split(":");
    const up = net.connect(Number(port), host!, () => {
      client.write("HTTP/1.1 200 Connection Established\r\n\r\n");
      up.write(head);
      up.pipe(client);
      client.pipe(up);
    });
    up.on("error", () => client.destroy());
    client.on("error", () => up.destroy());
  });
  const proxy = await listen(tunnel);
  try {
    await expectStall(`${origin.url}/slow.bin`, { proxy: proxy.url });
  } finally {
    await proxy.close();
    await origin.close();
  }
});

test("a proxy that never answers the tunnel request fails the download after the timeout", { timeout: 20_000 }, async () => {
  const held = new Set<net.Socket>();
  const blackHole = net.createServer((socket) => {
    held.add(socket);
    socket.on("data", () => {});
  });
  const proxy = await listen(blackHole);
  try {
    await assert.rejects(
      downloadFile({
        source: async () => ({ url: "http://127.0.0.1:9/never.bin" }),
        dest: path.join(tmp(), "never.bin"),
        logger: silentLogger,
        clock: new FakeClock(),
        idleTimeoutMs: WINDOW_MS,
        retry: { maxAttempts: 1 },
        proxy: proxy.url,
      }),
      (err: Error) => err.name === "ConnectionError" && /^Transfer from http:\/\/127\.0\.0\.1:9\/never\.bin failed: timed out$/.test(err.message),
    );
  } finally {
    for (const s of held) s.destroy();
    await proxy.close();
  }
});
