/**
 * Uploading a model folder and sending the create that carries its tokens: plan (archives, ignore
 * patterns), parallel resumable uploads of MODEL blobs, and for `versions create` the record of a
 * create whose answer is pending, so that a rerun after a lost answer does not make it twice.
 */
import path from "node:path";
import type { KaggleClient } from "../client";
import { KaggleApiError } from "../errors";
import { ignoreRules } from "../ignore";
import type { Progress } from "../progress";
import type { ApiDatasetNewFile } from "../types/datasets";
import type { DirMode, SentCreate, UploadedFile, UploadEvents, UploadItem } from "../uploads";

const uploads = () => import("../uploads");

export interface ModelUploadOptions {
  dirMode?: DirMode;
  /** Patterns on top of the defaults (`.git/`, `.cache/`, …). */
  ignorePatterns?: readonly string[];
  concurrency?: number;
  stateDir?: string;
  signal?: AbortSignal;
  progress?: (item: UploadItem) => Progress | undefined;
  events?: UploadEvents & {
    skippedFolder?(name: string): void;
    skippedOther?(name: string): void;
    ignored?(names: string[]): void;
    planned?(items: readonly UploadItem[]): void;
  };
}

export interface ModelUploadResult<R> {
  response: R;
  uploaded: UploadedFile[];
  /** Set when nothing was sent because an earlier run, whose answer was lost, had made it: what was found. */
  recovered?: string;
}

/**
 * Plans and uploads the folder's files as MODEL blobs, then sends `send` with their tokens; the
 * resume state is cleared once the server accepted them (an answer without `error`). With
 * `guard`, the create is recorded while its answer is pending (see `createVersion`).
 */
export async function uploadThen<R>(
  client: KaggleClient,
  folder: string,
  opts: ModelUploadOptions,
  send: (files: ApiDatasetNewFile[]) => Promise<R>,
  guard?: CreateGuard<R>,
): Promise<ModelUploadResult<R>> {
  const m = await uploads();
  m.checkFolder(folder);
  const plan = await m.planUploads(folder, { dirMode: opts.dirMode ?? "skip", ignore: ignoreRules(opts.ignorePatterns ?? []) });
  try {
    if (plan.ignored.length) opts.events?.ignored?.(plan.ignored);
    for (const name of plan.skippedFolders) opts.events?.skippedFolder?.(name);
    for (const name of plan.skippedOther) opts.events?.skippedOther?.(name);
    const stateDir = opts.stateDir ?? m.defaultStateDir(client.host.env);
    const sentFile = m.sentCreateFile(stateDir, `model:${path.resolve(folder)}`);
    const current = (): SentCreate | undefined =>
      guard && {
        kind: guard.kind,
        target: guard.target,
        text: guard.text,
        files: plan.items.map((i) => ({ name: i.name, size: i.size, fingerprint: i.fingerprint })),
        sentAt: client.clock.now(),
      };
    const earlier = guard ? m.readSentCreate(sentFile) : undefined;
    if (guard && earlier) {
      const now = current()!;
      const isThis = earlier.kind === now.kind && earlier.target === now.target && earlier.text === now.text && m.sameFiles(earlier.files, now.files);
      const found = await guard.find(earlier);
      if (found) await m.clearResumeState(plan.items, stateDir);
      await m.forgetSentCreate(sentFile);
      if (found && isThis) {
        const message = `Version ${found.version} of ${guard.target} with these notes already exists: created by an earlier run whose answer was lost; nothing was uploaded again`;
        return { response: found.response, uploaded: [], recovered: message };
      }
    }
    opts.events?.planned?.(plan.items);
    const uploaded = await m.uploadAll(client, plan.items, {
      blobType: "MODEL",
      stateDir,
      ...(opts.concurrency !== undefined ? { concurrency: opts.concurrency } : {}),
      ...(opts.events ? { events: opts.events } : {}),
      ...(opts.progress ? { progress: opts.progress } : {}),
      ...(opts.signal ? { signal: opts.signal } : {}),
    });
    const record = current();
    if (record) await m.recordSentCreate(sentFile, record);
    let response: R;
    try {
      response = await send(uploaded.map((u) => ({ token: u.token })));
    } catch (err) {
      // An answer (even a refusal) means nothing is pending; no answer means it may have happened.
      if (record && err instanceof KaggleApiError && err.status !== 0) await m.forgetSentCreate(sentFile);
      throw err;
    }
    if (record) await m.forgetSentCreate(sentFile);
    if (!response || !(response as { error?: string }).error) await m.clearResumeState(plan.items, stateDir);
    return { response, uploaded };
  } finally {
    await plan.cleanup();
  }
}

/** What `uploadThen` records of a create, and how it finds one an earlier run made. */
export interface CreateGuard<R> {
  kind: SentCreate["kind"];
  target: string;
  text: string;
  find(sent: SentCreate): Promise<{ response: R; version: number } | undefined>;
}
