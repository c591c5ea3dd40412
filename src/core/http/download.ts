/**
 * Streaming download of one file: follows the redirect to the signed URL, writes to
 * `<file>.part`, resumes with `Range` after an interruption (checking for 206 and the
 * `Content-Range` it answers), verifies the length and the `x-goog-hash` CRC-32C or MD5 when sent
 * (computed while the bytes are written, see hash.ts), sets
 * the modification time from `Last-Modified`, and renames to the final name only when whole.
 */
import fs from "node:fs";
import path from "node:path";
import type { Clock, Logger } from "../env";
import { destinationOf, partFile, pump, refuseFolder, statOrUndefined } from "./download-local";
import { failFor, metaOf, rangeStart, type Meta } from "./download-response";
import { ConnectionError, IntegrityError, ProtocolError } from "../errors";
import { FastPathUnavailable, fastGet } from "./fastget";
import { InterruptedTransfer } from "./raw-http";
import { openExisting, openNew } from "../fs";
import { fileChecksum, type FileChecksum } from "../hash";
import { DEFAULT_TRANSFER_IDLE_MS, header, rawRequest, transferError, type RawResponse } from "./request";
import { noProgress, type Progress } from "../progress";
import { DEFAULT_RETRY_POLICY, waitBeforeRetry, withRetry, type RetryContext, type RetryPolicy } from "./retry";
import type { WireResponse } from "./wire";

/** Where the bytes are: a URL (plus the auth to send while on the API's origin) or a response. */
export type DownloadSource = { url: string; authorization?: string | undefined; apiOrigin?: string | undefined } | { response: WireResponse };

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
   * What the finished file was checked against: the server's CRC-32C (preferred: Cloud Storage
   * sends it for every object, and it is computed three times as fast) or MD5, only its length,
   * or nothing (it sent neither, so a truncated body cannot be told from a whole one).
   */
  verified: "crc32c" | "md5" | "length" | "none";
}

/** Below this many bytes the ordinary stream is as fast and saves a request. */
const FAST_PATH_MIN = 8 << 20;

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

/** One download under way: its options, the current source and every response it opened. */
interface Run {
  opts: DownloadOptions;
  opened: RawResponse[];
  source: DownloadSource;
  idle: number;
  retry: RetryContext;
  progress: Progress;
}

/** What the first answer said about the file, and where it goes. */
interface Target {
  meta: Meta;
  finalPath: string;
  partPath: string;
}

/** The download itself; every response it opens is added to `opened`. */
async function download(opts: DownloadOptions, opened: RawResponse[]): Promise<DownloadResult> {
  const run: Run = {
    opts,
    opened,
    source: await opts.source(),
    idle: opts.idleTimeoutMs ?? DEFAULT_TRANSFER_IDLE_MS,
    retry: {
      policy: { ...DEFAULT_RETRY_POLICY, ...opts.retry },
      clock: opts.clock,
      logger: opts.logger,
      label: "Download",
      idempotent: true,
      ...(opts.signal ? { signal: opts.signal } : {}),
    },
    progress: opts.progress ?? noProgress,
  };
  const first = await firstResponse(run);
  const finalPath = await checkedDestination(opts, first);
  const target: Target = { meta: metaOf(first), finalPath, partPath: `${finalPath}.part` };
  if (await upToDate(opts, target)) {
    await first.body.dump().catch(() => {});
    return { path: finalPath, status: "skipped", bytes: 0, resumedFrom: 0, verified: "length" };
  }

  const part = await partFile(target.partPath, first);
  if (part && opts.force) await fs.promises.rm(target.partPath);
  const { res, offset } = await resumePart(run, target, first, part);
  if (offset === 0 && part && !opts.force) await fs.promises.rm(target.partPath);
  const handle = offset > 0 ? await openExisting(target.partPath) : await openNew(target.partPath);
  const hash = await fileChecksum(target.partPath, target.meta.digests, target.meta.total, offset);
  run.progress.start(path.basename(finalPath), target.meta.total, offset);
  let written: number;
  try {
    written = await transfer(run, target, res, handle, hash, offset);
  } catch (err) {
    await hash?.cancel();
    throw err;
  } finally {
    await handle.close();
    run.progress.finish();
  }
  return finishFile(opts.logger, target, hash, written, offset);
}

/** A GET of the current source (from `range.from` when given), added to the opened responses. */
async function get(run: Run, range?: { from: number; validator?: string | undefined }): Promise<RawResponse> {
  const src = run.source;
  if ("response" in src) {
    const r = src.response;
    if (!r.body) throw new ProtocolError("The server sent an empty download", { status: r.status });
    const { Readable } = await import("node:stream");
    const body = Readable.from(r.body, { objectMode: false }) as unknown as RawResponse["body"];
    Object.assign(body, { dump: () => r.cancel(), text: async () => "" });
    const headers: Record<string, string> = {};
    r.headers.forEach((v, k) => (headers[k] = v));
    run.opened.push({ url: r.url, status: r.status, headers, body });
    return run.opened[run.opened.length - 1]!;
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
    headersTimeoutMs: run.idle,
    idleTimeoutMs: run.idle,
    proxy: run.opts.proxy,
    ...(run.opts.signal ? { signal: run.opts.signal } : {}),
    authorization: src.authorization && src.apiOrigin ? { origin: src.apiOrigin, value: src.authorization } : undefined,
    log: (line) => run.opts.logger.debug(line),
  });
  run.opened.push(res);
  return res;
}

/** The first request is retried like an RPC: a 429, a 5xx, a reset or no answer. */
function firstResponse(run: Run): Promise<RawResponse> {
  return withRetry(run.retry, async (n) => {
    if (n > 1 && "response" in run.source) run.source = await run.opts.source();
    const r = await get(run);
    if (r.status !== 200) await failFor(r);
    return r;
  });
}

/** The checked final path for the file `res` answers with; the body is let go if it is refused. */
async function checkedDestination(opts: DownloadOptions, res: RawResponse): Promise<string> {
  try {
    const finalPath = await destinationOf(opts, res.url);
    await refuseFolder(finalPath);
    return finalPath;
  } catch (err) {
    await res.body.dump().catch(() => {});
    throw err;
  }
}

/** Whether the local file already has the remote length and is at least as new. */
async function upToDate(opts: DownloadOptions, { meta, finalPath }: Target): Promise<boolean> {
  if (opts.force || opts.alwaysDownload) return false;
  const local = await statOrUndefined(finalPath);
  return !!(local && meta.total !== undefined && local.size === meta.total && meta.lastModified && local.mtime >= meta.lastModified);
}

/**
 * Resumes a previous partial download of the same remote file (never one that is a link):
 * the response to copy from, and the offset it starts at (0 when the server sends it all again).
 */
async function resumePart(run: Run, { meta }: Target, res: RawResponse, part: fs.Stats | undefined): Promise<{ res: RawResponse; offset: number }> {
  const resumable =
    part &&
    !run.opts.force &&
    part.size > 0 &&
    meta.acceptRanges &&
    !("response" in run.source) &&
    (meta.total === undefined || part.size < meta.total);
  if (!resumable) return { res, offset: 0 };
  await res.body.dump().catch(() => {});
  const ranged = await get(run, { from: part.size, validator: meta.validator });
  if (ranged.status === 206 && rangeStart(ranged) === part.size && metaOf(ranged).total === meta.total) {
    const offset = part.size;
    run.opts.logger.info(`Resuming from ${offset} bytes (${meta.total === undefined ? "?" : meta.total - offset} bytes left)...`);
    return { res: ranged, offset };
  }
  if (ranged.status === 200) return { res: ranged, offset: 0 };
  await ranged.body.dump().catch(() => {});
  const whole = await get(run);
  if (whole.status !== 200) await failFor(whole);
  return { res: whole, offset: 0 };
}

/** Large bodies skip the stream machinery: see fastget.ts. */
function fastPathFits(run: Run, meta: Meta, res: RawResponse, offset: number): boolean {
  return (
    !("response" in run.source) &&
    !run.opts.proxy &&
    meta.total !== undefined &&
    meta.total - offset > FAST_PATH_MIN &&
    meta.acceptRanges &&
    !header(res, "transfer-encoding") &&
    !header(res, "content-encoding")
  );
}

/**
 * Moves the bytes into the `.part` file from `offset`, by the fast path or the stream, and
 * resumes after a connection error; returns where the file ends.
 */
async function transfer(
  run: Run,
  target: Target,
  res: RawResponse,
  handle: fs.promises.FileHandle,
  hash: FileChecksum | undefined,
  offset: number,
): Promise<number> {
  let written = offset;
  let failures = 0;
  // The first response only told us what the file is; the fast path fetches the bytes again
  // with a Range from where the file stands.
  let fast = fastPathFits(run, target.meta, res, offset);
  if (fast) await res.body.dump().catch(() => {});
  for (;;) {
    try {
      const src = run.source;
      return fast && "url" in src
        ? await fastTransfer(run, target, src, res.url, handle, written, hash)
        : await pump(res, handle, written, hash, run.progress);
    } catch (thrown) {
      if (thrown instanceof InterruptedTransfer) written = thrown.position;
      const err = thrown instanceof InterruptedTransfer ? thrown.reason : thrown;
      if (err instanceof FastPathUnavailable) {
        fast = false;
        res = written > 0 ? await resumeFrom(run, target, written) : await get(run);
        if (written === 0 && res.status !== 200) await failFor(res);
        continue;
      }
      const error = transferError(err, res.url);
      if (!(error instanceof ConnectionError)) throw error;
      // Bounded in attempts; the time budget is for waiting, not for the bytes already moving.
      const label = `Connection error: download of ${path.basename(target.finalPath)}`;
      await waitBeforeRetry({ ...run.retry, label }, error, ++failures, run.opts.clock.now());
      if (!fast) res = await resumeFrom(run, target, written);
    }
  }
}

/** The fast path from `written` on, over the URL the first answer came from. */
function fastTransfer(
  run: Run,
  { meta }: Target,
  source: Extract<DownloadSource, { url: string }>,
  url: string,
  handle: fs.promises.FileHandle,
  written: number,
  hash: FileChecksum | undefined,
): Promise<number> {
  const headers: Record<string, string> = { "User-Agent": "kaggle-actions", Range: `bytes=${written}-` };
  if (meta.validator) headers["If-Range"] = meta.validator;
  if (source.authorization && source.apiOrigin && new URL(url).origin === source.apiOrigin) headers.Authorization = source.authorization;
  return fastGet({
    url,
    headers,
    fd: handle.fd,
    position: written,
    expectStart: written,
    idleTimeoutMs: run.idle,
    ...(run.opts.signal ? { signal: run.opts.signal } : {}),
    onWritten: (data, end) => {
      hash?.written(data, end);
      run.progress.advance(data.length);
    },
  });
}

/** A ranged GET from `from`, with a fresh signed URL if the old one expired; must answer 206 there. */
async function resumeFrom(run: Run, { meta, finalPath, partPath }: Target, from: number): Promise<RawResponse> {
  let r = await get(run, { from, validator: meta.validator }).catch((e: unknown) => {
    throw transferError(e, "url" in run.source ? run.source.url : "");
  });
  if (r.status === 400 || r.status === 401 || r.status === 403 || r.status === 404 || r.status === 410) {
    // The signed URL expired: ask the API for a fresh one.
    await r.body.dump().catch(() => {});
    run.source = await run.opts.source();
    r = await get(run, { from, validator: meta.validator });
  }
  if (r.status !== 206 || rangeStart(r) !== from) {
    await r.body.dump().catch(() => {});
    throw new ProtocolError(
      `The server cannot resume ${path.basename(finalPath)} at byte ${from} (answered ${r.status}); the partial file is kept at ${partPath}: run the command again to retry`,
      { status: r.status },
    );
  }
  return r;
}

/** Checks the length and the checksum, sets the modification time and renames the `.part` file. */
async function finishFile(
  logger: Logger,
  { meta, finalPath, partPath }: Target,
  hash: FileChecksum | undefined,
  written: number,
  offset: number,
): Promise<DownloadResult> {
  if (meta.total !== undefined && written !== meta.total) {
    await hash?.cancel();
    throw new IntegrityError(
      `Downloaded file size (${written}) does not match expected size (${meta.total}) for ${path.basename(finalPath)}; the partial file is kept at ${partPath}: run the command again to resume`,
    );
  }
  if (hash) {
    const got = await hash.digest(written);
    if (got !== hash.expected) {
      await fs.promises.rm(partPath, { force: true });
      throw new IntegrityError(
        `Checksum mismatch for ${path.basename(finalPath)}: expected ${hash.algorithm} ${hash.expected}, got ${got}; the corrupt file was removed: run the command again`,
      );
    }
  }
  const mtime = meta.lastModified ?? new Date();
  await fs.promises.utimes(partPath, mtime, mtime);
  await fs.promises.rename(partPath, finalPath);
  const verified = hash ? (hash.algorithm === "CRC32C" ? "crc32c" : "md5") : meta.total !== undefined ? "length" : "none";
  if (verified === "none") {
    logger.warn(`${path.basename(finalPath)}: not verified: the server sent no length or checksum, so a cut-off download cannot be detected`);
  }
  return { path: finalPath, status: "downloaded", bytes: written - offset, resumedFrom: offset, verified };
}
