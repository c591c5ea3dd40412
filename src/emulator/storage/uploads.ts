/**
 * GCS resumable upload sessions at `/upload/storage/v1/b/<bucket>/o?uploadType=resumable&upload_id=<id>`.
 * A completed upload is a blob found by the token its start RPC returned.
 */
import { randomBytes } from "node:crypto";
import { closeSync, mkdirSync, openSync, writeSync, writevSync } from "node:fs";
import { truncate } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { dirname, join } from "node:path";
import type { Clock } from "../clock";
import { sendError, sendJson } from "../http";
import type { StateStore, UploadRecord } from "../state";

/** A completed upload, as consumers (CreateSubmission, CreateDataset, …) see it. */
export interface Blob {
  token: string;
  uploadId: string;
  bucket: string;
  /** The client's file name. */
  name: string;
  /** Absolute path of the bytes on disk. */
  path: string;
  size: number;
  kind: string;
  contentType?: string;
  lastModifiedEpochSeconds?: number;
  owner?: string;
  meta: Record<string, string | number | boolean>;
  consumedBy?: string;
}

export interface StartUploadOptions {
  bucket: string;
  name: string;
  kind: string;
  contentLength?: number;
  contentType?: string;
  lastModifiedEpochSeconds?: number;
  owner?: string;
  meta?: Record<string, string | number | boolean>;
}

/** Incomplete resumable sessions expire after a week, like GCS's. */
const UPLOAD_SESSION_MS = 7 * 86400_000;

/** What a request's `Content-Range` asks for. */
type UploadPart =
  { kind: "whole" } | { kind: "probe"; total: number | undefined } | { kind: "chunk"; start: number; end: number; total: number | undefined };

/** `Content-Range` of an upload request, or undefined when it is not one GCS accepts. */
function parseContentRange(cr: string | undefined): UploadPart | undefined {
  if (cr === undefined) return { kind: "whole" };
  let m: RegExpExecArray | null;
  if ((m = /^bytes \*\/(\d+|\*)$/.exec(cr.trim()))) return { kind: "probe", total: m[1] === "*" ? undefined : Number(m[1]) };
  if ((m = /^bytes (\d+)-(\d+)\/(\d+|\*)$/.exec(cr.trim()))) {
    const start = Number(m[1]);
    const end = Number(m[2]);
    const total = m[3] === "*" ? undefined : Number(m[3]);
    if (end < start || (total !== undefined && end >= total)) return undefined;
    return { kind: "chunk", start, end, total };
  }
  return undefined;
}

function objectResource(rec: UploadRecord): Record<string, string> {
  const gen = String(Date.parse(rec.completedAt ?? rec.createdAt) * 1000);
  return {
    kind: "storage#object",
    id: `${rec.bucket}/${rec.name}/${gen}`,
    name: rec.name,
    bucket: rec.bucket,
    generation: gen,
    metageneration: "1",
    contentType: rec.contentType ?? "application/octet-stream",
    storageClass: "STANDARD",
    size: String(rec.size),
    timeCreated: rec.completedAt ?? rec.createdAt,
    updated: rec.completedAt ?? rec.createdAt,
  };
}

/** 308 with the `Range` received so far. */
function sendIncomplete(res: ServerResponse, rec: UploadRecord): void {
  const headers: Record<string, string> = {};
  if (rec.size > 0) headers["Range"] = `bytes=0-${rec.size - 1}`;
  res.writeHead(308, { ...headers, "Content-Length": 0 });
  res.end();
}

/** Body bytes gathered before one write, and the longest they wait for more (a probe sees them then). */
const WRITE_BATCH = 1 << 20;
const WRITE_WAIT_MS = 5;

/**
 * Writes the request body to `path` from byte `start`, as the socket's own chunks gathered into
 * synchronous writes of about 1 MiB: the page cache takes them faster than the thread pool can
 * be asked, so receiving a large upload costs the emulator a fraction of what a write stream
 * does. Bytes wait at most {@link WRITE_WAIT_MS} for the rest of their batch, so a status probe
 * beside a stalled request sees what arrived. The connection is dropped after `dropAfter` bytes.
 * Resolves with the bytes received and those of them written (fewer only when a write failed).
 */
async function receive(
  req: IncomingMessage,
  path: string,
  start: number,
  dropAfter: number | undefined,
): Promise<{ received: number; written: number }> {
  let fd: number;
  try {
    fd = openFile(path, start === 0 ? "w" : "r+");
  } catch {
    req.resume(); // nothing can be held: the session's size says so
    return { received: 0, written: 0 };
  }
  let pos = start;
  let received = 0;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let timer: NodeJS.Timeout | undefined;
  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    if (pendingBytes === 0) return;
    writeAllSync(fd, pending, pendingBytes, pos);
    pos += pendingBytes;
    release(pending);
    pending = [];
    pendingBytes = 0;
  };
  return new Promise<{ received: number; written: number }>((resolve) => {
    let settled = false;
    const settle = () => {
      if (settled) return;
      settled = true;
      try {
        flush();
      } catch {
        // what could not be written is not held: the session's size says so
      }
      closeSync(fd);
      resolve({ received, written: pos - start });
    };
    const later = () => {
      try {
        flush();
      } catch {
        settle();
        req.socket.destroy();
      }
    };
    req.on("data", (chunk: Buffer) => {
      if (settled) return;
      const room = dropAfter === undefined ? chunk.length : Math.min(chunk.length, dropAfter - received);
      if (room > 0) {
        pending.push(room === chunk.length ? chunk : chunk.subarray(0, room));
        pendingBytes += room;
        received += room;
      }
      try {
        if (dropAfter !== undefined && received >= dropAfter) {
          settle();
          setImmediate(() => req.socket.destroy());
        } else if (pendingBytes >= WRITE_BATCH) flush();
        else timer ??= setTimeout(later, WRITE_WAIT_MS);
      } catch {
        settle();
        req.socket.destroy();
      }
    });
    req.once("end", settle);
    req.once("close", settle);
    req.once("error", settle);
  });
}

/**
 * Opens a session's file, making its folder the first time (or after a reset emptied it).
 * Synchronous: through the thread pool, creating a small file costs several times the CPU.
 */
function openFile(path: string, flags: "w" | "r+"): number {
  try {
    return openSync(path, flags);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "ENOENT" || flags !== "w") throw err;
    mkdirSync(dirname(path), { recursive: true });
    return openSync(path, flags);
  }
}

/** `ArrayBuffer.prototype.transfer` (ES2024; Node 22 and later). */
type Transferable = ArrayBuffer & { transfer?: (length: number) => ArrayBuffer };

/**
 * Gives back the memory of body chunks once they are written. Node's HTTP parser hands over each
 * chunk as a copy in an ArrayBuffer of its own, and V8 runs a full collection for about every
 * 64 MiB of such memory it has not yet collected: receiving 1 GiB took 19 of them, and the
 * emulator's CPU per GiB fell from 1.9–2.5 s to 1.0–1.6 s once the chunks were detached instead
 * (detaching frees the memory and its accounting at once). A chunk that shares its ArrayBuffer
 * is left to the collector, as are all of them on Node 20, which has no `transfer`.
 */
export function release(chunks: readonly Buffer[]): void {
  for (const chunk of chunks) {
    const memory = chunk.buffer as Transferable;
    if (chunk.byteOffset === 0 && memory.byteLength === chunk.length && memory instanceof ArrayBuffer) memory.transfer?.(0);
  }
}

/** Writes `buffers` (`bytes` in all) at `pos`, finishing any short write buffer by buffer. */
function writeAllSync(fd: number, buffers: Buffer[], bytes: number, pos: number): void {
  let done = writevSync(fd, buffers, pos);
  if (done === bytes) return;
  let offset = 0;
  for (const b of buffers) {
    const end = offset + b.length;
    while (done < end) done += writeSync(fd, b, done - offset, end - done, pos + done);
    offset = end;
  }
}

export class UploadSessions {
  /** Upload token → upload id, so looking a blob up is not a scan of every upload. */
  private readonly tokenIndex = new Map<string, string>();
  /** The request writing to each upload session now: what it will have finished, and its abort. */
  private readonly busy = new Map<string, { done: Promise<void>; abort: () => void }>();

  /** `dir`: where the bytes of each session live (`DATA/uploads`). */
  constructor(
    private readonly dir: string,
    private readonly store: StateStore,
    private readonly clock: Clock,
  ) {}

  private get uploads(): Record<string, UploadRecord> {
    return this.store.state.uploads;
  }

  /** Open an upload session; answer the returned `token` and `url(baseUrl, record)`. */
  start(opts: StartUploadOptions): UploadRecord {
    const random = randomBytes(60);
    const id = `ABPtcP${random.toString("base64url", 0, 36)}`;
    const rec: UploadRecord = {
      id,
      token: random.toString("base64url", 36),
      bucket: opts.bucket,
      name: opts.name,
      kind: opts.kind,
      size: 0,
      complete: false,
      createdAt: new Date(this.clock.now()).toISOString(),
      meta: opts.meta ?? {},
    };
    if (opts.contentLength !== undefined) rec.contentLength = opts.contentLength;
    if (opts.contentType !== undefined) rec.contentType = opts.contentType;
    if (opts.lastModifiedEpochSeconds !== undefined) rec.lastModifiedEpochSeconds = opts.lastModifiedEpochSeconds;
    if (opts.owner !== undefined) rec.owner = opts.owner;
    this.uploads[id] = rec;
    this.tokenIndex.set(rec.token, id);
    this.store.markDirty();
    return rec;
  }

  url(baseUrl: string, rec: UploadRecord): string {
    return `${baseUrl}/upload/storage/v1/b/${rec.bucket}/o?uploadType=resumable&upload_id=${rec.id}`;
  }

  /** The upload session a token belongs to, complete or not. */
  byToken(token: string): UploadRecord | undefined {
    const id = this.tokenIndex.get(token);
    if (id !== undefined && this.uploads[id]?.token === token) return this.uploads[id];
    // The state was replaced (reset, restart): rebuild the index once.
    this.tokenIndex.clear();
    for (const [key, u] of Object.entries(this.uploads)) this.tokenIndex.set(u.token, key);
    const again = this.tokenIndex.get(token);
    return again === undefined ? undefined : this.uploads[again];
  }

  /** A completed upload by its token, or undefined. */
  blob(token: string): Blob | undefined {
    const u = this.byToken(token);
    if (!u || !u.complete) return undefined;
    const b: Blob = {
      token: u.token,
      uploadId: u.id,
      bucket: u.bucket,
      name: u.name,
      path: join(this.dir, u.id),
      size: u.size,
      kind: u.kind,
      meta: u.meta,
    };
    if (u.contentType !== undefined) b.contentType = u.contentType;
    if (u.lastModifiedEpochSeconds !== undefined) b.lastModifiedEpochSeconds = u.lastModifiedEpochSeconds;
    if (u.owner !== undefined) b.owner = u.owner;
    if (u.consumedBy !== undefined) b.consumedBy = u.consumedBy;
    return b;
  }

  /** Mark a blob as used (e.g. `submission:123`) so it cannot be used twice. */
  consume(token: string, by: string): void {
    const u = this.byToken(token);
    if (u) {
      u.consumedBy = by;
      this.store.markDirty();
    }
  }

  /** The open session a request names, or undefined after answering 404/405. */
  private session(req: IncomingMessage, res: ServerResponse, url: URL): UploadRecord | undefined {
    const id = url.searchParams.get("upload_id") ?? "";
    const rec = this.uploads[id];
    const bucket = decodeURIComponent(url.pathname.split("/")[5] ?? "");
    const expired = rec !== undefined && !rec.complete && this.clock.now() - Date.parse(rec.createdAt) > UPLOAD_SESSION_MS;
    if (!rec || rec.bucket !== bucket || expired) {
      req.resume();
      sendError(res, 404, "No such upload session (it may have expired). Start the upload again.");
      return undefined;
    }
    if (req.method !== "PUT" && req.method !== "POST") {
      req.resume();
      sendError(res, 405, "Method Not Allowed", { Allow: "PUT" });
      return undefined;
    }
    return rec;
  }

  /**
   * A client sends a new request (a status probe, the rest of the bytes) only once it has given
   * up on its earlier one, which may still be open on a stalled connection: that request is
   * ended, so the new one is answered with what arrived instead of waiting behind it.
   */
  private async endEarlier(id: string): Promise<void> {
    for (let busy = this.busy.get(id); busy; busy = this.busy.get(id)) {
      busy.abort();
      await busy.done;
    }
  }

  /** The answer to a request that sends no bytes, or undefined when its bytes are to be received. */
  private refusal(rec: UploadRecord, part: UploadPart | undefined, cr: string | undefined): ((res: ServerResponse) => void) | undefined {
    if (part === undefined) return (res) => sendError(res, 400, `Invalid Content-Range: ${cr}`);
    const total = part.kind === "whole" ? undefined : part.total;
    if (total !== undefined && rec.contentLength !== undefined && total !== rec.contentLength) {
      const message = `Upload size mismatch: the upload was started for ${rec.contentLength} bytes but Content-Range declares ${total}.`;
      return (res) => sendError(res, 400, message);
    }
    if (rec.complete) return (res) => sendJson(res, 200, objectResource(rec));
    if (part.kind === "probe") return (res) => sendIncomplete(res, rec);
    if (part.kind === "chunk" && part.start > rec.size) {
      const message = `Invalid request: the chunk starts at byte ${part.start} but only ${rec.size} bytes have been received.`;
      return (res) => sendError(res, 400, message);
    }
    return undefined;
  }

  /**
   * `PUT /upload/storage/v1/b/<bucket>/o?uploadType=resumable&upload_id=<id>`: a whole-object
   * PUT (no `Content-Range`), a chunk (`Content-Range: bytes S-E/T` or `bytes S-E/*`) or a
   * status probe (`Content-Range: bytes * /T`). 200 when complete, 308 with `Range` otherwise.
   */
  async handle(req: IncomingMessage, res: ServerResponse, url: URL, dropAfter: number | undefined): Promise<void> {
    const rec = this.session(req, res, url);
    if (!rec) return;
    await this.endEarlier(rec.id);
    const cr = req.headers["content-range"];
    const part = parseContentRange(cr);
    const refuse = this.refusal(rec, part, cr);
    if (refuse || !part || part.kind === "probe") {
      req.resume();
      refuse?.(res);
      return;
    }
    let release!: () => void;
    const done = new Promise<void>((r) => (release = r));
    this.busy.set(rec.id, { done, abort: () => req.socket.destroy() });
    try {
      await this.write(req, res, rec, part, dropAfter);
    } finally {
      this.busy.delete(rec.id);
      release();
      this.store.saveSoon();
    }
  }

  /** Receive a whole object or a chunk, then answer what the session now holds. */
  private async write(
    req: IncomingMessage,
    res: ServerResponse,
    rec: UploadRecord,
    part: Exclude<UploadPart, { kind: "probe" }>,
    dropAfter: number | undefined,
  ): Promise<void> {
    const whole = part.kind === "whole";
    const start = whole ? 0 : part.start;
    const path = join(this.dir, rec.id);
    // A whole object starts a new file (opened with "w"); a chunk drops what lies past its start.
    if (!whole && start < rec.size) await truncate(path, start).catch(() => undefined);
    const { received, written } = await receive(req, path, start, dropAfter);
    rec.size = start + written;
    this.store.markDirty();
    if (req.socket.destroyed || !req.complete) return;
    if (!whole && received !== part.end - start + 1) {
      sendError(res, 400, `Invalid request: Content-Range declares ${part.end - start + 1} bytes but the body had ${received}.`);
      return;
    }
    const total = whole ? rec.size : part.total;
    if (total !== undefined && rec.size > total) {
      await truncate(path, total);
      rec.size = total;
    }
    if (total !== undefined && rec.size === total) await this.complete(res, rec, path, total);
    else sendIncomplete(res, rec);
  }

  private async complete(res: ServerResponse, rec: UploadRecord, path: string, total: number): Promise<void> {
    if (rec.contentLength !== undefined && rec.size !== rec.contentLength) {
      rec.size = 0;
      await truncate(path, 0);
      sendError(res, 400, `Upload size mismatch: the upload was started for ${rec.contentLength} bytes but ${total} bytes were sent.`);
      return;
    }
    rec.complete = true;
    rec.completedAt = new Date(this.clock.now()).toISOString();
    // A completed upload is on disk (with --data) before the client is told.
    await this.store.commitChange();
    sendJson(res, 200, objectResource(rec));
  }
}
