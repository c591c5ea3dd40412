/** Model records as the wire answers them: `ApiModel`, `ApiModelInstance`, `ModelInstance`, `ModelInstanceVersion`, `ApiModelFile`. */
import {
  frameworkWord,
  type ApiModel,
  type ApiModelFile,
  type ApiModelInstance,
  type ModelInstanceSummary,
  type ModelInstanceVersion,
} from "../../core/types/models";
import type { RequestContext } from "../service";
import { findUser } from "../state";
import { compact, wireTime } from "../wire";
import {
  latestModelVersion,
  modelVersionReady,
  versionBytes,
  type ModelFileRecord,
  type ModelInstanceRecord,
  type ModelRecord,
  type ModelVersionRecord,
} from "./state";

const WEB = "https://www.kaggle.com";

export const modelUrl = (m: ModelRecord): string => `${WEB}/models/${m.owner}/${m.slug}`;
export const instanceUrl = (m: ModelRecord, i: ModelInstanceRecord): string => `${modelUrl(m)}/${frameworkWord(i.framework)}/${i.slug}`;
export const versionUrl = (m: ModelRecord, i: ModelInstanceRecord, v: ModelVersionRecord): string => `${instanceUrl(m, i)}/${v.number}`;

const ZERO_ENUMS = new Set(["MODEL_FRAMEWORK_UNSPECIFIED", "MODEL_INSTANCE_TYPE_UNSPECIFIED"]);

export function toApiInstance(m: ModelRecord, i: ModelInstanceRecord): ApiModelInstance {
  const v = latestModelVersion(i);
  return compact(
    {
      id: i.id,
      slug: i.slug,
      framework: i.framework,
      fineTunable: i.fineTunable,
      overview: i.overview,
      usage: i.usage,
      downloadUrl: v ? `${versionUrl(m, i, v)}/download` : "",
      versionId: v?.id,
      versionNumber: v?.number,
      trainingData: i.trainingData,
      url: instanceUrl(m, i),
      licenseName: i.licenseName,
      modelInstanceType: i.modelInstanceType,
      externalBaseModelUrl: i.externalBaseModelUrl,
      totalUncompressedBytes: versionBytes(v),
    },
    ZERO_ENUMS,
  );
}

export function toApiModel(ctx: RequestContext, m: ModelRecord): ApiModel {
  return compact(
    {
      id: m.id,
      ref: `${m.owner}/${m.slug}`,
      title: m.title,
      subtitle: m.subtitle,
      author: findUser(ctx.state, m.owner)?.displayName ?? m.owner,
      slug: m.slug,
      isPrivate: m.isPrivate,
      description: m.description,
      instances: m.instances.map((i) => toApiInstance(m, i)),
      publishTime: wireTime(m.publishTime),
      provenanceSources: m.provenanceSources,
      url: modelUrl(m),
      voteCount: m.voteCount,
      updateTime: wireTime(m.updatedAt),
    },
    ZERO_ENUMS,
  );
}

/** The items of `ListModelInstances` (the `ModelInstance` record), with the latest version's processing status. */
export function toInstanceSummary(m: ModelRecord, i: ModelInstanceRecord, now: number): ModelInstanceSummary {
  const v = latestModelVersion(i);
  return compact(
    {
      id: i.id,
      ownerSlug: m.owner,
      modelSlug: m.slug,
      slug: i.slug,
      versionId: v?.id,
      versionNumber: v?.number,
      framework: i.framework,
      versionNotes: v?.notes,
      status: v ? (modelVersionReady(v, now) ? "READY" : "BLOBS_RECEIVED") : undefined,
      totalUncompressedBytes: versionBytes(v),
      modelInstanceType: i.modelInstanceType,
    },
    ZERO_ENUMS,
  );
}

export function toVersion(m: ModelRecord, i: ModelInstanceRecord, v: ModelVersionRecord): ModelInstanceVersion {
  return compact(
    {
      id: v.id,
      framework: i.framework,
      url: versionUrl(m, i, v),
      variationSlug: i.slug,
      versionNumber: v.number,
      modelTitle: m.title,
      isPrivate: m.isPrivate,
      modelId: m.id,
      ownerSlug: m.owner,
      modelSlug: m.slug,
      modelInstanceId: i.id,
    },
    ZERO_ENUMS,
  );
}

export function toModelFile(f: ModelFileRecord): ApiModelFile {
  return compact({ name: f.name, size: f.size, creationDate: wireTime(f.creationDate) });
}
