/**
 * `models.ModelApiService`: models, their instances (one per framework and variation) and the
 * instances' versions. Creating an instance or a version uploads the folder's files as blobs of
 * type MODEL first (folders as archives per `dirMode`, ignore patterns honoured, parallel and
 * resumable through `uploads.ts`); updates send the field mask the SDK would.
 */
import path from "node:path";
import type { KaggleClient } from "../client";
import type { DownloadResult } from "../http/download";
import {
  instanceForCreate,
  instanceForUpdate,
  modelForCreate,
  modelForUpdate,
  MODEL_INSTANCE_METADATA_FILE,
  MODEL_METADATA_FILE,
  readModelMetadata,
  type ModelSpec,
} from "../metadata/model";
import { paginate } from "../paginate";
import { modelInstanceName, modelInstanceUrl, type ModelInstanceRef, type ModelRef, type ModelVersionRef } from "../refs";
import type {
  ApiCreateModelResponse,
  ApiDeleteModelResponse,
  ApiListModelInstancesResponse,
  ApiListModelInstanceVersionFilesResponse,
  ApiListModelInstanceVersionsResponse,
  ApiListModelsResponse,
  ApiModel,
  ApiModelFile,
  ApiModelInstance,
  ApiUpdateModelResponse,
  ListModelsOrderBy,
  ModelInstanceVersion,
} from "../types/models";
import type { ApiDatasetNewFile } from "../types/datasets";
import { uploadThen, type CreateGuard, type ModelUploadOptions, type ModelUploadResult } from "./model-publish";
import type { SentCreate } from "../uploads";

export type { CreateGuard, ModelUploadOptions, ModelUploadResult };
import type { DownloadTarget, PageOptions } from "./shared";

const uploads = () => import("../uploads");

export interface ListModelsOptions extends PageOptions {
  sortBy?: ListModelsOrderBy;
  search?: string;
  owner?: string;
}

function instanceBody(ref: ModelInstanceRef) {
  return { ownerSlug: ref.owner, modelSlug: ref.slug, framework: ref.framework, instanceSlug: ref.instance };
}

/** The fields of a model that create and update both send, in the SDK's order. */
function modelFields(spec: ModelSpec) {
  return {
    subtitle: spec.subtitle,
    isPrivate: spec.isPrivate,
    description: spec.description,
    publishTime: spec.publishTime,
    provenanceSources: spec.provenanceSources,
  };
}

/** Comma-separated camelCase paths of the fields being set, as the SDK serialises a `FieldMask`. */
function mask(fields: Record<string, unknown>): string | undefined {
  const paths = Object.keys(fields).filter((k) => fields[k] !== undefined);
  return paths.length ? paths.join(",") : undefined;
}

export class ModelsResource {
  constructor(private readonly client: KaggleClient) {}

  /** One page of `ListModels`. */
  list(opts: ListModelsOptions = {}): Promise<ApiListModelsResponse> {
    return this.client.rpc("models.ModelApiService/ListModels", {
      search: opts.search ?? "",
      sortBy: opts.sortBy,
      owner: opts.owner ?? "",
      pageSize: opts.pageSize,
      pageToken: opts.pageToken,
    });
  }

  /** Every model matching the filters, page after page. */
  listAll(opts: Omit<ListModelsOptions, "pageToken"> = {}): AsyncGenerator<ApiModel> {
    return paginate(
      (pageToken) => this.list({ ...opts, ...(pageToken ? { pageToken } : {}) }),
      (p) => p.models,
    );
  }

  get(ref: ModelRef): Promise<ApiModel> {
    return this.client.rpc("models.ModelApiService/GetModel", { ownerSlug: ref.owner, modelSlug: ref.slug });
  }

  /** `models create`: `model-metadata.json` checked as the official CLI, then `CreateModel`. */
  async create(folder: string): Promise<ApiCreateModelResponse> {
    const spec = modelForCreate(readModelMetadata(folder, MODEL_METADATA_FILE));
    return this.createModel(spec);
  }

  /** `CreateModel` from values (kagglehub and the model-version action create models this way). */
  createModel(spec: ReturnType<typeof modelForCreate>): Promise<ApiCreateModelResponse> {
    return this.client.rpc("models.ModelApiService/CreateModel", {
      ownerSlug: spec.ownerSlug,
      slug: spec.slug,
      title: spec.title,
      ...modelFields(spec),
    });
  }

  /** `models update`: the fields present in the file, with their mask. */
  async update(folder: string): Promise<ApiUpdateModelResponse> {
    const spec = modelForUpdate(readModelMetadata(folder, MODEL_METADATA_FILE));
    const fields = { title: spec.title, ...modelFields(spec) };
    return this.client.rpc("models.ModelApiService/UpdateModel", {
      ownerSlug: spec.ownerSlug,
      modelSlug: spec.slug,
      ...fields,
      updateMask: mask(fields),
    });
  }

  delete(ref: ModelRef): Promise<ApiDeleteModelResponse> {
    return this.client.rpc("models.ModelApiService/DeleteModel", { ownerSlug: ref.owner, modelSlug: ref.slug });
  }

  getInstance(ref: ModelInstanceRef): Promise<ApiModelInstance> {
    return this.client.rpc("models.ModelApiService/GetModelInstance", instanceBody(ref));
  }

  /** One page of `ListModelInstances`. */
  instances(ref: ModelRef, page: PageOptions = {}): Promise<ApiListModelInstancesResponse> {
    return this.client.rpc("models.ModelApiService/ListModelInstances", {
      ownerSlug: ref.owner,
      modelSlug: ref.slug,
      pageSize: page.pageSize,
      pageToken: page.pageToken,
    });
  }

  /** `models instances create`: checks the metadata, uploads the folder, then `CreateModelInstance`. */
  async createInstance(folder: string, opts: ModelUploadOptions = {}): Promise<ModelUploadResult<ApiCreateModelResponse>> {
    const spec = instanceForCreate(readModelMetadata(folder, MODEL_INSTANCE_METADATA_FILE));
    return this.uploadThen(folder, opts, (files) =>
      this.client.rpc("models.ModelApiService/CreateModelInstance", {
        ownerSlug: spec.ownerSlug,
        modelSlug: spec.modelSlug,
        body: {
          instanceSlug: spec.instanceSlug,
          framework: spec.framework,
          overview: spec.overview,
          usage: spec.usage,
          fineTunable: spec.fineTunable,
          trainingData: spec.trainingData,
          files,
          licenseName: spec.licenseName,
          modelInstanceType: spec.modelInstanceType,
          baseModelInstance: spec.baseModelInstance,
          externalBaseModelUrl: spec.externalBaseModelUrl,
        },
      }),
    );
  }

  /** Creates an instance from values, its files already uploaded (the model-version action). */
  createInstanceWith(
    ref: ModelInstanceRef,
    values: { licenseName: string; overview?: string },
    files: ApiDatasetNewFile[],
  ): Promise<ApiCreateModelResponse> {
    return this.client.rpc("models.ModelApiService/CreateModelInstance", {
      ownerSlug: ref.owner,
      modelSlug: ref.slug,
      body: {
        instanceSlug: ref.instance,
        framework: ref.framework,
        overview: values.overview ?? "",
        usage: "",
        files,
        licenseName: values.licenseName,
      },
    });
  }

  /** `models instances update`: the fields present, with their mask (overview and usage always). */
  async updateInstance(folder: string): Promise<ApiUpdateModelResponse> {
    const spec = instanceForUpdate(readModelMetadata(folder, MODEL_INSTANCE_METADATA_FILE));
    const fields = {
      overview: spec.overview,
      usage: spec.usage,
      licenseName: spec.licenseName,
      fineTunable: spec.fineTunable,
      trainingData: spec.trainingData,
      modelInstanceType: spec.modelInstanceType,
      baseModelInstance: spec.baseModelInstance,
      externalBaseModelUrl: spec.externalBaseModelUrl,
    };
    return this.client.rpc("models.ModelApiService/UpdateModelInstance", {
      ownerSlug: spec.ownerSlug,
      modelSlug: spec.modelSlug,
      framework: spec.framework,
      instanceSlug: spec.instanceSlug,
      ...fields,
      updateMask: mask(fields),
    });
  }

  deleteInstance(ref: ModelInstanceRef): Promise<ApiDeleteModelResponse> {
    return this.client.rpc("models.ModelApiService/DeleteModelInstance", instanceBody(ref));
  }

  /**
   * `versions create`: uploads the folder, then `CreateModelInstanceVersion` with the tokens. Safe
   * to repeat after a lost answer: the create is recorded while its answer is pending, and a
   * rerun that finds the version it made (these notes, these files, made since) reports it
   * instead of making another.
   */
  createVersion(
    ref: ModelInstanceRef,
    folder: string,
    notes: string,
    opts: ModelUploadOptions = {},
  ): Promise<ModelUploadResult<ApiCreateModelResponse>> {
    return this.uploadThen(folder, opts, (files) => this.createVersionWith(ref, notes, files), {
      kind: "model-version",
      target: modelInstanceName(ref),
      text: notes,
      find: (sent) => this.findVersion(ref, sent),
    });
  }

  /** The latest version of `ref` when it is the one `sent` describes; undefined otherwise. */
  private async findVersion(ref: ModelInstanceRef, sent: SentCreate): Promise<{ response: ApiCreateModelResponse; version: number } | undefined> {
    const m = await uploads();
    const page = await this.instances(ref, { pageSize: 200 });
    const item = (page.instances ?? []).find((i) => i.slug === ref.instance && i.framework === ref.framework);
    if (!item?.versionNumber || (item.versionNotes ?? "") !== sent.text) return undefined;
    const version = item.versionNumber;
    const files = new Map<string, number | undefined>();
    let newest: string | undefined;
    for await (const f of this.filesAll({ ...ref, version })) {
      if (f.name) files.set(f.name, f.size);
      if (f.creationDate && (!newest || f.creationDate > newest)) newest = f.creationDate;
    }
    if (!m.createdSince(newest, sent.sentAt) || !m.filesMatch(sent.files, files)) return undefined;
    return { response: { id: item.versionId ?? 0, url: modelInstanceUrl({ ...ref, version }) }, version };
  }

  /** `CreateModelInstanceVersion` with files already uploaded. */
  createVersionWith(ref: ModelInstanceRef, notes: string, files: ApiDatasetNewFile[]): Promise<ApiCreateModelResponse> {
    return this.client.rpc("models.ModelApiService/CreateModelInstanceVersion", { ...instanceBody(ref), body: { versionNotes: notes, files } });
  }

  /** One page of `ListModelInstanceVersions`. */
  versions(ref: ModelInstanceRef, page: PageOptions = {}): Promise<ApiListModelInstanceVersionsResponse> {
    return this.client.rpc("models.ModelApiService/ListModelInstanceVersions", {
      ownerSlug: ref.owner,
      modelSlug: ref.slug,
      instanceSlug: ref.instance,
      framework: ref.framework,
      pageSize: page.pageSize,
      pageToken: page.pageToken,
    });
  }

  /** Every version of an instance. */
  versionsAll(ref: ModelInstanceRef): AsyncGenerator<ModelInstanceVersion> {
    return paginate(
      (pageToken) => this.versions(ref, pageToken ? { pageToken } : {}),
      (p) => p.versionList?.versions,
    );
  }

  /** One page of the files of a version (the current one when `ref.version` is absent). */
  files(ref: ModelInstanceRef & { version?: number }, page: PageOptions = {}): Promise<ApiListModelInstanceVersionFilesResponse> {
    return this.client.rpc("models.ModelApiService/ListModelInstanceVersionFiles", {
      ownerSlug: ref.owner,
      modelSlug: ref.slug,
      instanceSlug: ref.instance,
      framework: ref.framework,
      versionNumber: ref.version,
      pageSize: page.pageSize,
      pageToken: page.pageToken,
    });
  }

  /** Every file of a version. */
  filesAll(ref: ModelInstanceRef & { version?: number }): AsyncGenerator<ApiModelFile> {
    return paginate(
      (pageToken) => this.files(ref, { pageSize: 200, ...(pageToken ? { pageToken } : {}) }),
      (p) => p.files,
    );
  }

  deleteVersion(ref: ModelVersionRef): Promise<ApiDeleteModelResponse> {
    return this.client.rpc("models.ModelApiService/DeleteModelInstanceVersion", { ...instanceBody(ref), versionNumber: ref.version });
  }

  /** Downloads the whole version as `<dir>/<model-slug>.tar.gz` (streamed, resumed, verified). */
  download(ref: ModelVersionRef, target: DownloadTarget): Promise<DownloadResult> {
    return this.fetchVersion(ref, undefined, path.join(target.path, `${ref.slug}.tar.gz`), target);
  }

  /** Downloads one file of a version (`file` inside it) into `target.path`, named after its last segment. */
  downloadFile(ref: ModelVersionRef, file: string, target: DownloadTarget): Promise<DownloadResult> {
    return this.fetchVersion(ref, file, path.join(target.path, path.posix.basename(file)), target);
  }

  private fetchVersion(ref: ModelVersionRef, file: string | undefined, dest: string, target: DownloadTarget): Promise<DownloadResult> {
    return this.client.download({
      source: () =>
        this.client.redirectSource("models.ModelApiService/DownloadModelInstanceVersion", {
          ...instanceBody(ref),
          versionNumber: ref.version,
          path: file,
        }),
      dest,
      ...(target.force ? { force: true } : {}),
      ...(target.progress ? { progress: target.progress } : {}),
    });
  }

  /** See `uploadThen` in `model-publish.ts`. */
  uploadThen<R>(
    folder: string,
    opts: ModelUploadOptions,
    send: (files: ApiDatasetNewFile[]) => Promise<R>,
    guard?: CreateGuard<R>,
  ): Promise<ModelUploadResult<R>> {
    return uploadThen(this.client, folder, opts, send, guard);
  }
}
