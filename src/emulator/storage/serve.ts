/**
 * Serving bytes as a GCS object: `Content-Length`, `Last-Modified`, `Accept-Ranges: bytes`,
 * `x-goog-hash: crc32c=…,md5=…` and single `Range` requests (206/416), streamed from disk.
 */
import { open } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { httpDate } from "../wire";
import { fileDigests, type FileDigests } from "./digests";
import { xml } from "./xml";

/** A file on disk as served to clients. */
export interface StoredFile {
  /** Absolute path on disk. */
  path: string;
  size: number;
  /** ISO timestamp sent as `Last-Modified`. */
  lastModified: string;
  /** File name (last path segment of the object). */
  name: string;
  contentType?: string;
}

export interface ServeOptions {
  /** Close the connection after that many body bytes. */
  dropAfter?: number;
  headers?: Record<string, string>;
}

/** Files up to this size wait for their digests; larger ones are served without until known. */
const DIGEST_INLINE_LIMIT = 64 << 20;

export const CHUNK = 1 << 20;

type RangeResult = { start: number; end: number } | "unsatisfiable" | undefined;

/** A single `bytes=` range; multiple or malformed ranges are ignored (full body), per RFC 9110. */
export function parseRange(header: string | undefined, size: number): RangeResult {
  if (!header) return undefined;
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m || (m[1] === "" && m[2] === "")) return undefined;
  if (m[1] === "") {
    const n = Number(m[2]);
    if (n === 0 || size === 0) return "unsatisfiable";
    return { start: Math.max(0, size - n), end: size - 1 };
  }
  const start = Number(m[1]);
  if (start >= size) return "unsatisfiable";
  const end = m[2] === "" ? size - 1 : Math.min(Number(m[2]), size - 1);
  if (end < start) return undefined;
  return { start, end };
}

/**
 * Sends bytes `start..end` of a file through two reused blocks, one being read while the other
 * is sent: no buffer per chunk for the collector, which for a large file was a third of the
 * emulator's time serving it. With `drop`, the connection is closed once that many bytes have
 * gone out, as a cut transfer.
 */
async function sendRange(path: string, start: number, end: number, res: ServerResponse, drop?: number): Promise<void> {
  const last = drop === undefined ? end : Math.min(end, start + drop - 1);
  const handle = await open(path, "r");
  const blocks = [Buffer.allocUnsafeSlow(CHUNK), Buffer.allocUnsafeSlow(CHUNK)] as const;
  const inFlight: Promise<unknown>[] = [Promise.resolve(), Promise.resolve()];
  const closed = new Promise((resolve) => res.once("close", resolve));
  try {
    for (let pos = start, i = 0; pos <= last; i ^= 1) {
      await Promise.race([inFlight[i], closed]); // this block's last write has left, or the client is gone
      if (res.destroyed) return;
      const block = blocks[i]!;
      const { bytesRead } = await handle.read(block, 0, Math.min(CHUNK, last - pos + 1), pos);
      if (bytesRead === 0) throw new Error(`${path} ended at byte ${pos}`);
      pos += bytesRead;
      inFlight[i] = new Promise<unknown>((resolve) => res.write(block.subarray(0, bytesRead), resolve));
    }
    await Promise.race([Promise.all(inFlight), closed]);
    if (last < end) res.destroy();
    else res.end();
  } finally {
    await handle.close();
  }
}

export class FileServer {
  private readonly known = new Map<string, FileDigests>();
  private readonly pending = new Map<string, Promise<FileDigests>>();

  /** Forget cached digests (used by reset). */
  clear(): void {
    this.known.clear();
  }

  private key(file: StoredFile): string {
    return `${file.path}\0${file.size}\0${file.lastModified}`;
  }

  /** The CRC-32C and MD5 of a file, computed once (see digests.ts) and cached. */
  digests(file: StoredFile): Promise<FileDigests> {
    const key = this.key(file);
    const done = this.known.get(key);
    if (done) return Promise.resolve(done);
    let p = this.pending.get(key);
    if (!p) {
      p = fileDigests(file.path, file.size)
        .then((digests) => {
          this.known.set(key, digests);
          return digests;
        })
        .finally(() => this.pending.delete(key));
      this.pending.set(key, p);
    }
    return p;
  }

  /** The digests now for small files; for large ones only once known (computed in the background). */
  private async digestsIfReady(file: StoredFile): Promise<FileDigests | undefined> {
    if (file.size <= DIGEST_INLINE_LIMIT) return this.digests(file).catch(() => undefined);
    const known = this.known.get(this.key(file));
    if (!known) this.digests(file).catch(() => undefined);
    return known;
  }

  /**
   * Stream `file` as a GCS object would be: 200 or 206 (`Range`), 416 when unsatisfiable,
   * HEAD without a body. `dropAfter` closes the connection after that many body bytes.
   */
  async serve(req: IncomingMessage, res: ServerResponse, file: StoredFile, opts: ServeOptions = {}): Promise<void> {
    const digests = await this.digestsIfReady(file);
    const headers: Record<string, string | number> = {
      "Content-Type": file.contentType ?? "application/octet-stream",
      "Accept-Ranges": "bytes",
      "Last-Modified": httpDate(file.lastModified),
      "Cache-Control": "private, max-age=0",
      "x-goog-stored-content-length": file.size,
      "x-goog-storage-class": "STANDARD",
      ...opts.headers,
    };
    if (digests) {
      headers["x-goog-hash"] = `crc32c=${digests.crc32c},md5=${digests.md5}`;
      headers["ETag"] = `"${Buffer.from(digests.md5, "base64").toString("hex")}"`;
    }
    const range = parseRange(req.headers.range, file.size);
    if (range === "unsatisfiable") {
      const body = xml("InvalidRange", "The requested range cannot be satisfied.", req.headers.range ?? "");
      res.writeHead(416, {
        "Content-Type": "application/xml; charset=UTF-8",
        "Content-Range": `bytes */${file.size}`,
        "Content-Length": Buffer.byteLength(body),
      });
      res.end(body);
      return;
    }
    let start = 0;
    let end = file.size - 1;
    let status = 200;
    if (range) {
      ({ start, end } = range);
      status = 206;
      headers["Content-Range"] = `bytes ${start}-${end}/${file.size}`;
    }
    const length = Math.max(0, end - start + 1);
    headers["Content-Length"] = length;
    res.writeHead(status, headers);
    if (req.method === "HEAD" || length === 0) {
      res.end();
      return;
    }
    await sendRange(file.path, start, end, res, opts.dropAfter).catch(() => res.destroy());
  }
}
