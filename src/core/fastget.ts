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
import { ConnectionError } from "./errors";
import { connect, parseHead, readyEvent, requestHead, watchProgress } from "./raw-http";
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
  /** Called after each write with the new end of the file. */
  onWritten: (end: number, bytes: number) => void;
}

/** Resolves with the end position once the whole body is on disk. */
export function fastGet(opts: FastGetOptions): Promise<number> {
  const url = new URL(opts.url);
  if (url.protocol !== "https:" && url.protocol !== "http:") return Promise.reject(new FastPathUnavailable(url.protocol));
  const arena = Buffer.allocUnsafe(ARENA_BYTES);

  return new Promise<number>((resolve, reject) => {
    let filled = 0;
    let headerDone = false;
    let header = Buffer.alloc(0);
    let remaining = 0;
    let pos = opts.position;
    let settled = false;

    const flush = () => {
      let off = 0;
      while (off < filled) off += fs.writeSync(opts.fd, arena, off, filled - off, pos + off);
      pos += filled;
      opts.onWritten(pos, filled);
      filled = 0;
    };
    const finish = (err?: Error) => {
      if (settled) return;
      settled = true;
      opts.signal?.removeEventListener("abort", onAbort);
      try {
        if (filled > 0) flush();
      } catch (e) {
        err ??= e as Error;
      }
      socket.destroy();
      if (err) reject(Object.assign(err, { position: pos }));
      else resolve(pos);
    };
    const onAbort = () => finish(opts.signal?.reason instanceof Error ? opts.signal.reason : new Error("aborted"));

    const parseHeader = (): boolean => {
      let head;
      try {
        head = parseHead(header);
      } catch (err) {
        finish(new FastPathUnavailable((err as Error).message));
        return false;
      }
      if (!head) return false;
      const h = head.headers;
      const start = head.status === 206 ? Number(/^bytes (\d+)-/.exec(h["content-range"] ?? "")?.[1]) : 0;
      const ok =
        (head.status === 206 || (head.status === 200 && opts.expectStart === 0)) &&
        start === opts.expectStart &&
        h["content-length"] !== undefined &&
        !h["transfer-encoding"] &&
        (!h["content-encoding"] || h["content-encoding"] === "identity");
      if (!ok) {
        finish(new FastPathUnavailable(`status ${head.status}`));
        return false;
      }
      remaining = Number(h["content-length"]);
      headerDone = true;
      header = Buffer.alloc(0);
      take(head.rest);
      return true;
    };

    /** Body bytes that arrived in a copied buffer (with the header). */
    const take = (chunk: Buffer) => {
      const n = Math.min(chunk.length, remaining);
      chunk.copy(arena, filled, 0, n);
      filled += n;
      remaining -= n;
      if (remaining === 0) finish();
      else if (filled >= WRITE_AT) flush();
    };

    const onread = {
      buffer: () => arena.subarray(filled),
      callback: (n: number, buf: Uint8Array): boolean => {
        if (settled) return false;
        if (!headerDone) {
          // The header is parsed from a copy; the arena starts over for the body.
          header = Buffer.concat([header, Buffer.from(buf.buffer, buf.byteOffset, n)]);
          parseHeader();
          return true;
        }
        const used = Math.min(n, remaining);
        filled += used;
        remaining -= used;
        try {
          if (remaining === 0) finish();
          else if (filled >= WRITE_AT || ARENA_BYTES - filled < 64 << 10) flush();
        } catch (err) {
          finish(err as Error);
        }
        return true;
      },
    };

    const socket = connect(url, onread);
    socket.setTimeout(opts.idleTimeoutMs, () => finish(new ConnectionError(`Transfer from ${printableUrl(opts.url)} failed: timed out`)));
    watchProgress(socket, opts.idleTimeoutMs, (err) => finish(new ConnectionError(`Transfer from ${printableUrl(opts.url)} failed: ${err.message}`)));
    socket.once(readyEvent(url), () => socket.write(requestHead("GET", url, { "Accept-Encoding": "identity", ...opts.headers })));
    socket.on("error", (err: NodeJS.ErrnoException) =>
      finish(new ConnectionError(`Transfer from ${printableUrl(opts.url)} failed: ${err.code ?? err.message}`)),
    );
    socket.on("close", () => {
      if (!settled) {
        finish(
          headerDone
            ? new ConnectionError(`Transfer from ${printableUrl(opts.url)} failed: the connection closed with ${remaining} bytes to go`)
            : new ConnectionError(`Transfer from ${printableUrl(opts.url)} failed: the connection closed before a response`),
        );
      }
    });
    if (opts.signal) {
      if (opts.signal.aborted) onAbort();
      else opts.signal.addEventListener("abort", onAbort, { once: true });
    }
  });
}
