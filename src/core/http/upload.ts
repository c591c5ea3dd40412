/**
 * Upload of one file to the `createUrl` a start RPC handed out: a streamed `PUT` of the raw
 * bytes with no Authorization. After a dropped connection the upload is resumed with Google
 * Cloud Storage's resumable protocol: a `Content-Range: bytes * /N` probe, a `308` whose
 * `Range` says what arrived, then a `PUT` of the rest.
 */
import fs from "node:fs";
import path from "node:path";
import type { Clock, Logger } from "../env";
import { apiErrorFor, ConnectionError, IntegrityError, ProtocolError, type KaggleApiError } from "../errors";
import { fastPut } from "./fastput";
import { DEFAULT_TRANSFER_IDLE_MS, header, rawRequest, smallExchange, transferError } from "./request";
import { noProgress, type Progress } from "../progress";
import { DEFAULT_RETRY_POLICY, parseRetryAfter, waitBeforeRetry, withRetry, type RetryContext, type RetryPolicy } from "./retry";
import { httpReason, printableUrl } from "./transport";

export interface UploadOptions {
  url: string;
  file: string;
  /** Size of the file when the upload was started; a change aborts the upload. */
  size: number;
  logger: Logger;
  clock: Clock;
  progress?: Progress;
  retry?: Partial<RetryPolicy>;
  proxy?: string | undefined;
  idleTimeoutMs?: number;
  signal?: AbortSignal;
  /** Probe the session first (resuming an upload a previous run began). */
  resume?: boolean;
}

export interface UploadResult {
  /** Bytes sent by this call (less than the size when an upload was resumed). */
  sent: number;
  resumedFrom: number;
}

const COMPLETE = new Set([200, 201]);

function retryContext(opts: UploadOptions, label: string): RetryContext {
  return {
    policy: { ...DEFAULT_RETRY_POLICY, ...opts.retry },
    clock: opts.clock,
    logger: opts.logger,
    label,
    // Asking how much arrived, and resending bytes of a session, change nothing twice.
    idempotent: true,
    ...(opts.signal ? { signal: opts.signal } : {}),
  };
}

/**
 * Asks the upload session how many bytes it holds: `size` when complete. Retried like an RPC
 * (a 429, a 5xx, a reset or no answer).
 */
export function probeUpload(opts: UploadOptions): Promise<number> {
  return withRetry(retryContext(opts, `Status check of the upload of ${opts.file}`), () => probeOnce(opts));
}

async function probeOnce(opts: UploadOptions): Promise<number> {
  const res = await smallExchange(putRequest(opts, { "content-length": "0", "content-range": `bytes */${opts.size}` }, null));
  if (COMPLETE.has(res.status)) return opts.size;
  if (res.status === 308) {
    const range = header(res, "range");
    if (!range) return 0;
    const m = /^bytes=0-(\d+)$/.exec(range);
    if (!m) throw new ProtocolError(`Invalid Range header from the upload server: ${range}`, { status: 308 });
    return Number(m[1]) + 1;
  }
  if (res.status === 404 || res.status === 410) {
    throw apiErrorFor(`Upload of ${opts.file} expired; start it again`, { status: res.status });
  }
  throw uploadFailed(res.status, opts, { retryAfterMs: parseRetryAfter(header(res, "retry-after"), opts.clock.now()) });
}

function uploadFailed(status: number, opts: UploadOptions, details: { retryAfterMs?: number | undefined; retry?: boolean } = {}): KaggleApiError {
  return apiErrorFor(`Upload of ${opts.file} failed: ${status} ${httpReason(status)} from ${printableUrl(opts.url)}`, { ...details, status });
}

/**
 * The file's bytes as undici pulls them, counted for progress. (A `data` listener would switch
 * the stream to flowing mode before undici reads it, and chunks could be lost.)
 */
async function* counted(stream: fs.ReadStream, progress: Progress, live: () => boolean): AsyncGenerator<Buffer> {
  for await (const chunk of stream) {
    // A chunk read ahead after the exchange failed was never sent: it is not progress.
    if (!live()) return;
    progress.advance((chunk as Buffer).length);
    yield chunk as Buffer;
  }
}

/** Below this many bytes a pooled keep-alive connection beats a new one. */
const FAST_PATH_MIN = 8 << 20;

/** Sends bytes `[from, size)` of the file in one PUT; resolves with the HTTP status. */
async function put(opts: UploadOptions, from: number, progress: Progress): Promise<number> {
  const headers: Record<string, string> = { "content-length": String(opts.size - from) };
  if (from > 0) headers["content-range"] = `bytes ${from}-${opts.size - 1}/${opts.size}`;
  const length = opts.size - from;
  if (length >= FAST_PATH_MIN && !opts.proxy) {
    const started = Date.now();
    const head = await fastPut({
      url: opts.url,
      file: opts.file,
      from,
      to: opts.size,
      headers,
      idleTimeoutMs: opts.idleTimeoutMs ?? DEFAULT_TRANSFER_IDLE_MS,
      onSent: (n) => progress.advance(n),
      ...(opts.signal ? { signal: opts.signal } : {}),
    });
    opts.logger.debug(`PUT ${printableUrl(opts.url)} -> ${head.status} (${Date.now() - started} ms)`);
    return head.status;
  }
  if (length > 0 && length <= SMALL_PUT_MAX) {
    const block = takeBlock(length);
    try {
      const status = await sendSmall(opts, headers, await readPart(opts.file, from, length, block));
      progress.advance(length);
      return status;
    } finally {
      // The exchange is over (its socket reused or closed): nothing reads the block any more.
      if (spareBlocks.length < MAX_SPARE_BLOCKS) spareBlocks.push(block);
    }
  }
  if (length === 0) return sendSmall(opts, headers, Buffer.alloc(0));
  const stream = fs.createReadStream(opts.file, { start: from, end: opts.size - 1, highWaterMark: 1 << 20 });
  let live = true;
  try {
    return await send(
      opts,
      headers,
      counted(stream, progress, () => live),
    );
  } finally {
    live = false;
    stream.destroy();
  }
}

/** A `PUT` to the upload session, with the session's timeouts, proxy, signal and debug log. */
function putRequest<B>(opts: UploadOptions, headers: Record<string, string>, body: B) {
  const timeout = opts.idleTimeoutMs ?? DEFAULT_TRANSFER_IDLE_MS;
  return {
    method: "PUT" as const,
    url: opts.url,
    headers,
    body,
    headersTimeoutMs: timeout,
    idleTimeoutMs: timeout,
    proxy: opts.proxy,
    ...(opts.signal ? { signal: opts.signal } : {}),
    log: (line: string) => opts.logger.debug(line),
  };
}

/** One PUT of bytes in memory; resolves with the status once the answer is read. */
async function sendSmall(opts: UploadOptions, headers: Record<string, string>, body: Buffer): Promise<number> {
  return (await smallExchange(putRequest(opts, headers, body))).status;
}

/** One PUT through the general client; resolves with the status once the answer is read. */
async function send(opts: UploadOptions, headers: Record<string, string>, body: AsyncIterable<Buffer>): Promise<number> {
  const res = await rawRequest(putRequest(opts, headers, body));
  await res.body.dump().catch(() => {});
  return res.status;
}

/**
 * Up to this many bytes are read and sent in one piece, from a reused block: a stream, or a
 * fresh buffer per file, leaves megabytes to the garbage collector over a thousand small files.
 */
const SMALL_PUT_MAX = 1 << 20;
/** Blocks kept for reuse: one per upload in flight (at most 16, see uploads.ts). */
const MAX_SPARE_BLOCKS = 16;
const spareBlocks: Buffer[] = [];
/** Blocks are sized to the file, in steps of this: a thousand 100 KiB files need 128 KiB blocks, not 1 MiB ones. */
const BLOCK_STEP = 64 << 10;

function takeBlock(length: number): Buffer {
  const i = spareBlocks.findIndex((b) => b.length >= length);
  if (i >= 0) return spareBlocks.splice(i, 1)[0]!;
  return Buffer.allocUnsafeSlow(Math.min(SMALL_PUT_MAX, Math.ceil(length / BLOCK_STEP) * BLOCK_STEP));
}

/**
 * Bytes `[from, from + length)` of a file, read into `block`; the file must still hold them. At
 * most {@link SMALL_PUT_MAX} bytes. Opening and closing are synchronous (the plan has just
 * looked the file up, so they touch no disk), the read goes to the thread pool (from a cold
 * cache it waits for the disk, which must not stop the other uploads): one round trip per file
 * instead of three.
 */
async function readPart(file: string, from: number, length: number, block: Buffer): Promise<Buffer> {
  const fd = fs.openSync(file, "r");
  try {
    for (let done = 0; done < length;) {
      const bytesRead = await readAt(fd, block, done, length - done, from + done);
      if (bytesRead === 0) {
        throw new IntegrityError(`${file} ended at byte ${from + done}, before the ${from + length} bytes announced; run the command again`);
      }
      done += bytesRead;
    }
  } finally {
    fs.closeSync(fd);
  }
  return block.subarray(0, length);
}

function readAt(fd: number, block: Buffer, offset: number, length: number, position: number): Promise<number> {
  return new Promise((resolve, reject) => fs.read(fd, block, offset, length, position, (err, n) => (err ? reject(err) : resolve(n))));
}

export async function uploadFile(opts: UploadOptions): Promise<UploadResult> {
  const progress = opts.progress ?? noProgress;
  const stat = opts.size <= SMALL_PUT_MAX ? fs.statSync(opts.file) : await fs.promises.stat(opts.file);
  if (stat.size !== opts.size) {
    throw new IntegrityError(`${opts.file} changed size while uploading (${opts.size} → ${stat.size} bytes); run the command again`);
  }
  let from = opts.resume ? await probeUpload(opts) : 0;
  const resumedFrom = from;
  const retry = retryContext(opts, `Upload of ${opts.file}`);
  progress.start(path.basename(opts.file), opts.size, from);
  try {
    if (from >= opts.size && opts.size > 0) return { sent: 0, resumedFrom };
    for (let failures = 1; ; failures++) {
      let error: KaggleApiError;
      try {
        const status = await put(opts, from, progress);
        if (COMPLETE.has(status)) return { sent: opts.size - resumedFrom, resumedFrom };
        // 308: the session holds only part of the bytes; the probe below says how many.
        error = uploadFailed(status, opts, status === 308 ? { retry: true } : {});
      } catch (err) {
        error = transferError(err, opts.url);
        if (!(error instanceof ConnectionError)) throw error;
      }
      // Bounded in attempts; the time budget is for waiting, not for the bytes already sent.
      await waitBeforeRetry(retry, error, failures, opts.clock.now());
      from = await probeUpload(opts);
      if (from >= opts.size) return { sent: opts.size - resumedFrom, resumedFrom };
    }
  } finally {
    progress.finish();
  }
}
