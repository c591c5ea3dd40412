/**
 * Publishing a dataset folder, for `datasets create` and `datasets version`: plan the files,
 * look up a create whose answer an earlier run lost, upload, send the create, and retry once
 * when the server says kept tokens were already used.
 */
import path from "node:path";
import type { KaggleClient } from "../client";
import { KaggleApiError } from "../errors";
import { ignoreRules } from "../ignore";
import type { ResourceSpec } from "../metadata/dataset";
import type { Progress } from "../progress";
import { datasetUrl, onWeb, parseDatasetRef, refName, type DatasetRef } from "../refs";
import type { ApiCreateDatasetResponse, ApiDataset, ApiDatasetNewFile } from "../types/datasets";
import type { DirMode, SentCreate, UploadedFile, UploadEvents, UploadItem, UploadPlan } from "../uploads";
import type { DatasetsResource } from "./datasets";

/** Upload planning, archiving and resume state: loaded only by the commands that upload. */
const uploads = () => import("../uploads");
type Uploads = Awaited<ReturnType<typeof uploads>>;

export interface PublishOptions {
  /** `-r/--dir-mode`. */
  dirMode?: DirMode;
  /** Files in flight at once. */
  concurrency?: number;
  events?: UploadEvents & {
    skippedFolder?(name: string): void;
    skippedOther?(name: string): void;
    /** What the ignore patterns left out (folders end in `/`), once, before any upload. */
    ignored?(names: string[]): void;
    /** The files about to be uploaded, once, before any byte is sent. */
    planned?(items: readonly UploadItem[]): void;
  };
  /** Ignore patterns on top of the defaults (`.git/`, `.cache/`, …; see `core/ignore`). */
  ignorePatterns?: readonly string[];
  progress?: (item: UploadItem) => Progress | undefined;
  /** Resume state folder (default `<tmp>/.kaggle/uploads`). */
  stateDir?: string;
  signal?: AbortSignal;
}

export interface PublishResult {
  response: ApiCreateDatasetResponse;
  uploaded: UploadedFile[];
  /** True when `status` is `ok` (any case), the only success the official CLI recognises. */
  ok: boolean;
  /**
   * Set when nothing was created because an earlier run's create, whose answer was lost, had
   * already done it: what was found, in one line.
   */
  recovered?: { message: string; version?: number };
}

/** The `files[]` entries of a create/version request, resources matched by file name. */
export function newFiles(uploaded: UploadedFile[], resources: ResourceSpec[]): ApiDatasetNewFile[] {
  return uploaded.map((u) => {
    const r = resources.find((x) => x.path === u.item.name);
    const f: ApiDatasetNewFile = { token: u.token };
    if (r?.description !== undefined) f.description = r.description;
    if (r?.columns?.length) f.columns = r.columns;
    return f;
  });
}

export function statusIsOk(res: ApiCreateDatasetResponse): boolean {
  return (res.status ?? "").toLowerCase() === "ok";
}

/** What `create` and `version` each decide; the rest of publishing is shared. */
export interface PublishRequest {
  kind: "dataset-create" | "dataset-version";
  folder: string;
  ref: DatasetRef;
  notes: string;
  opts: PublishOptions;
  /** A lost create of this folder counts as done too (for a version asked for right after it). */
  acceptEarlierCreate?: boolean;
  /** Runs once nothing earlier was found, before any byte is uploaded (create: the slug is free). */
  before?: () => Promise<void>;
  send: (uploaded: UploadedFile[]) => Promise<ApiCreateDatasetResponse>;
}

type DatasetReader = Pick<DatasetsResource, "get" | "filesAll">;

/**
 * Plans and uploads the folder's files, then sends the create with their tokens. Safe to
 * repeat: a create sent earlier whose answer never came back (see `SentCreate`) is looked up
 * first and reported instead of made again, and tokens the server says an earlier create
 * already used are forgotten and uploaded again.
 */
export async function publishFolder(client: KaggleClient, datasets: DatasetReader, p: PublishRequest): Promise<PublishResult> {
  const m = await uploads();
  const { opts } = p;
  const stateDir = opts.stateDir ?? m.defaultStateDir(client.host.env);
  const plan = await m.planUploads(p.folder, { dirMode: opts.dirMode ?? "skip", ignore: ignoreRules(opts.ignorePatterns ?? []) });
  if (plan.ignored.length) opts.events?.ignored?.(plan.ignored);
  try {
    for (const name of plan.skippedFolders) opts.events?.skippedFolder?.(name);
    for (const name of plan.skippedOther) opts.events?.skippedOther?.(name);
    return await new Publishing(client, datasets, p, m, plan, stateDir).run();
  } finally {
    await plan.cleanup();
  }
}

/** One publishing of a planned folder. */
class Publishing {
  private readonly sentFile: string;

  constructor(
    private readonly client: KaggleClient,
    private readonly datasets: DatasetReader,
    private readonly p: PublishRequest,
    private readonly m: Uploads,
    private readonly plan: UploadPlan,
    private readonly stateDir: string,
  ) {
    this.sentFile = m.sentCreateFile(stateDir, `dataset:${path.resolve(p.folder)}`);
  }

  /** The record of this create, as it would be sent now. */
  private current(): SentCreate {
    const { p } = this;
    return {
      kind: p.kind,
      target: `${p.ref.owner}/${p.ref.slug}`,
      text: p.notes,
      files: this.plan.items.map((i) => ({ name: i.name, size: i.size, fingerprint: i.fingerprint })),
      sentAt: this.client.clock.now(),
    };
  }

  async run(): Promise<PublishResult> {
    const { m, p, plan, stateDir } = this;
    const earlier = m.readSentCreate(this.sentFile);
    // The earlier create is this very request, so tokens it used count as this run's.
    let earlierIsThis = false;
    if (earlier) {
      earlierIsThis = this.isThis(earlier);
      const found = await findCreated(this.datasets, m, earlier);
      if (found && earlierIsThis) {
        await m.clearResumeState(plan.items, stateDir);
        await m.forgetSentCreate(this.sentFile);
        return recovered(this.client.webBase, p.ref, found.version, earlier.kind);
      }
      // Found but not what is asked now: its tokens are used up. Not found: they are still good.
      if (found) await m.clearResumeState(plan.items, stateDir);
      await m.forgetSentCreate(this.sentFile);
    }
    await p.before?.();
    p.opts.events?.planned?.(plan.items);
    let { response, uploaded } = await this.attempt();
    if (!statusIsOk(response) && m.isUsedTokenAnswer(response.error) && uploaded.some((u) => u.how === "reused")) {
      // Kept tokens that a create already used: one whose success this client never recorded.
      await m.clearResumeState(plan.items, stateDir);
      const found = await findCreated(this.datasets, m, { ...this.current(), sentAt: earlier?.sentAt ?? 0 });
      if (found || earlierIsThis) return recovered(this.client.webBase, p.ref, found?.version, p.kind, response.error);
      this.client.logger.info(`Kaggle says an earlier upload of these files was already used (${response.error}); uploading them again`);
      ({ response, uploaded } = await this.attempt());
    }
    const ok = statusIsOk(response);
    if (ok) await m.clearResumeState(plan.items, stateDir);
    if (response.url) response.url = onWeb(response.url, this.client.webBase);
    return { response, uploaded, ok };
  }

  /** The earlier create asked for what is asked now (a version may accept an earlier create). */
  private isThis(earlier: SentCreate): boolean {
    const now = this.current();
    return (
      earlier.target === now.target &&
      this.m.sameFiles(earlier.files, now.files) &&
      (earlier.kind === now.kind ? earlier.text === now.text : this.p.acceptEarlierCreate === true && earlier.kind === "dataset-create")
    );
  }

  /** Uploads every file, then sends the create, recording it while its answer is pending. */
  private async attempt(): Promise<{ response: ApiCreateDatasetResponse; uploaded: UploadedFile[] }> {
    const { m, p, sentFile } = this;
    const opts = p.opts;
    const uploaded = await m.uploadAll(this.client, this.plan.items, {
      stateDir: this.stateDir,
      ...(opts.concurrency !== undefined ? { concurrency: opts.concurrency } : {}),
      ...(opts.events ? { events: opts.events } : {}),
      ...(opts.progress ? { progress: opts.progress } : {}),
      ...(opts.signal ? { signal: opts.signal } : {}),
    });
    await m.recordSentCreate(sentFile, this.current());
    try {
      const response = await p.send(uploaded);
      await m.forgetSentCreate(sentFile);
      return { response, uploaded };
    } catch (err) {
      // An answer (even a refusal) means nothing is pending; no answer means it may have happened.
      if (err instanceof KaggleApiError && err.status !== 0) await m.forgetSentCreate(sentFile);
      throw err;
    }
  }
}

/** What the server has of a create that was sent earlier: the version it made, if it happened. */
async function findCreated(datasets: DatasetReader, m: Uploads, sent: SentCreate): Promise<{ version: number } | undefined> {
  const ref = parseDatasetRef(sent.target);
  let ds: ApiDataset;
  try {
    ds = await datasets.get(ref);
  } catch (err) {
    if (err instanceof KaggleApiError && (err.status === 404 || err.status === 403)) return undefined;
    throw err;
  }
  const versions = [...(ds.versions ?? [])].sort((a, b) => (b.versionNumber ?? 0) - (a.versionNumber ?? 0));
  const latest = versions[0];
  const number = latest?.versionNumber ?? ds.currentVersionNumber ?? 1;
  if (sent.kind === "dataset-version") {
    if (!latest || (latest.versionNotes ?? "") !== sent.text || !m.createdSince(latest.creationDate, sent.sentAt)) return undefined;
  } else if (latest && versions.length === 1 && !m.createdSince(latest.creationDate, sent.sentAt)) {
    return undefined;
  }
  const files = new Map<string, number | undefined>();
  for await (const f of datasets.filesAll({ ...ref, version: number })) if (f.name) files.set(f.name, f.totalBytes);
  return m.filesMatch(sent.files, files) ? { version: number } : undefined;
}

function recovered(web: string, ref: DatasetRef, version: number | undefined, kind: SentCreate["kind"], serverSaid?: string): PublishResult {
  const label = refName(ref);
  const message =
    kind === "dataset-create"
      ? `Dataset ${label} already exists with these files: created by an earlier run whose answer was lost; nothing was uploaded again`
      : version !== undefined
        ? `Version ${version} of ${label} with these notes already exists: created by an earlier run whose answer was lost; nothing was uploaded again`
        : `These files were already used by an earlier run of this command whose answer was lost (Kaggle: ${serverSaid ?? "token already used"}); nothing was created again`;
  return {
    response: { status: "ok", ref: label, url: datasetUrl(label, web) },
    uploaded: [],
    ok: true,
    recovered: { message, ...(version !== undefined ? { version } : {}) },
  };
}
