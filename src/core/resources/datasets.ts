/** `datasets.DatasetApiService`: listing, files, downloads, metadata, status, and creating datasets and versions. */
import fs from "node:fs";
import path from "node:path";
import type { KaggleClient } from "../client";
import type { DownloadResult } from "../download";
import { KaggleApiError } from "../errors";
import {
  readMetadata,
  validateForCreate,
  validateForVersion,
  type DatasetCreateSpec,
  type DatasetVersionSpec,
  type ResourceSpec,
} from "../metadata/dataset";
import { ignoreRules } from "../ignore";
import { paginate } from "../paginate";
import type { Progress } from "../progress";
import { datasetUrl, parseDatasetRef, refName, type DatasetRef } from "../refs";
import { Services } from "../types/common";
import type {
  ApiCreateDatasetRequest,
  ApiCreateDatasetResponse,
  ApiCreateDatasetVersionRequestBody,
  ApiDataset,
  ApiDatasetNewFile,
  ApiDownloadDatasetRequest,
  ApiListDatasetFilesResponse,
  ApiListDatasetsRequest,
  ApiListDatasetsResponse,
  DatabundleVersionStatus,
  DatasetFileTypeGroup,
  DatasetImageInfo,
  DatasetInfo,
  DatasetLicenseGroup,
  DatasetSelectionGroup,
  DatasetSettings,
  DatasetSortBy,
} from "../types/datasets";
import type { DirMode, SentCreate, UploadedFile, UploadEvents, UploadItem } from "../uploads";
import { pollUntil } from "../wait";

/** Upload planning, archiving and resume state: loaded only by the commands that upload. */
const uploads = () => import("../uploads");
import { lastSegment } from "./competitions";
import type { DownloadTarget } from "./shared";

const SERVICE = Services.datasets;

export interface ListDatasetsOptions {
  group?: DatasetSelectionGroup;
  sortBy?: DatasetSortBy;
  fileType?: DatasetFileTypeGroup;
  license?: DatasetLicenseGroup;
  tagIds?: string;
  search?: string;
  user?: string;
  minSize?: number;
  maxSize?: number;
  /** 1-based page; the CLI sends 1 by default and 0 means "not sent". */
  page?: number;
  pageSize?: number;
  pageToken?: string;
}

export type { DownloadTarget };

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

export interface CreateOptions extends PublishOptions {
  /** `-u/--public`: otherwise the dataset is private. */
  public?: boolean;
  /** Appended to the description sent with the create (a create has no version notes to carry it). */
  descriptionNote?: string;
}

export interface VersionOptions extends PublishOptions {
  notes: string;
  deleteOldVersions?: boolean;
  /**
   * An earlier `create` of this folder whose answer was lost counts as this version (the
   * dataset-version action: it creates, or versions once the dataset exists).
   */
  acceptEarlierCreate?: boolean;
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

export interface CreateResult extends PublishResult {
  spec: DatasetCreateSpec;
}

export class DatasetExistsError extends KaggleApiError {}

/** `datasets version` of a dataset that does not exist, or that the caller may not change. */
export class DatasetNotWritableError extends KaggleApiError {}

/** The `files[]` entries of a create/version request, resources matched by file name. */
function newFiles(uploaded: UploadedFile[], resources: ResourceSpec[]): ApiDatasetNewFile[] {
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

export class DatasetsResource {
  constructor(private readonly client: KaggleClient) {}

  /** One page of datasets, the request shaped exactly as the official CLI sends it. */
  list(opts: ListDatasetsOptions = {}): Promise<ApiListDatasetsResponse> {
    const body: ApiListDatasetsRequest = {
      group: opts.group && opts.group !== "DATASET_SELECTION_GROUP_PUBLIC" ? opts.group : undefined,
      sortBy: opts.sortBy && opts.sortBy !== "DATASET_SORT_BY_HOTTEST" ? opts.sortBy : undefined,
      fileType: opts.fileType && opts.fileType !== "DATASET_FILE_TYPE_GROUP_ALL" ? opts.fileType : undefined,
      license: opts.license && opts.license !== "DATASET_LICENSE_GROUP_ALL" ? opts.license : undefined,
      tagIds: opts.tagIds ?? "",
      search: opts.search ?? "",
      user: opts.user ?? "",
      minSize: opts.minSize || undefined,
      maxSize: opts.maxSize || undefined,
      page: opts.pageToken === undefined && (opts.page ?? 1) !== 0 ? (opts.page ?? 1) : undefined,
      pageToken: opts.pageToken,
      pageSize: opts.pageSize,
    };
    return this.client.rpc("datasets.DatasetApiService/ListDatasets", body);
  }

  /** Every dataset matching the filters, across pages (an async iterable; stop any time). */
  listAll(opts: Omit<ListDatasetsOptions, "page" | "pageToken"> = {}): AsyncGenerator<ApiDataset> {
    return paginate(
      (pageToken) => this.list({ ...opts, pageSize: opts.pageSize ?? 100, ...(pageToken ? { pageToken } : { page: 1 }) }),
      (page) => page.datasets,
    );
  }

  /** One page of a dataset's files (anonymous access allowed for public datasets). */
  files(ref: DatasetRef, opts: { pageSize?: number; pageToken?: string } = {}): Promise<ApiListDatasetFilesResponse> {
    return this.client.rpc("datasets.DatasetApiService/ListDatasetFiles", {
      ownerSlug: ref.owner,
      datasetSlug: ref.slug,
      datasetVersionNumber: ref.version,
      pageToken: opts.pageToken,
      pageSize: opts.pageSize ?? 20,
    });
  }

  filesAll(ref: DatasetRef, pageSize = 200) {
    return paginate(
      async (pageToken) => {
        const page = await this.files(ref, { pageSize, ...(pageToken ? { pageToken } : {}) });
        if (page.errorMessage) throw new KaggleApiError(page.errorMessage, { status: 0, rpc: `${SERVICE}/ListDatasetFiles` });
        return page;
      },
      (page) => page.datasetFiles,
    );
  }

  /** `GetDataset` (used for `currentVersionNumber`). */
  get(ref: DatasetRef): Promise<ApiDataset> {
    return this.client.rpc("datasets.DatasetApiService/GetDataset", { ownerSlug: ref.owner, datasetSlug: ref.slug });
  }

  /** Processing status of the latest version, e.g. `READY` (missing = `NOT_YET_PERSISTED`). */
  async status(ref: DatasetRef): Promise<DatabundleVersionStatus> {
    const res = await this.client.rpc("datasets.DatasetApiService/GetDatasetStatus", { ownerSlug: ref.owner, datasetSlug: ref.slug });
    return res.status ?? "NOT_YET_PERSISTED";
  }

  /** Polls the status until `READY` (or `FAILED`, an error), with a deadline. */
  async waitUntilReady(
    ref: DatasetRef,
    opts: { timeoutMs: number; signal?: AbortSignal; onPoll?: (s: DatabundleVersionStatus) => void },
  ): Promise<DatabundleVersionStatus> {
    const status = await pollUntil(
      async () => {
        const s = await this.status(ref);
        opts.onPoll?.(s);
        return s === "READY" || s === "FAILED" || s === "DELETED" ? s : undefined;
      },
      {
        timeoutMs: opts.timeoutMs,
        initialIntervalMs: 500,
        maxIntervalMs: 10_000,
        clock: this.client.clock,
        ...(opts.signal ? { signal: opts.signal } : {}),
        describe: (ms) =>
          `Dataset ${ref.owner}/${ref.slug} was still processing after ${Math.round(ms / 1000)} s; raise the timeout or check it later with 'kaggle datasets status ${ref.owner}/${ref.slug}'`,
      },
    );
    if (status !== "READY")
      throw new KaggleApiError(`Dataset ${ref.owner}/${ref.slug} processing ended with status ${status.toLowerCase()}`, { status: 0 });
    return status;
  }

  /** `GetDatasetMetadata`; an `errorMessage` in the answer is an error. */
  async metadata(ref: DatasetRef): Promise<DatasetInfo> {
    const res = await this.client.rpc("datasets.DatasetApiService/GetDatasetMetadata", { ownerSlug: ref.owner, datasetSlug: ref.slug });
    if (res.errorMessage) throw new KaggleApiError(res.errorMessage, { status: 0, rpc: `${SERVICE}/GetDatasetMetadata` });
    return res.info ?? {};
  }

  /**
   * Uploads a cover image (an `INBOX` blob) and returns the `settings.image` that points at it,
   * with the crop rectangles the official CLI sends (a 560×280 cover, a 280×280 thumbnail).
   */
  async uploadCoverImage(file: string, contentType: string): Promise<DatasetImageInfo> {
    const stat = await fs.promises.stat(file);
    const start = await this.client.blobs.startUpload({
      type: "INBOX",
      name: path.basename(file),
      contentType,
      contentLength: stat.size,
      lastModifiedEpochSeconds: Math.floor(stat.mtimeMs / 1000),
    });
    await this.client.upload({ url: start.createUrl, file, size: stat.size });
    return {
      token: start.token,
      cropRectangles: [
        { title: "cover image", width: 560, height: 280 },
        { title: "thumbnail", left: 140, width: 280, height: 280 },
      ],
    };
  }

  /** `UpdateDatasetMetadata`; returns the server's error texts (empty on success). */
  async updateMetadata(ref: DatasetRef, settings: DatasetSettings): Promise<string[]> {
    const res = await this.client.rpc("datasets.DatasetApiService/UpdateDatasetMetadata", { ownerSlug: ref.owner, datasetSlug: ref.slug, settings });
    return (res.errors ?? []).map((e) => (typeof e === "string" ? e : (e.message ?? JSON.stringify(e))));
  }

  private downloadBody(ref: DatasetRef, fileName?: string): ApiDownloadDatasetRequest {
    return { ownerSlug: ref.owner, datasetSlug: ref.slug, datasetVersionNumber: ref.version, fileName };
  }

  /** Downloads the whole dataset as `<dir>/<slug>.zip` (whatever the signed URL is called). */
  downloadAll(ref: DatasetRef, target: DownloadTarget): Promise<DownloadResult> {
    return this.client.download({
      source: () => this.client.redirectSource("datasets.DatasetApiService/DownloadDataset", this.downloadBody(ref)),
      dest: path.join(target.path, `${ref.slug}.zip`),
      ...(target.force ? { force: true } : {}),
      ...(target.progress ? { progress: target.progress } : {}),
    });
  }

  /** Downloads one file, named after the last segment of the signed URL (not decoded, as upstream). */
  downloadFile(ref: DatasetRef, fileName: string, target: DownloadTarget): Promise<DownloadResult> {
    return this.client.download({
      source: () => this.client.redirectSource("datasets.DatasetApiService/DownloadDataset", this.downloadBody(ref, fileName)),
      dest: target.path,
      fileNameFromUrl: (url) => lastSegment(url),
      ...(target.force ? { force: true } : {}),
      ...(target.progress ? { progress: target.progress } : {}),
    });
  }

  /**
   * Plans and uploads the folder's files, then sends the create with their tokens. Safe to
   * repeat: a create sent earlier whose answer never came back (see `SentCreate`) is looked up
   * first and reported instead of made again, and tokens the server says an earlier create
   * already used are forgotten and uploaded again.
   */
  private async publish(p: {
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
  }): Promise<PublishResult> {
    const m = await uploads();
    const { opts, ref } = p;
    const stateDir = opts.stateDir ?? m.defaultStateDir(this.client.host.env);
    const plan = await m.planUploads(p.folder, { dirMode: opts.dirMode ?? "skip", ignore: ignoreRules(opts.ignorePatterns ?? []) });
    if (plan.ignored.length) opts.events?.ignored?.(plan.ignored);
    try {
      for (const name of plan.skippedFolders) opts.events?.skippedFolder?.(name);
      for (const name of plan.skippedOther) opts.events?.skippedOther?.(name);
      const sentFile = m.sentCreateFile(stateDir, `dataset:${path.resolve(p.folder)}`);
      const current = (): SentCreate => ({
        kind: p.kind,
        target: `${ref.owner}/${ref.slug}`,
        text: p.notes,
        files: plan.items.map((i) => ({ name: i.name, size: i.size, fingerprint: i.fingerprint })),
        sentAt: this.client.clock.now(),
      });
      const earlier = m.readSentCreate(sentFile);
      // The earlier create is this very request, so tokens it used count as this run's.
      let earlierIsThis = false;
      if (earlier) {
        const now = current();
        earlierIsThis =
          earlier.target === now.target &&
          m.sameFiles(earlier.files, now.files) &&
          (earlier.kind === now.kind ? earlier.text === now.text : p.acceptEarlierCreate === true && earlier.kind === "dataset-create");
        const found = await this.findCreated(earlier);
        if (found && earlierIsThis) {
          await m.clearResumeState(plan.items, stateDir);
          await m.forgetSentCreate(sentFile);
          return this.recovered(ref, found.version, earlier.kind);
        }
        // Found but not what is asked now: its tokens are used up. Not found: they are still good.
        if (found) await m.clearResumeState(plan.items, stateDir);
        await m.forgetSentCreate(sentFile);
      }
      await p.before?.();
      opts.events?.planned?.(plan.items);
      const attempt = async (): Promise<{ response: ApiCreateDatasetResponse; uploaded: UploadedFile[] }> => {
        const uploaded = await m.uploadAll(this.client, plan.items, {
          stateDir,
          ...(opts.concurrency !== undefined ? { concurrency: opts.concurrency } : {}),
          ...(opts.events ? { events: opts.events } : {}),
          ...(opts.progress ? { progress: opts.progress } : {}),
          ...(opts.signal ? { signal: opts.signal } : {}),
        });
        await m.recordSentCreate(sentFile, current());
        try {
          const response = await p.send(uploaded);
          await m.forgetSentCreate(sentFile);
          return { response, uploaded };
        } catch (err) {
          // An answer (even a refusal) means nothing is pending; no answer means it may have happened.
          if (err instanceof KaggleApiError && err.status !== 0) await m.forgetSentCreate(sentFile);
          throw err;
        }
      };
      let { response, uploaded } = await attempt();
      if (!statusIsOk(response) && m.isUsedTokenAnswer(response.error) && uploaded.some((u) => u.how === "reused")) {
        // Kept tokens that a create already used: one whose success this client never recorded.
        await m.clearResumeState(plan.items, stateDir);
        const found = await this.findCreated({ ...current(), sentAt: earlier?.sentAt ?? 0 });
        if (found || earlierIsThis) return this.recovered(ref, found?.version, p.kind, response.error);
        this.client.logger.info(`Kaggle says an earlier upload of these files was already used (${response.error}); uploading them again`);
        ({ response, uploaded } = await attempt());
      }
      const ok = statusIsOk(response);
      if (ok) await m.clearResumeState(plan.items, stateDir);
      return { response, uploaded, ok };
    } finally {
      await plan.cleanup();
    }
  }

  /** What the server has of a create that was sent earlier: the version it made, if it happened. */
  private async findCreated(sent: SentCreate): Promise<{ version: number } | undefined> {
    const m = await uploads();
    const ref = parseDatasetRef(sent.target);
    let ds: ApiDataset;
    try {
      ds = await this.get(ref);
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
    for await (const f of this.filesAll({ ...ref, version: number })) if (f.name) files.set(f.name, f.totalBytes);
    return m.filesMatch(sent.files, files) ? { version: number } : undefined;
  }

  private recovered(ref: DatasetRef, version: number | undefined, kind: SentCreate["kind"], serverSaid?: string): PublishResult {
    const label = refName(ref);
    const message =
      kind === "dataset-create"
        ? `Dataset ${label} already exists with these files: created by an earlier run whose answer was lost; nothing was uploaded again`
        : version !== undefined
          ? `Version ${version} of ${label} with these notes already exists: created by an earlier run whose answer was lost; nothing was uploaded again`
          : `These files were already used by an earlier run of this command whose answer was lost (Kaggle: ${serverSaid ?? "token already used"}); nothing was created again`;
    return {
      response: { status: "ok", ref: label, url: datasetUrl(label) },
      uploaded: [],
      ok: true,
      recovered: { message, ...(version !== undefined ? { version } : {}) },
    };
  }

  /**
   * `datasets create`: validates the metadata, checks that the dataset does not exist yet,
   * uploads every file, then calls `CreateDataset` with the tokens.
   */
  async create(folder: string, opts: CreateOptions = {}): Promise<CreateResult> {
    const { checkFolder } = await uploads();
    checkFolder(folder);
    const doc = readMetadata(folder);
    const username = await this.client.username();
    const spec = validateForCreate(doc, { username, folder });
    const ref = { owner: spec.ownerSlug, slug: spec.slug };
    const result = await this.publish({
      kind: "dataset-create",
      folder,
      ref,
      notes: "",
      opts,
      before: async () => {
        let exists = false;
        try {
          await this.status(ref);
          exists = true;
        } catch (err) {
          if (!(err instanceof KaggleApiError) || err.status === 0) throw err;
        }
        if (exists) {
          throw new DatasetExistsError(
            `Dataset creation error: ${ref.owner}/${ref.slug} already exists; publish a new version of it with 'kaggle datasets version -p ${folder} -m "<notes>"'`,
            { status: 409 },
          );
        }
      },
      send: (uploaded) => {
        const files = newFiles(uploaded, spec.resources);
        const body: ApiCreateDatasetRequest = {
          ownerSlug: spec.ownerSlug,
          slug: spec.slug,
          title: spec.title,
          licenseName: spec.licenseName,
          isPrivate: opts.public ? undefined : true,
          files: files.length ? files : undefined,
          subtitle: spec.subtitle,
          description:
            spec.description !== undefined || opts.descriptionNote
              ? [spec.description, opts.descriptionNote].filter(Boolean).join("\n\n")
              : undefined,
          categoryIds: spec.keywords.length ? spec.keywords : undefined,
        };
        return this.client.rpc("datasets.DatasetApiService/CreateDataset", body);
      },
    });
    return { ...result, spec };
  }

  /**
   * Before any byte is sent: the dataset must exist and be one the caller may version (its
   * status is shown only to those who may change it). A dataset named by `id_no` only is left
   * to the server.
   */
  private async checkCanVersion(spec: DatasetVersionSpec, folder: string): Promise<void> {
    if (!spec.ownerSlug || !spec.datasetSlug) return;
    const ref = { owner: spec.ownerSlug, slug: spec.datasetSlug };
    const refused = (err: unknown) => err instanceof KaggleApiError && (err.status === 403 || err.status === 404);
    try {
      await this.status(ref);
      return;
    } catch (err) {
      if (!refused(err)) throw err;
    }
    const visible = await this.get(ref).then(
      () => true,
      (err: unknown) => {
        if (refused(err)) return false;
        throw err;
      },
    );
    const name = refName(ref);
    if (visible) {
      throw new DatasetNotWritableError(
        `You may not publish versions of ${name}: it is neither yours nor shared with you for editing; ask its owner, or publish your own copy with 'kaggle datasets create'`,
        { status: 403 },
      );
    }
    throw new DatasetNotWritableError(
      `Dataset ${name} does not exist (or is not visible to you): create it with 'kaggle datasets create -p ${folder}', or fix the id in its metadata file`,
      { status: 404 },
    );
  }

  /** `datasets version`: uploads every file, then `CreateDatasetVersion(ById)`. */
  async version(folder: string, opts: VersionOptions): Promise<PublishResult & { spec: DatasetVersionSpec }> {
    const { checkFolder } = await uploads();
    checkFolder(folder);
    const doc = readMetadata(folder);
    const username = await this.client.username();
    const spec = validateForVersion(doc, { username, folder });
    const owner = spec.ownerSlug ?? username;
    const slug = spec.datasetSlug ?? String(spec.id);
    const result = await this.publish({
      kind: "dataset-version",
      folder,
      ref: { owner, slug },
      notes: opts.notes,
      opts,
      ...(opts.acceptEarlierCreate ? { acceptEarlierCreate: true } : {}),
      before: () => this.checkCanVersion(spec, folder),
      send: (uploaded) => {
        const files = newFiles(uploaded, spec.resources);
        const body: ApiCreateDatasetVersionRequestBody = {
          versionNotes: opts.notes,
          deleteOldVersions: opts.deleteOldVersions ? true : undefined,
          files: files.length ? files : undefined,
          subtitle: spec.subtitle,
          description: spec.description,
          categoryIds: spec.keywords.length ? spec.keywords : undefined,
        };
        return spec.id !== undefined
          ? this.client.rpc("datasets.DatasetApiService/CreateDatasetVersionById", { id: spec.id, body })
          : this.client.rpc("datasets.DatasetApiService/CreateDatasetVersion", { ownerSlug: owner, datasetSlug: slug, body });
      },
    });
    return { ...result, spec };
  }
}
