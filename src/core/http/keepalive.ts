/**
 * A small HTTP/1.1 client on kept-alive sockets for exchanges whose answer is read whole: the
 * JSON RPCs, and the `PUT`s of small files and upload probes. A thousand small uploads are two
 * thousand such exchanges, and through `node:http` each costs about 0.22 ms of CPU in request
 * objects, agent bookkeeping, streams and ticks; here it is about 0.09 ms (bench/README.md).
 *
 * It speaks only what those exchanges need: a request with its body in memory; an answer framed
 * by `Content-Length`, by chunks, or by the end of the connection, its body gathered up to a
 * limit. Proxies, streamed bodies and large files go through request.ts, wire.ts and the fast
 * paths instead.
 */
import type net from "node:net";
import { connect, MAX_HEAD_BYTES, parseHead, readyEvent, TransferFault, watchBytes, type ResponseHead } from "./raw-http";

/** Connections kept per origin, busy and idle together; more exchanges wait for one. */
export const MAX_CONNECTIONS = 32;

export interface WholeRequest {
  method: "GET" | "POST" | "PUT";
  url: URL;
  /** Without Host and Content-Length, which are added. */
  headers: Record<string, string>;
  body?: Buffer | string | undefined;
  /**
   * The body is kept up to `maxBytes`, past which the exchange fails with `tooLarge()`. Without
   * a limit the body is read to the end (so that the connection can be reused) but not kept.
   */
  limit?: { maxBytes: number; tooLarge: () => Error } | undefined;
  /** Ends the exchange, failing it with the signal's reason. */
  signal?: AbortSignal | undefined;
  /** Fails the exchange (`ESTALLED`) when fewer than 1 KiB move on its socket in a window this long. */
  stallMs?: number | undefined;
  /**
   * Never sent on a kept-alive connection: for a request that must not reach the server twice,
   * since a reset kept-alive connection cannot tell "never received" from "acted on, answer lost".
   */
  fresh?: boolean | undefined;
}

export interface WholeResponse {
  status: number;
  statusText: string;
  /** Lower-case names; repeated headers joined with ", ". */
  headers: Record<string, string>;
  /** As sent: any content encoding is left to the caller. Empty without a `limit`. */
  body: Buffer;
}

/** An exchange that failed on a reused connection before any byte of an answer: sent again on a new one. */
class StaleConnection extends Error {}

/** Sends one request and reads its answer whole. Socket errors keep their `code` (ECONNREFUSED, …). */
export async function exchangeWhole(req: WholeRequest): Promise<WholeResponse> {
  checkHeaders(req.headers);
  const origin = originOf(req.url);
  for (let fresh = req.fresh ?? false; ; fresh = true) {
    const conn = await origin.acquire(req.url, fresh, req.signal);
    try {
      return await conn.exchange(req);
    } catch (err) {
      if (!(err instanceof StaleConnection)) throw err;
      if (req.signal?.aborted) throw req.signal.reason;
    } finally {
      origin.release(conn);
    }
  }
}

const CONTROL = /[\r\n\0]/;

/** Header names and values are written as they are: a line break in one would split the request. */
function checkHeaders(headers: Record<string, string>): void {
  for (const [name, value] of Object.entries(headers)) {
    if (CONTROL.test(name) || CONTROL.test(value) || name.includes(":")) {
      throw new TypeError(`Invalid character in the HTTP header ${JSON.stringify(name)}`);
    }
  }
}

const origins = new Map<string, Origin>();

function originOf(url: URL): Origin {
  const key = `${url.protocol}//${url.host}`;
  let origin = origins.get(key);
  if (!origin) {
    origin = new Origin();
    origins.set(key, origin);
  }
  return origin;
}

/** The connections to one origin: idle ones reused newest first, new ones up to {@link MAX_CONNECTIONS}. */
class Origin {
  private readonly idle: Connection[] = [];
  private open = 0;
  private readonly waiting: (() => void)[] = [];

  async acquire(url: URL, fresh: boolean, signal: AbortSignal | undefined): Promise<Connection> {
    for (;;) {
      signal?.throwIfAborted();
      if (!fresh) {
        for (let conn = this.idle.pop(); conn; conn = this.idle.pop()) if (conn.reusable()) return conn.take();
      }
      if (this.open < MAX_CONNECTIONS) {
        this.open++;
        return new Connection(url, (conn) => this.closed(conn));
      }
      // An idle connection is closed to make room for a fresh one; else wait for one to be released.
      const spare = fresh ? this.idle.shift() : undefined;
      if (spare) {
        spare.close();
        continue;
      }
      await new Promise<void>((resolve, reject) => {
        const wake = () => {
          signal?.removeEventListener("abort", onAbort);
          resolve();
        };
        // A waiter that gives up leaves the line: the next free connection is for the one behind it.
        const onAbort = () => {
          const i = this.waiting.indexOf(wake);
          if (i >= 0) this.waiting.splice(i, 1);
          reject(signal!.reason);
        };
        signal?.addEventListener("abort", onAbort, { once: true });
        this.waiting.push(wake);
      });
    }
  }

  release(conn: Connection): void {
    if (conn.reusable()) this.idle.push(conn.park());
    else conn.close();
    this.waiting.shift()?.();
  }

  private closed(conn: Connection): void {
    this.open--;
    const i = this.idle.indexOf(conn);
    if (i >= 0) this.idle.splice(i, 1);
    this.waiting.shift()?.();
  }
}

/** One answer being read: its head, then its body by the framing the head gives. */
interface Reading {
  req: WholeRequest;
  resolve: (res: WholeResponse) => void;
  reject: (err: Error) => void;
  head: Buffer | undefined;
  res: WholeResponse | undefined;
  /** "length": `left` bytes to come; "chunked": a chunk stream; "close": until the connection ends. */
  framing: "length" | "chunked" | "close";
  left: number;
  parts: Buffer[];
  size: number;
  /** Chunked framing: bytes of an unfinished size line or trailer carried to the next read. */
  carry: Buffer | undefined;
  /** Chunked framing: -1 reading a size line, -2 reading trailers, else bytes left of the chunk (+2 for its CRLF). */
  chunkLeft: number;
  received: boolean;
  stopWatch: () => void;
}

class Connection {
  private readonly socket: net.Socket;
  private ready = false;
  private dead = false;
  private used = false;
  private keep = true;
  private reading: Reading | undefined;

  constructor(
    url: URL,
    private readonly onClose: (conn: Connection) => void,
  ) {
    this.socket = connect(url);
    this.socket.once(readyEvent(url), () => {
      this.ready = true;
    });
    this.socket.on("data", (chunk: Buffer) => this.onData(chunk));
    this.socket.on("end", () => this.onEnd());
    this.socket.on("error", (err) => this.fail(err));
    this.socket.on("close", () => {
      this.fail(Object.assign(new Error("socket hang up"), { code: "ECONNRESET" }));
      this.gone();
    });
  }

  /** Tells the origin once that this connection no longer counts. */
  private gone(): void {
    if (this.dead) return;
    this.dead = true;
    this.onClose(this);
  }

  reusable(): boolean {
    return !this.dead && this.keep && !this.reading;
  }

  take(): this {
    this.socket.ref();
    return this;
  }

  /** Idle: it no longer keeps the process alive. */
  park(): this {
    this.socket.unref();
    return this;
  }

  close(): void {
    this.socket.destroy();
    this.gone();
  }

  exchange(req: WholeRequest): Promise<WholeResponse> {
    const reused = this.used;
    this.used = true;
    return new Promise<WholeResponse>((resolve, reject) => {
      const settle = () => {
        reading.stopWatch();
        req.signal?.removeEventListener("abort", onAbort);
        this.reading = undefined;
      };
      const reading: Reading = {
        req,
        resolve: (res) => {
          settle();
          resolve(res);
        },
        reject: (err) => {
          settle();
          this.keep = false;
          reject(reused && !reading.received && !(err instanceof TransferFault) && !req.signal?.aborted ? new StaleConnection(err.message) : err);
        },
        head: undefined,
        res: undefined,
        framing: "length",
        left: 0,
        parts: [],
        size: 0,
        carry: undefined,
        chunkLeft: -1,
        received: false,
        stopWatch: () => {},
      };
      const onAbort = () => {
        reading.reject(req.signal!.reason instanceof Error ? req.signal!.reason : new Error(String(req.signal!.reason)));
        this.close();
      };
      if (req.signal?.aborted) {
        reject(req.signal.reason);
        return;
      }
      req.signal?.addEventListener("abort", onAbort, { once: true });
      this.reading = reading;
      if (req.stallMs) {
        const socket = this.socket;
        const start = socket.bytesRead + socket.bytesWritten;
        reading.stopWatch = watchBytes(
          () => socket.bytesRead + socket.bytesWritten - start,
          req.stallMs,
          (err) => {
            reading.reject(err);
            this.close();
          },
        );
      }
      this.send(req);
    });
  }

  private send(req: WholeRequest): void {
    const url = req.url;
    const length = req.body === undefined ? (req.method === "GET" ? undefined : 0) : Buffer.byteLength(req.body);
    let head = `${req.method} ${url.pathname}${url.search} HTTP/1.1\r\nHost: ${url.host}\r\n`;
    if (length !== undefined) head += `Content-Length: ${length}\r\n`;
    for (const name in req.headers) head += `${name}: ${req.headers[name]}\r\n`;
    head += "\r\n";
    const write = () => {
      if (typeof req.body === "string") {
        this.socket.write(head + req.body);
      } else if (req.body && req.body.length > 0) {
        this.socket.cork();
        this.socket.write(head, "latin1");
        this.socket.write(req.body);
        this.socket.uncork();
      } else {
        this.socket.write(head, "latin1");
      }
    };
    if (this.ready) write();
    else this.socket.once(readyEvent(url), write);
  }

  private fail(err: Error): void {
    this.reading?.reject(err);
  }

  private onEnd(): void {
    const r = this.reading;
    this.keep = false;
    if (r?.res && r.framing === "close") this.finish(r);
    else this.fail(Object.assign(new Error("the server closed the connection before the whole answer"), { code: "ECONNRESET" }));
    this.socket.end();
  }

  private onData(chunk: Buffer): void {
    const r = this.reading;
    if (!r) {
      // Bytes nobody asked for: the connection cannot be trusted with another exchange.
      this.close();
      return;
    }
    r.received = true;
    try {
      this.consume(r, chunk);
    } catch (err) {
      r.reject(err as Error);
      this.close();
    }
  }

  private consume(r: Reading, chunk: Buffer): void {
    while (!r.res) {
      const buf = r.head ? Buffer.concat([r.head, chunk]) : chunk;
      const head = parseHead(buf);
      if (!head) {
        r.head = Buffer.from(buf);
        return;
      }
      r.head = undefined;
      chunk = head.rest;
      if (head.status < 200) continue; // 100 Continue, 103 Early Hints: the answer follows
      this.frame(r, head);
      if (r.framing === "length" && r.left === 0) {
        this.finish(r);
        return;
      }
    }
    if (r.framing === "chunked") {
      this.consumeChunks(r, chunk);
    } else if (r.framing === "close") {
      this.keepBody(r, chunk);
    } else {
      // Bytes past the answer were never asked for: this connection is not reused.
      if (chunk.length > r.left) this.keep = false;
      this.keepBody(r, chunk.subarray(0, r.left));
      if (r.left === 0) this.finish(r);
    }
  }

  private frame(r: Reading, head: ResponseHead): void {
    const res: WholeResponse = { status: head.status, statusText: head.statusText, headers: head.headers, body: Buffer.alloc(0) };
    r.res = res;
    const connection = (res.headers.connection ?? "").toLowerCase();
    if (head.http10 ? !connection.includes("keep-alive") : connection.includes("close")) this.keep = false;
    const bodiless = res.status === 204 || res.status === 304;
    const encoding = (res.headers["transfer-encoding"] ?? "").toLowerCase();
    const length = res.headers["content-length"];
    if (bodiless) {
      r.framing = "length";
      r.left = 0;
    } else if (encoding.includes("chunked")) {
      r.framing = "chunked";
    } else if (length !== undefined) {
      const n = Number(length);
      if (!/^\d+$/.test(length.trim()) || !Number.isSafeInteger(n)) throw new Error(`invalid Content-Length ${JSON.stringify(length)}`);
      if (r.req.limit && n > r.req.limit.maxBytes) throw r.req.limit.tooLarge();
      r.framing = "length";
      r.left = n;
    } else {
      r.framing = "close";
      this.keep = false;
    }
  }

  private keepBody(r: Reading, data: Buffer): void {
    if (data.length === 0) return;
    if (r.framing === "length") r.left -= data.length;
    const limit = r.req.limit;
    if (!limit) return;
    r.size += data.length;
    if (r.size > limit.maxBytes) throw limit.tooLarge();
    // The socket's chunk may be reused by the next read: the body keeps a copy.
    r.parts.push(Buffer.from(data));
  }

  private consumeChunks(r: Reading, chunk: Buffer): void {
    let buf = r.carry ? Buffer.concat([r.carry, chunk]) : chunk;
    r.carry = undefined;
    while (buf.length > 0) {
      if (r.chunkLeft >= 0) {
        const data = Math.max(0, r.chunkLeft - 2);
        const n = Math.min(r.chunkLeft, buf.length);
        this.keepBody(r, buf.subarray(0, Math.min(n, data)));
        r.chunkLeft -= n;
        buf = buf.subarray(n);
        if (r.chunkLeft === 0) r.chunkLeft = -1;
        continue;
      }
      const eol = buf.indexOf("\r\n");
      if (eol === -1) {
        if (buf.length > MAX_HEAD_BYTES) throw new Error("chunk header too large");
        r.carry = Buffer.from(buf);
        return;
      }
      const line = buf.toString("latin1", 0, eol);
      buf = buf.subarray(eol + 2);
      if (r.chunkLeft === -2) {
        if (line === "") {
          this.finish(r);
          return;
        }
        continue; // a trailer, ignored
      }
      const size = Number.parseInt(line, 16);
      if (!/^[0-9a-fA-F]+/.test(line) || !Number.isSafeInteger(size)) throw new Error(`invalid chunk size ${JSON.stringify(line.slice(0, 20))}`);
      r.chunkLeft = size === 0 ? -2 : size + 2;
    }
  }

  private finish(r: Reading): void {
    const res = r.res!;
    res.body = r.parts.length === 1 ? r.parts[0]! : Buffer.concat(r.parts, r.size);
    r.resolve(res);
  }
}
