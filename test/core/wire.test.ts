/** RPCs over node:http: one kept-alive connection, a stale one replaced, encoded answers decoded. */
import assert from "node:assert/strict";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { test } from "node:test";
import zlib from "node:zlib";
import { Transport } from "../../src/core/transport";

/** A server whose handler sees the request's body and which connection (client port) carried it. */
async function server(handler: (n: number, port: number, req: http.IncomingMessage, res: http.ServerResponse) => void) {
  let n = 0;
  const s = http.createServer((req, res) => {
    req.resume();
    req.on("end", () => handler(n++, req.socket.remotePort!, req, res));
  });
  await new Promise<void>((r) => s.listen(0, "127.0.0.1", r));
  return {
    url: `http://127.0.0.1:${(s.address() as AddressInfo).port}`,
    close: () => new Promise<void>((r) => (s.closeAllConnections(), s.close(() => r()))),
  };
}

const ok = (res: http.ServerResponse, body: unknown) => {
  res.writeHead(200, { "Content-Type": "application/json" });
  res.end(JSON.stringify(body));
};

test("RPCs one after the other share one kept-alive connection", async () => {
  const ports: number[] = [];
  const srv = await server((n, port, _req, res) => {
    ports.push(port);
    ok(res, { n });
  });
  try {
    const t = new Transport({ endpoint: srv.url });
    for (let i = 0; i < 3; i++) assert.deepEqual(await t.call("s.S", "M"), { n: i });
    assert.equal(new Set(ports).size, 1, `ports ${ports.join(", ")}`);
  } finally {
    await srv.close();
  }
});

test("a call sent on a kept-alive connection the server had dropped is sent again at once on a new one; a create is not", async () => {
  const ports: number[] = [];
  const srv = await server((n, port, req, res) => {
    ports.push(port);
    // Requests 1 and 4 arrive on the previous one's connection, which the server then drops
    // without answering (as a server does with an idle connection it has timed out, or after
    // acting on a request whose answer is lost).
    if (n === 1 || n === 4) req.socket.destroy();
    else ok(res, { n });
  });
  try {
    const t = new Transport({ endpoint: srv.url, retry: { maxAttempts: 1 } });
    assert.deepEqual(await t.call("s.S", "List"), { n: 0 });
    assert.deepEqual(await t.call("s.S", "List"), { n: 2 });
    assert.equal(ports[1], ports[0]);
    assert.notEqual(ports[2], ports[0]);
    assert.deepEqual(await t.call("s.S", "List"), { n: 3 });
    await assert.rejects(t.call("s.S", "Create", {}, { idempotent: false }), /Could not reach .*ECONNRESET/);
    assert.equal(ports[4], ports[3], "the create went on a kept-alive connection");
    assert.equal(ports.length, 5, "and was sent once");
  } finally {
    await srv.close();
  }
});

test("a connection dropped on a new connection is not sent again", async () => {
  let seen = 0;
  const srv = await server((_n, _port, req) => {
    seen++;
    req.socket.destroy();
  });
  try {
    const t = new Transport({ endpoint: srv.url, retry: { maxAttempts: 1 } });
    await assert.rejects(t.call("s.S", "Create", {}, { idempotent: false }), /Could not reach .*ECONNRESET/);
    assert.equal(seen, 1);
  } finally {
    await srv.close();
  }
});

test("gzip and deflate answers are decoded", async () => {
  const srv = await server((n, _port, _req, res) => {
    const body = Buffer.from(JSON.stringify({ n, text: "x".repeat(1000) }));
    res.writeHead(200, { "Content-Type": "application/json", "Content-Encoding": n === 0 ? "gzip" : "deflate" });
    res.end(n === 0 ? zlib.gzipSync(body) : zlib.deflateSync(body));
  });
  try {
    const t = new Transport({ endpoint: srv.url });
    assert.deepEqual(await t.call("s.S", "M"), { n: 0, text: "x".repeat(1000) });
    assert.deepEqual(await t.call("s.S", "M"), { n: 1, text: "x".repeat(1000) });
  } finally {
    await srv.close();
  }
});
