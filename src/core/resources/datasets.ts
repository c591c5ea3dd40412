/** `datasets.DatasetApiService`: listing, files, downloads, metadata, status, and creating datasets and versions. */
import fs from "node:fs";
import path from "node:path";
import type { KaggleClient } from "../client";
import type { DownloadResult } from "../http/download";
import { apiErrorFor, KaggleApiError } from "../errors";
import { readMetadata, validateForCreate, validateForVersion, type DatasetCreateSpec, type DatasetVersionSpec } from "../metadata/dataset";
import { paginate } from "../paginate";
import { refName, type DatasetRef } from "../refs";
import { Services } from "../types/common";
import type {
  ApiCreateDatasetRequest,
  ApiCreateDatasetVersionRequestBody,
  ApiDataset,
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
import { pollUntil } from "../wait";
import { newFiles, publishFolder, type PublishOptions, type PublishResult } from "./dataset-publish";

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
export { statusIsOk, type PublishOptions, type PublishResult } from "./dataset-publish";

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

export interface CreateResult extends PublishResult {
  spec: DatasetCreateSpec;
}

export class DatasetExistsError extends KaggleApiError {}

/** `datasets version` of a dataset that does not exist, or that the caller may not change. */
export class DatasetNotWritableError extends KaggleApiError {}

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
        if (page.errorMessage) throw apiErrorFor(page.errorMessage, { status: 0, rpc: `${SERVICE}/ListDatasetFiles` });
        return page;
      },
      (page) => page.datasetFiles,
    );
  }

  /** `GetDataset` (used for `currentVersionNumber`). */
  get(ref: DatasetRef): Promise<ApiDataset> {
    return this.client.rpc("datasets.DatasetApiService/GetDataset", { ownerSlug: ref.owner, datasetSlug: ref.slug });
  }

  /** Deletes a dataset with all its versions; a refusal given as `error` in the answer is an error too. */
  async delete(ref: DatasetRef): Promise<void> {
    const res = await this.client.rpc("datasets.DatasetApiService/DeleteDataset", { ownerSlug: ref.owner, datasetSlug: ref.slug });
    if (res.error) throw apiErrorFor(`Could not delete ${refName(ref)}: ${res.error}`, { status: 200, rpc: `${Services.datasets}/DeleteDataset` });
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
    if (status !== "READY") throw apiErrorFor(`Dataset ${ref.owner}/${ref.slug} processing ended with status ${status.toLowerCase()}`, { status: 0 });
    return status;
  }

  /** `GetDatasetMetadata`; an `errorMessage` in the answer is an error. */
  async metadata(ref: DatasetRef): Promise<DatasetInfo> {
    const res = await this.client.rpc("datasets.DatasetApiService/GetDatasetMetadata", { ownerSlug: ref.owner, datasetSlug: ref.slug });
    if (res.errorMessage) throw apiErrorFor(res.errorMessage, { status: 0, rpc: `${SERVICE}/GetDatasetMetadata` });
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
    const result = await publishFolder(this.client, this, {
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
    const result = await publishFolder(this.client, this, {
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
