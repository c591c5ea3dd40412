/**
 * Upload of one file to the `createUrl` a start RPC handed out: a streamed `PUT` of the raw
 * bytes with no Authorization. After a dropped connection the upload is resumed with Google
 * Cloud Storage's resumable protocol: a `Content-Range: bytes * /N` probe, a `308` whose
 * `Range` says what arrived, then a `PUT` of the rest.
 */
import fs from "node:fs";
import path from "node:path";
import type { Clock, Logger } from "./env";
import { ConnectionError, KaggleApiError } from "./errors";
import { fastPut } from "./fastput";
import { header, rawRequest, transferError } from "./http";
import { noProgress, type Progress } from "./progress";
import { backoffDelay, DEFAULT_RETRY_POLICY, type RetryPolicy } from "./retry";
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

/** Asks the upload session how many bytes it holds: `size` when complete. */
export async function probeUpload(opts: UploadOptions): Promise<number> {
  const res = await rawRequest({
    method: "PUT",
    url: opts.url,
    headers: { "content-length": "0", "content-range": `bytes */${opts.size}` },
    body: null,
    headersTimeoutMs: opts.idleTimeoutMs ?? 60_000,
    idleTimeoutMs: opts.idleTimeoutMs ?? 60_000,
    proxy: opts.proxy,
  });
  await res.body.dump().catch(() => {});
  if (COMPLETE.has(res.status)) return opts.size;
  if (res.status === 308) {
    const range = header(res, "range");
    if (!range) return 0;
    const m = /^bytes=0-(\d+)$/.exec(range);
    if (!m) throw new KaggleApiError(`Invalid Range header from the upload server: ${range}`, { status: 308 });
    return Number(m[1]) + 1;
  }
  if (res.status === 404 || res.status === 410) {
    throw new KaggleApiError(`Upload of ${opts.file} expired; start it again`, { status: res.status });
  }
  throw uploadFailed(res.status, opts);
}

function uploadFailed(status: number, opts: UploadOptions): KaggleApiError {
  const err = new KaggleApiError(
    `Upload of ${opts.file} failed: ${status} ${httpReason(status)} from ${printableUrl(opts.url)}`,
    { status },
  );
  return err;
}

/**
 * The file's bytes as undici pulls them, counted for progress. (A `data` listener would switch
 * the stream to flowing mode before undici reads it, and chunks could be lost.)
 */
async function* counted(stream: fs.ReadStream, progress: Progress): AsyncGenerator<Buffer> {
  for await (const chunk of stream) {
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
  if (opts.size - from >= FAST_PATH_MIN && !opts.proxy) {
    const head = await fastPut({
      url: opts.url,
      file: opts.file,
      from,
      to: opts.size,
      headers,
      idleTimeoutMs: opts.idleTimeoutMs ?? 120_000,
      onSent: (n) => progress.advance(n),
      ...(opts.signal ? { signal: opts.signal } : {}),
    });
    return head.status;
  }
  // Read buffers no larger than the file: a 1 MiB buffer per 100 KiB file is mostly garbage.
  const highWaterMark = Math.min(1 << 20, Math.max(16 << 10, opts.size - from));
  const body = opts.size - from === 0 ? null : counted(fs.createReadStream(opts.file, { start: from, end: opts.size - 1, highWaterMark }), progress);
  const res = await rawRequest({
    method: "PUT",
    url: opts.url,
    headers,
    body,
    headersTimeoutMs: opts.idleTimeoutMs ?? 120_000,
    idleTimeoutMs: opts.idleTimeoutMs ?? 120_000,
    proxy: opts.proxy,
    ...(opts.signal ? { signal: opts.signal } : {}),
  });
  await res.body.dump().catch(() => {});
  return res.status;
}

export async function uploadFile(opts: UploadOptions): Promise<UploadResult> {
  const policy = { ...DEFAULT_RETRY_POLICY, ...opts.retry };
  const progress = opts.progress ?? noProgress;
  const stat = await fs.promises.stat(opts.file);
  if (stat.size !== opts.size) {
    throw new KaggleApiError(`${opts.file} changed size while uploading (${opts.size} → ${stat.size} bytes); run the command again`, { status: 0 });
  }
  let from = opts.resume ? await probeUpload(opts) : 0;
  const resumedFrom = from;
  progress.start(path.basename(opts.file), opts.size, from);
  try {
    if (from >= opts.size && opts.size > 0) return { sent: 0, resumedFrom };
    for (let failures = 0; ; ) {
      let status: number;
      try {
        status = await put(opts, from, progress);
      } catch (err) {
        status = -1;
        const error = transferError(err, opts.url);
        if (!(error instanceof ConnectionError) || opts.signal?.aborted) throw error;
        failures++;
        if (failures >= policy.maxAttempts) throw error;
        const delay = backoffDelay(policy, failures);
        opts.logger.warn(`Upload of ${opts.file} interrupted (${error.message}); resuming in ${(delay / 1000).toFixed(1)} s (attempt ${failures + 1} of ${policy.maxAttempts})`);
        await opts.clock.sleep(delay, opts.signal);
        from = await probeUpload(opts);
        if (from >= opts.size) return { sent: opts.size - resumedFrom, resumedFrom };
        continue;
      }
      if (COMPLETE.has(status)) return { sent: opts.size - resumedFrom, resumedFrom };
      if (status === 308 || status === 503 || status === 500 || status === 502 || status === 504 || status === 429) {
        failures++;
        if (failures >= policy.maxAttempts) throw uploadFailed(status, opts);
        await opts.clock.sleep(backoffDelay(policy, failures), opts.signal);
        from = await probeUpload(opts);
        if (from >= opts.size) return { sent: opts.size - resumedFrom, resumedFrom };
        continue;
      }
      throw uploadFailed(status, opts);
    }
  } finally {
    progress.finish();
  }
}
