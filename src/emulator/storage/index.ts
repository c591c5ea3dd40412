/**
 * Blob and file storage on disk, standing in for Google Cloud Storage:
 *
 * - **Served files** (`serve.ts`): any file on disk can be published under a GCS-like object path
 *   and handed out as a V4-style signed URL (`signing.ts`); `GET`/`HEAD` on it stream the file.
 * - **Uploads** (`uploads.ts`): GCS resumable sessions; a completed upload is a blob found by the
 *   token its start RPC returned (`blob(token)`).
 * - **Zips** (`zips.ts`): `zip()` builds (once, cached on disk) a STORE zip of several files.
 * - **Persistence**: everything lives under the data folder (`files/`, `cache/`, `uploads/`).
 *
 * Everything streams; nothing holds a whole file in memory.
 */
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { join } from "node:path";
import type { Clock } from "../clock";
import type { StateStore, UploadRecord } from "../state";
import type { ZipEntry } from "../zip";
import { FileServer, type ServeOptions, type StoredFile } from "./serve";
import { UrlSigner, type SignOptions } from "./signing";
import { UploadSessions, type Blob, type StartUploadOptions } from "./uploads";
import { sendXmlError } from "./xml";
import { ZipCache } from "./zips";

export { parseRange, type StoredFile } from "./serve";
export type { SignOptions } from "./signing";
export type { Blob, StartUploadOptions } from "./uploads";

export class Storage {
  /** Object path (`bucket/dir/file`) → file, for signed-URL GETs. */
  private readonly objects = new Map<string, StoredFile>();
  private readonly signer: UrlSigner;
  private readonly files = new FileServer();
  private readonly zips: ZipCache;
  private readonly uploads: UploadSessions;

  constructor(
    readonly dataDir: string,
    store: StateStore,
    clock: Clock,
    secret?: Buffer,
  ) {
    this.signer = new UrlSigner(secret ?? randomBytes(32), clock);
    this.zips = new ZipCache(this.cacheDir("zips"));
    this.uploads = new UploadSessions(this.uploadsDir(), store, clock);
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
    this.files.clear();
    this.zips.clear();
  }

  // ---------------------------------------------------------------- signed URLs

  /**
   * Publish `file` under `objectPath` (e.g. `kagglesdsdata/competitions/1/2/train.csv`) and
   * return a signed URL for it on `baseUrl`.
   */
  signedUrl(baseUrl: string, objectPath: string, file: StoredFile, opts: SignOptions = {}): string {
    this.objects.set(objectPath, file);
    return this.signer.sign(baseUrl, objectPath, opts);
  }

  /** `GET`/`HEAD /storage/<object path>?X-Goog-…`. */
  async handleObjectRequest(req: IncomingMessage, res: ServerResponse, url: URL, dropAfter: number | undefined): Promise<void> {
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
    const rejected = this.signer.check(objectPath, url.searchParams);
    if (rejected) {
      sendXmlError(res, rejected.status, rejected.code, rejected.message, rejected.details);
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

  /**
   * Stream `file` as a GCS object would be: 200 or 206 (`Range`), 416 when unsatisfiable,
   * HEAD without a body. `dropAfter` closes the connection after that many body bytes.
   */
  serveFile(req: IncomingMessage, res: ServerResponse, file: StoredFile, opts: ServeOptions = {}): Promise<void> {
    return this.files.serve(req, res, file, opts);
  }

  /**
   * A STORE zip of `entries`, built once into the cache under `cacheKey` (callers include a
   * version in the key) and then served like any file.
   */
  zip(cacheKey: string, name: string, entries: ZipEntry[], lastModified: string): Promise<StoredFile> {
    return this.zips.zip(cacheKey, name, entries, lastModified);
  }

  /** Like `zip()`, a gzip-compressed tar (a model version's archive). */
  tarGz(cacheKey: string, name: string, entries: ZipEntry[], lastModified: string): Promise<StoredFile> {
    return this.zips.zip(cacheKey, name, entries, lastModified, "tar.gz");
  }

  // ---------------------------------------------------------------- uploads

  /** Open an upload session; answer the returned `token` and `uploadUrl(baseUrl, record)`. */
  startUpload(opts: StartUploadOptions): UploadRecord {
    return this.uploads.start(opts);
  }

  uploadUrl(baseUrl: string, rec: UploadRecord): string {
    return this.uploads.url(baseUrl, rec);
  }

  /** The upload session a token belongs to, complete or not. */
  uploadByToken(token: string): UploadRecord | undefined {
    return this.uploads.byToken(token);
  }

  /** A completed upload by its token, or undefined. */
  blob(token: string): Blob | undefined {
    return this.uploads.blob(token);
  }

  /** Mark a blob as used (e.g. `submission:123`) so it cannot be used twice. */
  consume(token: string, by: string): void {
    this.uploads.consume(token, by);
  }

  /** The resumable-upload endpoint (see `UploadSessions.handle`). */
  handleUpload(req: IncomingMessage, res: ServerResponse, url: URL, dropAfter: number | undefined): Promise<void> {
    return this.uploads.handle(req, res, url, dropAfter);
  }
}
