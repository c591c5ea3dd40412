/**
 * Uploading planned files (what gets uploaded: upload-plan.ts): several in flight at once with
 * a bound, and state under `<tmp>/.kaggle/uploads/` (the official CLI's place and naming) that a
 * later run really uses: a finished upload is not sent again, and an unfinished one of 1 MiB or
 * more continues from the byte the server holds (smaller ones are sent again). Any file that
 * cannot be uploaded fails the whole operation, so no dataset version is ever created without it.
 */
import fs from "node:fs";
import type { KaggleClient } from "./client";
import { ConfigurationError, KaggleApiError, NotFoundError, ProtocolError } from "./errors";
import type { Progress } from "./progress";
import type { ApiStartBlobUploadRequest } from "./types/common";
import {
  CompletedUploads,
  defaultStateDir,
  ensureStateDir,
  journaled,
  readState,
  RESUME_EXPIRY_MS,
  resumeStateFile,
  writeState,
  type ResumeState,
} from "./upload-state";

import type { UploadItem } from "./upload-plan";

export { DIR_MODES, NOT_UPLOADED, planPaths, planUploads, type DirMode, type PlanOptions, type UploadItem, type UploadPlan } from "./upload-plan";
export {
  CLOCK_SKEW_MS,
  clearResumeState,
  createdSince,
  defaultStateDir,
  filesMatch,
  forgetSentCreate,
  isUsedTokenAnswer,
  readSentCreate,
  recordSentCreate,
  RESUME_EXPIRY_MS,
  resumeStateFile,
  sameFiles,
  sentCreateFile,
  type SentCreate,
} from "./upload-state";

/** Resume state is written atomically but not flushed to the disk: see writeState. */
const RESUME_STATE = { durable: false };

export interface UploadedFile {
  item: UploadItem;
  token: string;
  /** How it got there: sent now, continued from an earlier run, or already complete. */
  how: "uploaded" | "resumed" | "reused";
}

export interface UploadEvents {
  started?(item: UploadItem): void;
  finished?(file: UploadedFile): void;
}

export interface UploadAllOptions {
  blobType?: ApiStartBlobUploadRequest["type"];
  /** Files in flight at once (default 8). */
  concurrency?: number;
  /** Folder of resume state files; default `<tmp>/.kaggle/uploads`. */
  stateDir?: string;
  events?: UploadEvents;
  /** Progress of each file's bytes. */
  progress?: (item: UploadItem) => Progress | undefined;
  signal?: AbortSignal;
  /** False: never reuse or continue an earlier run's upload of the same file (`--no-resume`). */
  resume?: boolean;
}

/** A file that could not be uploaded; nothing was created with the others. */
export class UploadFailedError extends KaggleApiError {}

/**
 * Uploads every item (at most `concurrency` at once) and returns their tokens in the items'
 * order. The first failure stops the rest and is thrown; the resume state stays so the next run
 * continues where this one stopped.
 */
export async function uploadAll(client: KaggleClient, items: readonly UploadItem[], opts: UploadAllOptions = {}): Promise<UploadedFile[]> {
  const stateDir = opts.stateDir ?? defaultStateDir(client.host.env);
  // At most 16: the transfer agent keeps 16 connections per host; more would only queue.
  const limit = Math.min(16, Math.max(1, opts.concurrency ?? 8));
  const results: UploadedFile[] = new Array(items.length);
  const abort = new AbortController();
  const signal = opts.signal ? AbortSignal.any([opts.signal, abort.signal]) : abort.signal;
  let next = 0;
  let failure: unknown;
  await ensureStateDir(stateDir);
  const completed = new CompletedUploads(stateDir, () => client.clock.now());
  const run: Run = { client, stateDir, opts, signal, completed };
  const worker = async () => {
    while (failure === undefined && !signal.aborted) {
      const i = next++;
      if (i >= items.length) return;
      try {
        results[i] = await uploadOne(run, items[i]!);
        opts.events?.finished?.(results[i]!);
      } catch (err) {
        if (failure === undefined) failure = err;
        abort.abort();
        return;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  const unrecorded = completed.close();
  if (unrecorded) client.logger.warn(`Could not record the finished uploads (${unrecorded.message}); a rerun sends them again`);
  if (failure !== undefined) {
    const item = items[results.findIndex((r) => r === undefined)] ?? items[0];
    const e = failure as Error;
    const status = failure instanceof KaggleApiError ? failure.status : 0;
    throw new UploadFailedError(
      `Upload of ${item?.name ?? "a file"} failed: ${e.message}; nothing was created. Run the command again to resume the uploads`,
      { status },
    );
  }
  if (opts.signal?.aborted) throw new UploadFailedError("Upload cancelled; nothing was created", { status: 0 });
  return results;
}

/** What every upload of one `uploadAll` shares. */
interface Run {
  client: KaggleClient;
  stateDir: string;
  opts: UploadAllOptions;
  signal: AbortSignal;
  completed: CompletedUploads;
}

async function uploadOne(run: Run, item: UploadItem): Promise<UploadedFile> {
  const { client, opts, signal } = run;
  opts.events?.started?.(item);
  const progress = opts.progress?.(item);
  if (journaled(item)) {
    const token = opts.resume !== false ? run.completed.find(item) : undefined;
    if (token) return { item, token, how: "reused" };
    const uploaded = await freshUpload(client, item, undefined, opts, signal, progress);
    run.completed.record(item, uploaded.token);
    return uploaded;
  }
  const stateFile = resumeStateFile(run.stateDir, item.sourceKey);
  const saved = readState(stateFile);
  const usable = opts.resume !== false && saved && isUsable(saved, item, client.clock.now());
  if (usable) {
    const done = await continueUpload(client, item, saved, stateFile, signal, progress);
    if (done) return done;
  }
  if (signal.aborted) throw new UploadFailedError("cancelled", { status: 0 });
  return freshUpload(client, item, stateFile, opts, signal, progress);
}

/** Saved state names this very item, is fresh enough, and holds a token and an upload URL. */
function isUsable(saved: ResumeState, item: UploadItem, now: number): boolean {
  return Boolean(
    saved.path === item.sourceKey &&
    saved.fingerprint === item.fingerprint &&
    saved.start_blob_upload_request?.name === item.name &&
    saved.start_blob_upload_request?.contentLength === item.size &&
    now - saved.timestamp * 1000 < RESUME_EXPIRY_MS &&
    saved.start_blob_upload_response?.token &&
    saved.start_blob_upload_response?.createUrl,
  );
}

/** Reuses or continues a saved upload; `undefined` when its session has expired on the server. */
async function continueUpload(
  client: KaggleClient,
  item: UploadItem,
  saved: ResumeState,
  stateFile: string,
  signal: AbortSignal,
  progress: Progress | undefined,
): Promise<UploadedFile | undefined> {
  const response = saved.start_blob_upload_response;
  if (saved.upload_complete) return { item, token: response.token, how: "reused" };
  try {
    const r = await client.upload({
      url: response.createUrl,
      file: item.path,
      size: item.size,
      resume: true,
      signal,
      ...(progress ? { progress } : {}),
    });
    await writeState(stateFile, { ...saved, upload_complete: true }, RESUME_STATE);
    return { item, token: response.token, how: r.resumedFrom > 0 ? "resumed" : "uploaded" };
  } catch (err) {
    if (!(err instanceof NotFoundError) && !(err instanceof KaggleApiError && err.status === 410)) {
      if (!(err instanceof KaggleApiError) || err.status !== 404) throw err;
    }
    client.logger.debug(`upload session of ${item.name} expired; starting again`);
    return undefined;
  }
}

/**
 * Starts a new upload session and sends the whole file, recording the state as it goes (in
 * `stateFile`; a small file's completion is recorded by the caller).
 */
async function freshUpload(
  client: KaggleClient,
  item: UploadItem,
  stateFile: string | undefined,
  opts: UploadAllOptions,
  signal: AbortSignal,
  progress: Progress | undefined,
): Promise<UploadedFile> {
  const request: ApiStartBlobUploadRequest = {
    type: opts.blobType ?? "DATASET",
    name: item.name,
    contentLength: item.size,
    lastModifiedEpochSeconds: item.mtimeSec,
  };
  const response = await client.blobs.startUpload(request);
  if (!response.token || !response.createUrl) {
    throw new ProtocolError(`StartBlobUpload answered without an upload URL for ${item.name}`, { status: 0 });
  }
  const state: ResumeState = {
    path: item.sourceKey,
    fingerprint: item.fingerprint,
    start_blob_upload_request: request,
    timestamp: Math.floor(client.clock.now() / 1000),
    start_blob_upload_response: { token: response.token, createUrl: response.createUrl },
    upload_complete: false,
  };
  // The state is written while the bytes travel; a crash before it lands only costs the resume.
  const started = stateFile ? writeState(stateFile, state, RESUME_STATE) : Promise.resolve();
  started.catch(() => undefined);
  let r: Awaited<ReturnType<typeof client.upload>>;
  try {
    r = await client.upload({
      url: response.createUrl,
      file: item.path,
      size: item.size,
      signal,
      ...(progress ? { progress } : {}),
    });
  } catch (err) {
    await started.catch(() => undefined); // a failed upload is resumable only once its state has landed
    throw err;
  }
  await started;
  if (stateFile) await writeState(stateFile, { ...state, upload_complete: true }, RESUME_STATE);
  return { item, token: response.token, how: r.resumedFrom > 0 ? "resumed" : "uploaded" };
}

/** A folder given with `-p` must exist and be a folder. */
export function checkFolder(folder: string): void {
  let st: fs.Stats | undefined;
  try {
    st = fs.statSync(folder);
  } catch {
    st = undefined;
  }
  if (!st?.isDirectory()) throw new ConfigurationError(`Invalid folder: ${folder}; give the dataset folder with -p`);
}
