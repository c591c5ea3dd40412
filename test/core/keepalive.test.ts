/** The kept-alive client for answers read whole (keepalive.ts), against a server that writes raw bytes. */
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import net from "node:net";
import { test } from "node:test";
import zlib from "node:zlib";
import { exchangeWhole, MAX_CONNECTIONS, type WholeRequest } from "../../src/core/http/keepalive";
import { Transport } from "../../src/core/http/transport";

interface Seen {
  /** The connection's number, counted from 0 as they are accepted. */
  conn: number;
  head: string;
  body: Buffer;
}

/**
 * A server that reads each request (head, then a body by its Content-Length) and lets `answer`
 * write whatever bytes it likes to the socket.
 */
async function rawServer(answer: (seen: Seen, socket: net.Socket, n: number) => void) {
  let conns = 0;
  let open = 0;
  let mostOpen = 0;
  let n = 0;
  const sockets = new Set<net.Socket>();
  const srv = net.createServer((socket) => {
    const conn = conns++;
    sockets.add(socket);
    mostOpen = Math.max(mostOpen, ++open);
    socket.on("close", () => {
      open--;
      sockets.delete(socket);
    });
    socket.on("error", () => {});
    let buf = Buffer.alloc(0);
    socket.on("data", (chunk) => {
      buf = Buffer.concat([buf, chunk]);
      for (;;) {
        const end = buf.indexOf("\r\n\r\n");
        if (end === -1) return;
        const head = buf.toString("latin1", 0, end);
        const length = Number(/content-length: *(\d+)/i.exec(head)?.[1] ?? 0);
        if (buf.length < end + 4 + length) return;
        const body = buf.subarray(end + 4, end + 4 + length);
        buf = buf.subarray(end + 4 + length);
        answer({ conn, head, body }, socket, n++);
      }
    });
  });
  await new Promise<void>((r) => srv.listen(0, "127.0.0.1", r));
  return {
    url: new URL(`http://127.0.0.1:${(srv.address() as net.AddressInfo).port}/x`),
    connections: () => conns,
    mostOpen: () => mostOpen,
    close: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        srv.close(() => r());
      }),
  };
}

const request = (url: URL, extra: Partial<WholeRequest> = {}): WholeRequest => ({
  method: "POST",
  url,
  headers: { "Content-Type": "application/json" },
  body: "{}",
  limit: { maxBytes: 1 << 20, tooLarge: () => new Error("too large") },
  ...extra,
});

test("a chunked answer arriving a byte at a time is read whole, trailers skipped, and its connection reused", async () => {
  const srv = await rawServer((_seen, socket) => {
    const wire = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n7;ext=1\r\n, world\r\n0\r\nX-Trailer: 1\r\n\r\n";
    let i = 0;
    const next = () => {
      if (i < wire.length) socket.write(wire[i++]!, next);
    };
    next();
  });
  try {
    for (let i = 0; i < 2; i++) {
      const res = await exchangeWhole(request(srv.url));
      assert.equal(res.status, 200);
      assert.equal(res.body.toString(), "hello, world");
    }
    assert.equal(srv.connections(), 1);
  } finally {
    await srv.close();
  }
});

test("an HTTP/1.0 answer without a length ends with its connection, which is not reused; 100 Continue is skipped", async () => {
  const srv = await rawServer((_seen, socket) => {
    socket.write("HTTP/1.1 100 Continue\r\n\r\n");
    socket.end("HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\nuntil the end");
  });
  try {
    for (let i = 0; i < 2; i++) assert.equal((await exchangeWhole(request(srv.url))).body.toString(), "until the end");
    assert.equal(srv.connections(), 2);
  } finally {
    await srv.close();
  }
});

test("bytes past the answer make the connection unfit for another exchange", async () => {
  const srv = await rawServer((_seen, socket) => socket.write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nokGARBAGE"));
  try {
    for (let i = 0; i < 2; i++) assert.equal((await exchangeWhole(request(srv.url))).body.toString(), "ok");
    assert.equal(srv.connections(), 2);
  } finally {
    await srv.close();
  }
});

test("the request carries Host, Content-Length and the body; a header with a line break is refused before sending", async () => {
  const seen: Seen[] = [];
  const srv = await rawServer((s, socket) => {
    seen.push(s);
    socket.write("HTTP/1.1 204 No Content\r\n\r\n");
  });
  try {
    const res = await exchangeWhole(request(srv.url, { method: "PUT", body: Buffer.from("abc"), headers: { "Content-Range": "bytes 0-2/3" } }));
    assert.equal(res.status, 204);
    assert.match(seen[0]!.head, /^PUT \/x HTTP\/1\.1\r\nHost: 127\.0\.0\.1:\d+\r\nContent-Length: 3\r\nContent-Range: bytes 0-2\/3$/);
    assert.equal(seen[0]!.body.toString(), "abc");
    await assert.rejects(
      exchangeWhole(request(srv.url, { headers: { "User-Agent": "x\r\nEvil: 1" } })),
      /Invalid character in the HTTP header "User-Agent"/,
    );
    assert.equal(seen.length, 1);
  } finally {
    await srv.close();
  }
});

test("an answer past the limit fails with the limit's error, by its Content-Length, by its chunks, and decompressed", async () => {
  const big = Buffer.alloc(4096, "a");
  const gz = zlib.gzipSync(big);
  const srv = await rawServer((seen, socket) => {
    if (seen.head.includes("/length"))
      socket.write(`HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: ${big.length}\r\n\r\n${big}`);
    else if (seen.head.includes("/chunks"))
      socket.write(
        `HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n800\r\n${big.subarray(0, 2048)}\r\n800\r\n${big.subarray(2048)}\r\n0\r\n\r\n`,
      );
    else {
      socket.write(`HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\nContent-Length: ${gz.length}\r\n\r\n`);
      socket.write(gz);
    }
  });
  try {
    for (const where of ["length", "chunks"]) {
      await assert.rejects(
        exchangeWhole(request(new URL(`/${where}`, srv.url), { limit: { maxBytes: 3000, tooLarge: () => new Error("too large") } })),
        /^Error: too large$/,
      );
    }
    // Through the transport: the compressed answer is small, what it unpacks to is not.
    const t = new Transport({ endpoint: srv.url.origin, maxJsonBytes: () => 3000, retry: { maxAttempts: 3 } });
    await assert.rejects(
      t.call("s.S", "M"),
      /M: the server's answer is larger than 0\.00 MiB; if that is expected, raise the limit with KAGGLE_MAX_JSON_MB/,
    );
  } finally {
    await srv.close();
  }
});

test("a body that stops coming fails as stalled; an abort fails with its reason and closes the connection", async () => {
  const srv = await rawServer((seen, socket) => {
    socket.write("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\npartial");
    if (seen.head.includes("/abort")) setTimeout(() => socket.write("more"), 20);
  });
  try {
    await assert.rejects(exchangeWhole(request(srv.url, { stallMs: 150 })), (err: NodeJS.ErrnoException) => err.code === "ESTALLED");
    const ctl = new AbortController();
    const pending = exchangeWhole(request(new URL("/abort", srv.url), { signal: ctl.signal }));
    setTimeout(() => ctl.abort(new Error("stop now")), 60);
    await assert.rejects(pending, /^Error: stop now$/);
  } finally {
    await srv.close();
  }
});

test(`more exchanges at once than ${MAX_CONNECTIONS} connections all complete, never over ${MAX_CONNECTIONS} open`, async () => {
  const srv = await rawServer((seen, socket) => {
    setTimeout(() => socket.write(`HTTP/1.1 200 OK\r\nContent-Length: ${seen.body.length}\r\n\r\n${seen.body}`), 10);
  });
  try {
    const bodies = await Promise.all(Array.from({ length: 80 }, (_, i) => exchangeWhole(request(srv.url, { body: String(i) }))));
    assert.deepEqual(
      bodies.map((r) => r.body.toString()),
      Array.from({ length: 80 }, (_, i) => String(i)),
    );
    assert.ok(srv.mostOpen() <= MAX_CONNECTIONS, `${srv.mostOpen()} open at once`);
  } finally {
    await srv.close();
  }
});

test("a call that gives up waiting for a connection leaves the line to the one behind it", async () => {
  const held: net.Socket[] = [];
  const srv = await rawServer((seen, socket) => {
    if (seen.body.toString() === "hold") held.push(socket);
    else socket.write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
  });
  try {
    // Every connection busy with an answer that does not come.
    const busy = Array.from({ length: MAX_CONNECTIONS }, () => exchangeWhole(request(srv.url, { body: "hold" })).catch(() => undefined));
    while (held.length < MAX_CONNECTIONS) await new Promise((r) => setTimeout(r, 5));
    const ctl = new AbortController();
    const quitter = exchangeWhole(request(srv.url, { signal: ctl.signal }));
    const next = exchangeWhole(request(srv.url));
    ctl.abort(new Error("gave up"));
    await assert.rejects(quitter, /gave up/);
    // One connection comes free: it goes to the call still waiting, not to the one that left.
    held[0]!.write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
    const res = await Promise.race([next, new Promise<"stuck">((r) => setTimeout(() => r("stuck"), 5_000))]);
    assert.notEqual(res, "stuck", "the waiting call never got the connection that came free");
    for (const s of held.slice(1)) s.destroy();
    await Promise.all(busy);
  } finally {
    await srv.close();
  }
});

test("a kept-alive idle connection does not keep the process alive", async () => {
  const srv = await rawServer((_seen, socket) => socket.write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"));
  try {
    const script = `import { exchangeWhole } from "./src/core/http/keepalive.ts";
      const res = await exchangeWhole({ method: "GET", url: new URL(${JSON.stringify(srv.url.href)}), headers: {}, limit: { maxBytes: 10, tooLarge: () => new Error("x") } });
      console.log(res.body.toString());`;
    const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (c) => (out += c));
    const code = await new Promise<number | null>((resolve, reject) => {
      const timer = setTimeout(() => {
        child.kill();
        reject(new Error("the process stayed alive with an idle connection"));
      }, 20_000);
      child.once("exit", (c) => {
        clearTimeout(timer);
        resolve(c);
      });
    });
    assert.equal(code, 0);
    assert.equal(out.trim(), "ok");
  } finally {
    await srv.close();
  }
});
