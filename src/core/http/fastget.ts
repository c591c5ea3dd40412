/**
 * The body of a large download, read straight from the socket into one reused 4 MiB buffer and
 * written to the file in ~1 MiB writes: no per-chunk allocation, so memory stays flat whatever
 * the size, and no stream machinery between the socket and the disk.
 *
 * It handles exactly one case — a `GET` answered with a `Content-Length` body, without
 * transfer or content encoding, over HTTP/1.1 — and reports anything else as
 * {@link FastPathUnavailable} so that the caller uses the general client instead.
 */
import fs from "node:fs";
import type net from "node:net";
import { borrowChecksumBuffer } from "../crc32c";
import { ConnectionError } from "../errors";
import { connect, InterruptedTransfer, parseHead, readyEvent, requestHead, watchProgress } from "./raw-http";
import { printableUrl } from "./transport";

const ARENA_BYTES = 4 << 20;
const WRITE_AT = 1 << 20;

export class FastPathUnavailable extends Error {}

export interface FastGetOptions {
  url: string;
  /** Request headers (Range, If-Range, Authorization, User-Agent). */
  headers: Record<string, string>;
  fd: number;
  /** Where in the file the body's first byte goes. */
  position: number;
  /** The response must be a 206 starting here (or a 200 when this is 0). */
  expectStart: number;
  idleTimeoutMs: number;
  signal?: AbortSignal;
  /** Called after each write with the bytes written (valid only during the call) and the new end of the file. */
  onWritten: (data: Buffer, end: number) => void;
}

/** Resolves with the end position once the whole body is on disk. */
export function fastGet(opts: FastGetOptions): Promise<number> {
  const url = new URL(opts.url);
  if (url.protocol !== "https:" && url.protocol !== "http:") return Promise.reject(new FastPathUnavailable(url.protocol));
  // In the checksum's memory when it is free, so that the CRC-32C of each write needs no copy.
  const loan = borrowChecksumBuffer(ARENA_BYTES);
  const arena = loan?.buffer ?? Buffer.allocUnsafe(ARENA_BYTES);
  return new Promise<number>((resolve, reject) => {
    const body = new BodyReceiver(opts, arena, resolve, reject);
    body.attach(connect(url, body.onread), url);
  }).finally(() => loan?.release());
}

/** One response read into the arena: its header first, then its body, written as it fills. */
class BodyReceiver {
  private filled = 0;
  private headerDone = false;
  private header = Buffer.alloc(0);
  private remaining = 0;
  private pos: number;
  private settled = false;
  private socket: net.Socket | undefined;

  constructor(
    private readonly opts: FastGetOptions,
    private readonly arena: Buffer,
    private readonly resolve: (end: number) => void,
    private readonly reject: (err: Error) => void,
  ) {
    this.pos = opts.position;
  }

  readonly onread = {
    buffer: () => this.arena.subarray(this.filled),
    callback: (n: number, buf: Uint8Array): boolean => this.received(n, buf),
  };

  /** Sends the request once connected and settles on a timeout, a stall, an error or a close. */
  attach(socket: net.Socket, url: URL): void {
    const { opts } = this;
    this.socket = socket;
    const failed = (why: string) => new ConnectionError(`Transfer from ${printableUrl(opts.url)} failed: ${why}`);
    socket.setTimeout(opts.idleTimeoutMs, () => this.finish(failed("timed out")));
    watchProgress(socket, opts.idleTimeoutMs, (err) => this.finish(failed(err.message)));
    socket.once(readyEvent(url), () => socket.write(requestHead("GET", url, { "Accept-Encoding": "identity", ...opts.headers })));
    socket.on("error", (err: NodeJS.ErrnoException) => this.finish(failed(err.code ?? err.message)));
    socket.on("close", () => {
      if (!this.settled) {
        this.finish(failed(this.headerDone ? `the connection closed with ${this.remaining} bytes to go` : "the connection closed before a response"));
      }
    });
    if (opts.signal) {
      if (opts.signal.aborted) this.onAbort();
      else opts.signal.addEventListener("abort", this.onAbort, { once: true });
    }
  }

  private readonly onAbort = () => this.finish(this.opts.signal?.reason instanceof Error ? this.opts.signal.reason : new Error("aborted"));

  private flush(): void {
    let off = 0;
    while (off < this.filled) off += fs.writeSync(this.opts.fd, this.arena, off, this.filled - off, this.pos + off);
    this.pos += this.filled;
    const data = this.arena.subarray(0, this.filled);
    this.filled = 0;
    this.opts.onWritten(data, this.pos);
  }

  private finish(err?: Error): void {
    if (this.settled) return;
    this.settled = true;
    this.opts.signal?.removeEventListener("abort", this.onAbort);
    try {
      if (this.filled > 0) this.flush();
    } catch (e) {
      err ??= e as Error;
    }
    this.socket?.destroy();
    if (err) this.reject(new InterruptedTransfer(err, this.pos));
    else this.resolve(this.pos);
  }

  /** `n` bytes read into the arena (or, before the header is complete, into `buf`). */
  private received(n: number, buf: Uint8Array): boolean {
    if (this.settled) return false;
    if (!this.headerDone) {
      // The header is parsed from a copy; the arena starts over for the body.
      this.header = Buffer.concat([this.header, Buffer.from(buf.buffer, buf.byteOffset, n)]);
      this.parseHeader();
      return true;
    }
    const used = Math.min(n, this.remaining);
    this.filled += used;
    this.remaining -= used;
    try {
      if (this.remaining === 0) this.finish();
      else if (this.filled >= WRITE_AT || ARENA_BYTES - this.filled < 64 << 10) this.flush();
    } catch (err) {
      this.finish(err as Error);
    }
    return true;
  }

  private parseHeader(): void {
    let head;
    try {
      head = parseHead(this.header);
    } catch (err) {
      this.finish(new FastPathUnavailable((err as Error).message));
      return;
    }
    if (!head) return;
    const h = head.headers;
    const start = head.status === 206 ? Number(/^bytes (\d+)-/.exec(h["content-range"] ?? "")?.[1]) : 0;
    const ok =
      (head.status === 206 || (head.status === 200 && this.opts.expectStart === 0)) &&
      start === this.opts.expectStart &&
      /^\d+$/.test(h["content-length"] ?? "") &&
      !h["transfer-encoding"] &&
      (!h["content-encoding"] || h["content-encoding"] === "identity");
    if (!ok) {
      this.finish(new FastPathUnavailable(`status ${head.status}`));
      return;
    }
    this.remaining = Number(h["content-length"]);
    this.headerDone = true;
    this.header = Buffer.alloc(0);
    this.take(head.rest);
  }

  /** Body bytes that arrived in a copied buffer (with the header). */
  private take(chunk: Buffer): void {
    const n = Math.min(chunk.length, this.remaining);
    chunk.copy(this.arena, this.filled, 0, n);
    this.filled += n;
    this.remaining -= n;
    if (this.remaining === 0) this.finish();
    else if (this.filled >= WRITE_AT) this.flush();
  }
}
