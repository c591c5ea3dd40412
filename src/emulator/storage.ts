/**
 * Blob and file storage on disk, standing in for Google Cloud Storage:
 *
 * - **Served files**: any file on disk can be published under a GCS-like object path and handed
 *   out as a V4-style signed URL (`/storage/<bucket>/<path>?X-Goog-Algorithm=…&X-Goog-Signature=…`).
 *   `GET`/`HEAD` on it stream the file with `Content-Length`, `Last-Modified`,
 *   `Accept-Ranges: bytes`, `x-goog-hash: md5=…` and single `Range` requests (206/416).
 * - **Uploads**: GCS resumable sessions at `/upload/storage/v1/b/<bucket>/o?uploadType=resumable&upload_id=<id>`.
 *   A completed upload is a blob found by the token its start RPC returned (`blob(token)`).
 * - **Zips**: `zip()` builds (once, cached on disk) a STORE zip of several files.
 *
 * Everything streams; nothing holds a whole file in memory.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { createReadStream, createWriteStream, mkdirSync, rmSync } from "node:fs";
import { stat, truncate } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { join } from "node:path";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { Clock } from "./clock";
import { sendError, sendJson } from "./http";
import type { StateStore, UploadRecord } from "./state";
import { httpDate } from "./wire";
import { writeZip, type ZipEntry } from "./zip";

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

export interface SignOptions {
  /** Seconds until the URL expires; default 345600 (4 days, like Kaggle's data-bundle URLs). */
  expiresSec?: number;
  /** Service account shown in `X-Goog-Credential`. */
  serviceAccount?: string;
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

const MD5_INLINE_LIMIT = 64 << 20;
/** Incomplete resumable sessions expire after a week, like GCS's. */
const UPLOAD_SESSION_MS = 7 * 86400_000;
const CHUNK = 1 << 20;

function xml(code: string, message: string, details: string): string {
  return `<?xml version='1.0' encoding='UTF-8'?><Error><Code>${code}</Code><Message>${message}</Message><Details>${details}</Details></Error>`;
}

function sendXmlError(res: ServerResponse, status: number, code: string, message: string, details: string): void {
  const body = xml(code, message, details);
  res.writeHead(status, { "Content-Type": "application/xml; charset=UTF-8", "Content-Length": Buffer.byteLength(body) });
  res.end(body);
}

function googDate(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}

function parseGoogDate(s: string): number | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(s);
  if (!m) return undefined;
  return Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!);
}

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

export class Storage {
  /** Object path (`bucket/dir/file`) → file, for signed-URL GETs. */
  private readonly objects = new Map<string, StoredFile>();
  private readonly md5s = new Map<string, string>();
  /** Upload token → upload id, so looking a blob up is not a scan of every upload. */
  private readonly tokenIndex = new Map<string, string>();
  private readonly md5Pending = new Map<string, Promise<string>>();
  private readonly zipPending = new Map<string, Promise<StoredFile>>();
  /** Upload sessions being written, so a later request (e.g. a probe after a drop) waits for the bytes to land. */
  /** The request writing to each upload session now: what it will have finished, and its abort. */
  private readonly busyUploads = new Map<string, { done: Promise<void>; abort: () => void }>();
  private readonly secret: Buffer;

  constructor(
    readonly dataDir: string,
    private readonly store: StateStore,
    private readonly clock: Clock,
    secret?: Buffer,
  ) {
    this.secret = secret ?? randomBytes(32);
  }

  /** `DATA/files/...`: where scenario-provided and generated files live. */
  filesDir(...parts: string[]): string {
    return join(this.dataDir, "files", ...parts);
  }

  cacheDir(...parts: string[]): string {
    return join(this.dataDir, "cache", ...parts);
  }

  uploadsDir(...parts: string[]): string {
    return join(this.dataDir, "uploads", ...parts);
  }

  /** Forget uploads, caches and generated files (used by reset). */
  wipe(): void {
    for (const d of ["uploads", "cache", "files"]) rmSync(join(this.dataDir, d), { recursive: true, force: true });
    this.objects.clear();
    this.md5s.clear();
    this.zipPending.clear();
  }

  // ---------------------------------------------------------------- signed URLs

  private signature(objectPath: string, date: string, expires: string, credential: string): string {
    const text = `GOOG4-RSA-SHA256\n${objectPath}\n${date}\n${expires}\n${credential}`;
    // 512 hex characters, the length of a real RSA-2048 signature.
    let sig = "";
    for (let i = 0; i < 4; i++) sig += createHmac("sha512", this.secret).update(`${i}:${text}`).digest("hex");
    return sig;
  }

  /**
   * Publish `file` under `objectPath` (e.g. `kagglesdsdata/competitions/1/2/train.csv`) and
   * return a signed URL for it on `baseUrl`.
   */
  signedUrl(baseUrl: string, objectPath: string, file: StoredFile, opts: SignOptions = {}): string {
    this.objects.set(objectPath, file);
    const now = this.clock.now();
    const date = googDate(now);
    const expires = String(opts.expiresSec ?? 345600);
    const account = opts.serviceAccount ?? "databundle-worker-v2@kaggle-161607.iam.gserviceaccount.com";
    const credential = `${account}/${date.slice(0, 8)}/auto/storage/goog4_request`;
    const sig = this.signature(objectPath, date, expires, credential);
    const path = objectPath.split("/").map(encodeURIComponent).join("/");
    const q =
      `X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Credential=${encodeURIComponent(credential)}` +
      `&X-Goog-Date=${date}&X-Goog-Expires=${expires}&X-Goog-SignedHeaders=host&X-Goog-Signature=${sig}`;
    return `${baseUrl}/storage/${path}?${q}`;
  }

  /** `GET`/`HEAD /storage/<object path>?X-Goog-…`. */
  async handleObjectRequest(
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    dropAfter: number | undefined,
  ): Promise<void> {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.setHeader("Allow", "GET, HEAD");
      sendXmlError(res, 405, "MethodNotAllowed", "The specified method is not allowed against this resource.", req.method ?? "");
      return;
    }
    let objectPath: string;
    try {
      objectPath = url.pathname.slice("/storage/".length).split("/").map(decodeURIComponent).join("/");
    } catch {
      sendXmlError(res, 400, "InvalidURI", "Couldn't parse the specified URI.", url.pathname);
      return;
    }
    const q = url.searchParams;
    const sig = q.get("X-Goog-Signature");
    const date = q.get("X-Goog-Date");
    const expires = q.get("X-Goog-Expires");
    const credential = q.get("X-Goog-Credential");
    if (!sig || !date || !expires || !credential || q.get("X-Goog-Algorithm") !== "GOOG4-RSA-SHA256") {
      sendXmlError(
        res,
        403,
        "AccessDenied",
        "Access denied.",
        `Anonymous caller does not have storage.objects.get access to the Google Cloud Storage object.`,
      );
      return;
    }
    const expected = Buffer.from(this.signature(objectPath, date, expires, credential));
    const given = Buffer.from(sig);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
      sendXmlError(
        res,
        403,
        "SignatureDoesNotMatch",
        "Access denied.",
        "The request signature we calculated does not match the signature you provided. Check your Google secret key and signing method.",
      );
      return;
    }
    const start = parseGoogDate(date);
    const expiresAt = start === undefined ? NaN : start + Number(expires) * 1000;
    if (!(this.clock.now() <= expiresAt)) {
      sendXmlError(
        res,
        400,
        "ExpiredToken",
        "Invalid argument.",
        `The provided token has expired. Request signature expired at: ${Number.isNaN(expiresAt) ? date : new Date(expiresAt).toISOString().replace(".000Z", "+00:00")}`,
      );
      return;
    }
    const file = this.objects.get(objectPath);
    if (!file) {
      sendXmlError(res, 404, "NoSuchKey", "The specified key does not exist.", `No such object: ${objectPath}`);
      return;
    }
    await this.serveFile(req, res, file, { dropAfter });
  }

  // ---------------------------------------------------------------- serving files

  private md5Key(file: StoredFile): string {
    return `${file.path}\0${file.size}\0${file.lastModified}`;
  }

  /** Base64 MD5 of a file, computed once (streaming) and cached. */
  md5(file: StoredFile): Promise<string> {
    const key = this.md5Key(file);
    const done = this.md5s.get(key);
    if (done) return Promise.resolve(done);
    let p = this.md5Pending.get(key);
    if (!p) {
      p = (async () => {
        const h = createHash("md5");
        for await (const chunk of createReadStream(file.path, { highWaterMark: CHUNK })) h.update(chunk as Buffer);
        const digest = h.digest("base64");
        this.md5s.set(key, digest);
        return digest;
      })().finally(() => this.md5Pending.delete(key));
      this.md5Pending.set(key, p);
    }
    return p;
  }

  /**
   * Stream `file` as a GCS object would be: 200 or 206 (`Range`), 416 when unsatisfiable,
   * HEAD without a body. `dropAfter` closes the connection after that many body bytes.
   */
  async serveFile(
    req: IncomingMessage,
    res: ServerResponse,
    file: StoredFile,
    opts: { dropAfter?: number; headers?: Record<string, string> } = {},
  ): Promise<void> {
    let md5: string | undefined;
    if (file.size <= MD5_INLINE_LIMIT) md5 = await this.md5(file).catch(() => undefined);
    else {
      md5 = this.md5s.get(this.md5Key(file));
      if (!md5) this.md5(file).catch(() => undefined);
    }
    const headers: Record<string, string | number> = {
      "Content-Type": file.contentType ?? "application/octet-stream",
      "Accept-Ranges": "bytes",
      "Last-Modified": httpDate(file.lastModified),
      "Cache-Control": "private, max-age=0",
      "x-goog-stored-content-length": file.size,
      "x-goog-storage-class": "STANDARD",
      ...opts.headers,
    };
    if (md5) {
      headers["x-goog-hash"] = `md5=${md5}`;
      headers["ETag"] = `"${Buffer.from(md5, "base64").toString("hex")}"`;
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
    const src = createReadStream(file.path, { start, end, highWaterMark: CHUNK });
    const drop = opts.dropAfter;
    if (drop === undefined || drop >= length) {
      await pipeline(src, res).catch(() => undefined);
      return;
    }
    let sent = 0;
    const limiter = new Transform({
      transform(chunk: Buffer, _enc, cb) {
        const room = drop - sent;
        if (chunk.length < room) {
          sent += chunk.length;
          cb(null, chunk);
          return;
        }
        sent = drop;
        res.write(chunk.subarray(0, room), () => res.destroy());
        src.destroy();
        cb();
      },
    });
    await pipeline(src, limiter, res).catch(() => undefined);
  }

  /**
   * A STORE zip of `entries`, built once into the cache under `cacheKey` (callers include a
   * version in the key) and then served like any file.
   */
  zip(cacheKey: string, name: string, entries: ZipEntry[], lastModified: string): Promise<StoredFile> {
    let p = this.zipPending.get(cacheKey);
    if (!p) {
      p = (async () => {
        const path = this.cacheDir("zips", `${cacheKey.replace(/[^A-Za-z0-9._-]/g, "_")}.zip`);
        let size: number;
        try {
          size = (await stat(path)).size;
        } catch {
          mkdirSync(this.cacheDir("zips"), { recursive: true });
          const tmp = `${path}.tmp-${process.pid}`;
          await writeZip(tmp, entries);
          const { rename } = await import("node:fs/promises");
          await rename(tmp, path);
          size = (await stat(path)).size;
        }
        return { path, size, lastModified, name, contentType: "application/zip" };
      })();
      p.catch(() => this.zipPending.delete(cacheKey));
      this.zipPending.set(cacheKey, p);
    }
    return p;
  }

  // ---------------------------------------------------------------- uploads

  private get uploads(): Record<string, UploadRecord> {
    return this.store.state.uploads;
  }

  /** Open an upload session; answer the returned `token` and `uploadUrl(baseUrl, record)`. */
  startUpload(opts: StartUploadOptions): UploadRecord {
    const id = `ABPtcP${randomBytes(36).toString("base64url")}`;
    const rec: UploadRecord = {
      id,
      token: randomBytes(24).toString("base64url"),
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

  uploadUrl(baseUrl: string, rec: UploadRecord): string {
    return `${baseUrl}/upload/storage/v1/b/${rec.bucket}/o?uploadType=resumable&upload_id=${rec.id}`;
  }

  /** The upload session a token belongs to, complete or not. */
  uploadByToken(token: string): UploadRecord | undefined {
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
    const u = this.uploadByToken(token);
    if (!u || !u.complete) return undefined;
    const b: Blob = {
      token: u.token,
      uploadId: u.id,
      bucket: u.bucket,
      name: u.name,
      path: this.uploadsDir(u.id),
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
    const u = this.uploadByToken(token);
    if (u) {
      u.consumedBy = by;
      this.store.markDirty();
    }
  }

  private objectResource(rec: UploadRecord): Record<string, string> {
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

  /**
   * `PUT /upload/storage/v1/b/<bucket>/o?uploadType=resumable&upload_id=<id>`: a whole-object
   * PUT (no `Content-Range`), a chunk (`Content-Range: bytes S-E/T` or `bytes S-E/*`) or a
   * status probe (`Content-Range: bytes * /T`). 200 when complete, 308 with `Range` otherwise.
   */
  async handleUpload(req: IncomingMessage, res: ServerResponse, url: URL, dropAfter: number | undefined): Promise<void> {
    const id = url.searchParams.get("upload_id") ?? "";
    const rec = this.uploads[id];
    const bucket = decodeURIComponent(url.pathname.split("/")[5] ?? "");
    const expired = rec !== undefined && !rec.complete && this.clock.now() - Date.parse(rec.createdAt) > UPLOAD_SESSION_MS;
    if (!rec || rec.bucket !== bucket || expired) {
      req.resume();
      sendError(res, 404, "No such upload session (it may have expired). Start the upload again.");
      return;
    }
    if (req.method !== "PUT" && req.method !== "POST") {
      req.resume();
      sendError(res, 405, "Method Not Allowed", { Allow: "PUT" });
      return;
    }
    // A client sends a new request (a status probe, the rest of the bytes) only once it has given
    // up on its earlier one, which may still be open on a stalled connection: that request is
    // ended, so the new one is answered with what arrived instead of waiting behind it.
    for (let busy = this.busyUploads.get(id); busy; busy = this.busyUploads.get(id)) {
      busy.abort();
      await busy.done;
    }
    const cr = req.headers["content-range"];
    let start = 0;
    let end: number | undefined;
    let total: number | undefined;
    let probe = false;
    let whole = false;
    if (cr === undefined) {
      whole = true;
    } else {
      let m: RegExpExecArray | null;
      if ((m = /^bytes \*\/(\d+|\*)$/.exec(cr.trim()))) {
        probe = true;
        total = m[1] === "*" ? undefined : Number(m[1]);
      } else if ((m = /^bytes (\d+)-(\d+)\/(\d+|\*)$/.exec(cr.trim()))) {
        start = Number(m[1]);
        end = Number(m[2]);
        total = m[3] === "*" ? undefined : Number(m[3]);
        if (end < start || (total !== undefined && end >= total)) {
          req.resume();
          sendError(res, 400, `Invalid Content-Range: ${cr}`);
          return;
        }
      } else {
        req.resume();
        sendError(res, 400, `Invalid Content-Range: ${cr}`);
        return;
      }
    }
    if (total !== undefined && rec.contentLength !== undefined && total !== rec.contentLength) {
      req.resume();
      sendError(
        res,
        400,
        `Upload size mismatch: the upload was started for ${rec.contentLength} bytes but Content-Range declares ${total}.`,
      );
      return;
    }
    if (rec.complete) {
      req.resume();
      sendJson(res, 200, this.objectResource(rec));
      return;
    }
    const incomplete = (): void => {
      const headers: Record<string, string> = {};
      if (rec.size > 0) headers["Range"] = `bytes=0-${rec.size - 1}`;
      res.writeHead(308, { ...headers, "Content-Length": 0 });
      res.end();
    };
    if (probe) {
      req.resume();
      incomplete();
      return;
    }
    if (!whole && start > rec.size) {
      req.resume();
      sendError(res, 400, `Invalid request: the chunk starts at byte ${start} but only ${rec.size} bytes have been received.`);
      return;
    }
    const path = this.uploadsDir(id);
    mkdirSync(this.uploadsDir(), { recursive: true });
    let release!: () => void;
    const done = new Promise<void>((r) => (release = r));
    this.busyUploads.set(id, { done, abort: () => req.socket.destroy() });
    let received = 0;
    try {
      if (start < rec.size || whole) {
        await truncate(path, whole ? 0 : start).catch(() => undefined);
      }
      const out = createWriteStream(path, { flags: start === 0 ? "w" : "r+", start, highWaterMark: CHUNK });
      if (dropAfter === undefined) {
        await pipeline(req, out).catch(() => undefined);
        received = out.bytesWritten;
      } else {
        const counter = new Transform({
          transform(chunk: Buffer, _enc, cb) {
            if (received + chunk.length >= dropAfter) {
              const part = chunk.subarray(0, dropAfter - received);
              received += part.length;
              cb(null, part);
              setImmediate(() => req.socket.destroy());
              return;
            }
            received += chunk.length;
            cb(null, chunk);
          },
        });
        await pipeline(req, counter, out).catch(() => undefined);
      }
      rec.size = await stat(path).then(
        (s) => s.size,
        () => 0,
      );
      this.store.markDirty();
      if (req.socket.destroyed || !req.complete) return;
      if (end !== undefined && received !== end - start + 1) {
        sendError(res, 400, `Invalid request: Content-Range declares ${end - start + 1} bytes but the body had ${received}.`);
        return;
      }
      if (whole) total = rec.size;
      if (total !== undefined && rec.size > total) {
        await truncate(path, total);
        rec.size = total;
      }
      if (total !== undefined && rec.size === total) {
        if (rec.contentLength !== undefined && rec.size !== rec.contentLength) {
          rec.size = 0;
          await truncate(path, 0);
          sendError(
            res,
            400,
            `Upload size mismatch: the upload was started for ${rec.contentLength} bytes but ${total} bytes were sent.`,
          );
          return;
        }
        rec.complete = true;
        rec.completedAt = new Date(this.clock.now()).toISOString();
        // A completed upload is on disk (with --data) before the client is told.
        await this.store.commitChange();
        sendJson(res, 200, this.objectResource(rec));
        return;
      }
      incomplete();
    } finally {
      this.busyUploads.delete(id);
      release();
      this.store.saveSoon();
    }
  }
}
