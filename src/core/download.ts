/**
 * Streaming download of one file: follows the redirect to the signed URL, writes to
 * `<file>.part`, resumes with `Range` after an interruption (checking for 206 and the
 * `Content-Range` it answers), verifies the length and the `x-goog-hash` MD5 when sent, sets
 * the modification time from `Last-Modified`, and renames to the final name only when whole.
 */
import fs from "node:fs";
import path from "node:path";
import type { Clock, Logger } from "./env";
import { ConnectionError, KaggleApiError, UnsafePathError, apiErrorFor } from "./errors";
import { FastPathUnavailable, fastGet } from "./fastget";
import { openExisting, openNew, resolveInside } from "./fs";
import { fileHasher, type Md5Hasher } from "./hash";
import { DEFAULT_TRANSFER_IDLE_MS, header, rawRequest, transferError, type RawResponse } from "./http";
import { noProgress, type Progress } from "./progress";
import { DEFAULT_RETRY_POLICY, waitBeforeRetry, withRetry, withRetryAfter, type RetryContext, type RetryPolicy } from "./retry";
import { printableUrl, httpReason } from "./transport";

/** Where the bytes are: a URL (plus the auth to send while on the API's origin) or a response. */
export type DownloadSource = { url: string; authorization?: string | undefined; apiOrigin?: string | undefined } | { response: Response };

export interface DownloadOptions {
  /** Produces a fresh source; called again if a signed URL expires mid-way. */
  source: () => Promise<DownloadSource>;
  /** The final path; when `fileNameFromUrl` is set, the folder to put the file in. */
  dest: string;
  /** Name the file after the last segment of the final URL (official CLI behaviour). */
  fileNameFromUrl?: (finalUrl: string) => string;
  force?: boolean;
  /** Skip the up-to-date check (leaderboards are always fetched). */
  alwaysDownload?: boolean;
  progress?: Progress;
  logger: Logger;
  clock: Clock;
  retry?: Partial<RetryPolicy>;
  proxy?: string | undefined;
  idleTimeoutMs?: number;
  signal?: AbortSignal;
}

export interface DownloadResult {
  path: string;
  status: "downloaded" | "skipped";
  bytes: number;
  resumedFrom: number;
  /**
   * What the finished file was checked against: the server's MD5, only its length, or nothing
   * (it sent neither, so a truncated body cannot be told from a whole one).
   */
  verified: "md5" | "length" | "none";
}

const WRITE_BATCH = 1 << 20;
/** Below this many bytes the ordinary stream is as fast and saves a request. */
const FAST_PATH_MIN = 8 << 20;

interface Meta {
  total: number | undefined;
  lastModified: Date | undefined;
  validator: string | undefined;
  md5: string | undefined;
  acceptRanges: boolean;
}

function metaOf(res: RawResponse): Meta {
  const length = header(res, "content-length");
  const range = header(res, "content-range");
  const rangeTotal = range ? Number(range.split("/")[1]) : NaN;
  const modified = header(res, "last-modified");
  const hash = header(res, "x-goog-hash");
  const md5 = hash
    ?.split(",")
    .map((p) => p.trim())
    .find((p) => p.startsWith("md5="))
    ?.slice(4);
  const lm = modified ? new Date(modified) : undefined;
  return {
    total: Number.isFinite(rangeTotal) ? rangeTotal : length !== undefined ? Number(length) : undefined,
    lastModified: lm && !Number.isNaN(lm.getTime()) ? lm : undefined,
    validator: header(res, "etag") ?? modified,
    md5,
    acceptRanges: header(res, "accept-ranges") === "bytes",
  };
}

async function statOrUndefined(file: string): Promise<fs.Stats | undefined> {
  try {
    return await fs.promises.stat(file);
  } catch {
    return undefined;
  }
}

async function failFor(res: RawResponse): Promise<never> {
  const text = await res.body.text().catch(() => "");
  let message = `${res.status} ${res.status >= 500 ? "Server" : "Client"} Error: ${httpReason(res.status)} for url: ${printableUrl(res.url)}`;
  try {
    const body = JSON.parse(text) as { code?: number; message?: string; error?: { message?: string } };
    message = body.message ?? body.error?.message ?? message;
  } catch {
    // not JSON
  }
  throw withRetryAfter(apiErrorFor(message, { status: res.status, rpc: printableUrl(res.url) }), header(res, "retry-after"), Date.now());
}

export async function downloadFile(opts: DownloadOptions): Promise<DownloadResult> {
  const opened: RawResponse[] = [];
  try {
    return await download(opts, opened);
  } catch (err) {
    // A body left open would hold its connection, and the process, until the server gives up.
    for (const r of opened) (r.body as unknown as { destroy(): void }).destroy();
    throw err;
  }
}

/** The download itself; every response it opens is added to `opened`. */
async function download(opts: DownloadOptions, opened: RawResponse[]): Promise<DownloadResult> {
  const policy = { ...DEFAULT_RETRY_POLICY, ...opts.retry };
  const progress = opts.progress ?? noProgress;
  const idle = opts.idleTimeoutMs ?? DEFAULT_TRANSFER_IDLE_MS;
  let source = await opts.source();

  const get = async (src: DownloadSource, range?: { from: number; validator?: string | undefined }): Promise<RawResponse> => {
    if ("response" in src) {
      const r = src.response;
      if (!r.body) throw new KaggleApiError("The server sent an empty download", { status: r.status });
      const { Readable } = await import("node:stream");
      const body = Readable.fromWeb(r.body as never) as unknown as RawResponse["body"];
      Object.assign(body, { dump: async () => void r.body?.cancel(), text: async () => "" });
      const headers: Record<string, string> = {};
      r.headers.forEach((v, k) => (headers[k] = v));
      opened.push({ url: r.url, status: r.status, headers, body });
      return opened[opened.length - 1]!;
    }
    const headers: Record<string, string> = { "user-agent": "kaggle-actions" };
    if (range) {
      headers.range = `bytes=${range.from}-`;
      if (range.validator) headers["if-range"] = range.validator;
    }
    const res = await rawRequest({
      method: "GET",
      url: src.url,
      headers,
      headersTimeoutMs: idle,
      idleTimeoutMs: idle,
      proxy: opts.proxy,
      ...(opts.signal ? { signal: opts.signal } : {}),
      authorization: src.authorization && src.apiOrigin ? { origin: src.apiOrigin, value: src.authorization } : undefined,
    });
    opened.push(res);
    return res;
  };

  const retry: RetryContext = {
    policy,
    clock: opts.clock,
    logger: opts.logger,
    label: "Download",
    idempotent: true,
    ...(opts.signal ? { signal: opts.signal } : {}),
  };
  // The first request is retried like an RPC: a 429, a 5xx, a reset or no answer.
  let res = await withRetry(retry, async (n) => {
    if (n > 1 && "response" in source) source = await opts.source();
    const r = await get(source);
    if (r.status !== 200) await failFor(r);
    return r;
  });
  const meta = metaOf(res);
  let finalPath: string;
  try {
    finalPath = await destinationOf(opts, res.url);
    await refuseFolder(finalPath);
  } catch (err) {
    await res.body.dump().catch(() => {});
    throw err;
  }
  const partPath = `${finalPath}.part`;

  if (!opts.force && !opts.alwaysDownload) {
    const local = await statOrUndefined(finalPath);
    if (local && meta.total !== undefined && local.size === meta.total && meta.lastModified && local.mtime >= meta.lastModified) {
      await res.body.dump().catch(() => {});
      return { path: finalPath, status: "skipped", bytes: 0, resumedFrom: 0, verified: "length" };
    }
  }

  // Resume a previous partial download of the same remote file (never one that is a link).
  let offset = 0;
  const part = await partFile(partPath, res);
  if (part && opts.force) await fs.promises.rm(partPath);
  if (part && !opts.force && part.size > 0 && meta.acceptRanges && !("response" in source) && (meta.total === undefined || part.size < meta.total)) {
    await res.body.dump().catch(() => {});
    res = await get(source, { from: part.size, validator: meta.validator });
    if (res.status === 206 && rangeStart(res) === part.size && metaOf(res).total === meta.total) {
      offset = part.size;
      opts.logger.info(`Resuming from ${offset} bytes (${meta.total === undefined ? "?" : meta.total - offset} bytes left)...`);
    } else if (res.status !== 200) {
      await res.body.dump().catch(() => {});
      res = await get(source);
      if (res.status !== 200) await failFor(res);
    }
  }

  if (offset === 0 && part && !opts.force) await fs.promises.rm(partPath);
  const handle = offset > 0 ? await openExisting(partPath) : await openNew(partPath);
  const hash = meta.md5 ? fileHasher(partPath, meta.total) : undefined;
  hash?.upTo(offset);
  progress.start(path.basename(finalPath), meta.total, offset);
  let written = offset;
  let failures = 0;
  // Large bodies skip the stream machinery: see fastget.ts. The first response only told us
  // what the file is; the bytes are fetched again with a Range from where the file stands.
  let fast =
    !("response" in source) &&
    !opts.proxy &&
    meta.total !== undefined &&
    meta.total - offset > FAST_PATH_MIN &&
    meta.acceptRanges &&
    !header(res, "transfer-encoding") &&
    !header(res, "content-encoding");
  if (fast) await res.body.dump().catch(() => {});
  try {
    for (;;) {
      try {
        if (fast && "url" in source) {
          const headers: Record<string, string> = { "User-Agent": "kaggle-actions", Range: `bytes=${written}-` };
          if (meta.validator) headers["If-Range"] = meta.validator;
          if (source.authorization && source.apiOrigin && new URL(res.url).origin === source.apiOrigin) headers.Authorization = source.authorization;
          written = await fastGet({
            url: res.url,
            headers,
            fd: handle.fd,
            position: written,
            expectStart: written,
            idleTimeoutMs: idle,
            ...(opts.signal ? { signal: opts.signal } : {}),
            onWritten: (end, bytes) => {
              hash?.upTo(end);
              progress.advance(bytes);
            },
          });
        } else {
          written = await pump(res, handle, written, hash, progress);
        }
        break;
      } catch (err) {
        written = (err as { position?: number }).position ?? written;
        if (err instanceof FastPathUnavailable) {
          fast = false;
          res = written > 0 ? await resumeFrom(written) : await get(source);
          if (written === 0 && res.status !== 200) await failFor(res);
          continue;
        }
        const error = transferError(err, res.url);
        if (!(error instanceof ConnectionError)) throw error;
        // Bounded in attempts; the time budget is for waiting, not for the bytes already moving.
        await waitBeforeRetry({ ...retry, label: `Connection error: download of ${path.basename(finalPath)}` }, error, ++failures, opts.clock.now());
        if (!fast) res = await resumeFrom(written);
      }
    }
  } catch (err) {
    await hash?.cancel();
    throw err;
  } finally {
    await handle.close();
    progress.finish();
  }

  async function resumeFrom(from: number): Promise<RawResponse> {
    let r = await get(source, { from, validator: meta.validator }).catch((e: unknown) => {
      throw transferError(e, "url" in source ? source.url : "");
    });
    if (r.status === 400 || r.status === 401 || r.status === 403 || r.status === 404 || r.status === 410) {
      // The signed URL expired: ask the API for a fresh one.
      await r.body.dump().catch(() => {});
      source = await opts.source();
      r = await get(source, { from, validator: meta.validator });
    }
    if (r.status !== 206 || rangeStart(r) !== from) {
      await r.body.dump().catch(() => {});
      throw new KaggleApiError(
        `The server cannot resume ${path.basename(finalPath)} at byte ${from} (answered ${r.status}); the partial file is kept at ${partPath}: run the command again to retry`,
        { status: r.status },
      );
    }
    return r;
  }

  if (meta.total !== undefined && written !== meta.total) {
    await hash?.cancel();
    throw new KaggleApiError(
      `Downloaded file size (${written}) does not match expected size (${meta.total}) for ${path.basename(finalPath)}; the partial file is kept at ${partPath}: run the command again to resume`,
      { status: 0 },
    );
  }
  if (hash && meta.md5) {
    const got = await hash.digest(written);
    if (got !== meta.md5) {
      await fs.promises.rm(partPath, { force: true });
      throw new KaggleApiError(
        `Checksum mismatch for ${path.basename(finalPath)}: expected MD5 ${meta.md5}, got ${got}; the corrupt file was removed: run the command again`,
        { status: 0 },
      );
    }
  }
  const mtime = meta.lastModified ?? new Date();
  await fs.promises.utimes(partPath, mtime, mtime);
  await fs.promises.rename(partPath, finalPath);
  const verified = hash && meta.md5 ? "md5" : meta.total !== undefined ? "length" : "none";
  if (verified === "none") {
    opts.logger.warn(`${path.basename(finalPath)}: not verified: the server sent no length or checksum, so a cut-off download cannot be detected`);
  }
  return { path: finalPath, status: "downloaded", bytes: written - offset, resumedFrom: offset, verified };
}

/**
 * The checked final path: a name taken from the URL must be a plain file name inside `dest`;
 * a given path must not be a folder itself or lead outside its folder through a link.
 */
async function destinationOf(opts: DownloadOptions, finalUrl: string): Promise<string> {
  if (opts.fileNameFromUrl) {
    return resolveInside(opts.dest, opts.fileNameFromUrl(finalUrl), {
      what: "file name",
      from: `the download URL ${printableUrl(finalUrl)}`,
      strict: true,
    });
  }
  await resolveInside(path.dirname(opts.dest), path.basename(opts.dest), { what: "file name", from: "the download", strict: true });
  return opts.dest;
}

async function refuseFolder(finalPath: string): Promise<void> {
  const st = await fs.promises.lstat(finalPath).catch(() => undefined);
  if (st?.isDirectory())
    throw new UnsafePathError(`${finalPath} is a folder; the download would replace it: move the folder away or download elsewhere`);
}

/** The `.part` file left by an earlier run, if any; one that is a link or not a file is refused. */
async function partFile(partPath: string, res: RawResponse): Promise<fs.Stats | undefined> {
  let st: fs.Stats;
  try {
    st = await fs.promises.lstat(partPath);
  } catch {
    return undefined;
  }
  if (!st.isFile()) {
    await res.body.dump().catch(() => {});
    throw new UnsafePathError(
      `${partPath} is ${st.isSymbolicLink() ? "a link" : "not a regular file"}; a partial download is never written through it: remove it and run again`,
    );
  }
  return st;
}

function rangeStart(res: RawResponse): number | undefined {
  const m = /^bytes (\d+)-/.exec(header(res, "content-range") ?? "");
  return m ? Number(m[1]) : undefined;
}

/** Copies the body to the file at `position` in 1 MiB writes; returns the new position. */
async function pump(
  res: RawResponse,
  handle: fs.promises.FileHandle,
  position: number,
  hash: Md5Hasher | undefined,
  progress: Progress,
): Promise<number> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let pos = position;
  const flush = async () => {
    if (pendingBytes === 0) return;
    const buffers = pending;
    const bytes = pendingBytes;
    pending = [];
    pendingBytes = 0;
    await handle.writev(buffers, pos);
    pos += bytes;
    hash?.upTo(pos);
    progress.advance(bytes);
  };
  try {
    for await (const chunk of res.body) {
      const buf = chunk as Buffer;
      pending.push(buf);
      pendingBytes += buf.length;
      if (pendingBytes >= WRITE_BATCH) await flush();
    }
  } catch (err) {
    await flush();
    throw Object.assign(err as object, { position: pos });
  }
  await flush();
  await handle.truncate(pos);
  return pos;
}
