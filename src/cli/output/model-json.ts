/**
 * What `models get` and `models instances get` print: the answer as the SDK's `to_dict()` gives
 * it to `json.dumps(indent=2)`: fields in the SDK's order, defaults left out, timestamps with
 * milliseconds, non-ASCII escaped.
 */
import type { ApiModel, ApiModelInstance } from "../../core/types/models";
import { pythonJson } from "../../core/metadata/kernel-file";

const INSTANCE_ORDER = [
  "id",
  "slug",
  "framework",
  "fineTunable",
  "overview",
  "usage",
  "downloadUrl",
  "versionId",
  "versionNumber",
  "trainingData",
  "url",
  "licenseName",
  "modelInstanceType",
  "baseModelInstanceInformation",
  "externalBaseModelUrl",
  "totalUncompressedBytes",
];
const MODEL_ORDER = [
  "id",
  "ref",
  "title",
  "subtitle",
  "author",
  "slug",
  "isPrivate",
  "description",
  "instances",
  "tags",
  "publishTime",
  "provenanceSources",
  "url",
  "modelVersionLinks",
  "voteCount",
  "authorImageUrl",
  "updateTime",
];
const TIMES = new Set(["publishTime", "updateTime"]);
const ZERO_ENUMS = new Set(["MODEL_FRAMEWORK_UNSPECIFIED", "MODEL_INSTANCE_TYPE_UNSPECIFIED"]);
/** Optional fields: printed even when they hold their type's default. */
const OPTIONAL = new Set(["publishTime", "voteCount", "authorImageUrl", "updateTime", "baseModelInstanceInformation"]);

function millis(t: string): string {
  const d = new Date(t);
  return Number.isNaN(d.getTime()) ? t : d.toISOString();
}

function ordered(obj: Record<string, unknown>, order: readonly string[], nested: (key: string, v: unknown) => unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of order) {
    const v = obj[key];
    if (v === undefined || v === null) continue;
    const isDefault = v === "" || v === 0 || v === false || (Array.isArray(v) && v.length === 0) || (typeof v === "string" && ZERO_ENUMS.has(v));
    if (isDefault && !OPTIONAL.has(key)) continue;
    out[key] = TIMES.has(key) && typeof v === "string" ? millis(v) : nested(key, v);
  }
  return out;
}

function instanceDict(mi: ApiModelInstance): Record<string, unknown> {
  return ordered(mi as Record<string, unknown>, INSTANCE_ORDER, (_k, v) => v);
}

export function modelJson(m: ApiModel): string {
  return pythonJson(
    ordered(m as Record<string, unknown>, MODEL_ORDER, (k, v) =>
      k === "instances" && Array.isArray(v) ? v.map((i) => instanceDict(i as ApiModelInstance)) : v,
    ),
  );
}

export function instanceJson(mi: ApiModelInstance): string {
  return pythonJson(instanceDict(mi));
}
