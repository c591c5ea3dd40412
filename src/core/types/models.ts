/** Wire types of `models.ModelApiService` (kagglesdk `model_api_service`, `model_types`, `model_enums`). */
import type { Timestamp } from "./common";
import type { ApiDatasetNewFile, ApiUploadDirectoryInfo } from "./datasets";

export const ModelFrameworks = [
  "MODEL_FRAMEWORK_UNSPECIFIED",
  "MODEL_FRAMEWORK_TENSOR_FLOW_1",
  "MODEL_FRAMEWORK_TENSOR_FLOW_2",
  "MODEL_FRAMEWORK_TF_LITE",
  "MODEL_FRAMEWORK_TF_JS",
  "MODEL_FRAMEWORK_PY_TORCH",
  "MODEL_FRAMEWORK_JAX",
  "MODEL_FRAMEWORK_FLAX",
  "MODEL_FRAMEWORK_PAX",
  "MODEL_FRAMEWORK_MAX_TEXT",
  "MODEL_FRAMEWORK_GEMMA_CPP",
  "MODEL_FRAMEWORK_GGML",
  "MODEL_FRAMEWORK_GGUF",
  "MODEL_FRAMEWORK_CORAL",
  "MODEL_FRAMEWORK_SCIKIT_LEARN",
  "MODEL_FRAMEWORK_MXNET",
  "MODEL_FRAMEWORK_ONNX",
  "MODEL_FRAMEWORK_KERAS",
  "MODEL_FRAMEWORK_TRANSFORMERS",
  "MODEL_FRAMEWORK_API",
  "MODEL_FRAMEWORK_OTHER",
  "MODEL_FRAMEWORK_TENSOR_RT_LLM",
  "MODEL_FRAMEWORK_TRITON",
  "MODEL_FRAMEWORK_VLLM",
] as const;
export type ModelFramework = (typeof ModelFrameworks)[number];

/** A framework as Kaggle spells it in model URLs and handles: `MODEL_FRAMEWORK_PY_TORCH` -> `pyTorch`. */
export function frameworkWord(framework: ModelFramework): string {
  const parts = framework
    .replace(/^MODEL_FRAMEWORK_/, "")
    .toLowerCase()
    .split("_");
  return parts.map((p, i) => (i === 0 ? p : p.charAt(0).toUpperCase() + p.slice(1))).join("");
}

export const ModelInstanceTypes = [
  "MODEL_INSTANCE_TYPE_UNSPECIFIED",
  "MODEL_INSTANCE_TYPE_BASE_MODEL",
  "MODEL_INSTANCE_TYPE_KAGGLE_VARIANT",
  "MODEL_INSTANCE_TYPE_EXTERNAL_VARIANT",
] as const;
export type ModelInstanceType = (typeof ModelInstanceTypes)[number];

export const ListModelsOrderBys = [
  "LIST_MODELS_ORDER_BY_UNSPECIFIED",
  "LIST_MODELS_ORDER_BY_HOTNESS",
  "LIST_MODELS_ORDER_BY_DOWNLOAD_COUNT",
  "LIST_MODELS_ORDER_BY_VOTE_COUNT",
  "LIST_MODELS_ORDER_BY_NOTEBOOK_COUNT",
  "LIST_MODELS_ORDER_BY_PUBLISH_TIME",
  "LIST_MODELS_ORDER_BY_CREATE_TIME",
  "LIST_MODELS_ORDER_BY_UPDATE_TIME",
  "LIST_MODELS_ORDER_BY_VIEW_TIME_DESC",
] as const;
export type ListModelsOrderBy = (typeof ListModelsOrderBys)[number];

/** `ownerSlug` + `modelSlug`: `GetModel`, `DeleteModel`. */
export interface ApiModelRefRequest {
  ownerSlug: string;
  modelSlug: string;
}
/** `ownerSlug` + `modelSlug` + `framework` + `instanceSlug`: `GetModelInstance`, `DeleteModelInstance`. */
export interface ApiModelInstanceRefRequest extends ApiModelRefRequest {
  framework: ModelFramework;
  instanceSlug: string;
}
/** `DeleteModelInstanceVersion`. */
export interface ApiModelInstanceVersionRefRequest extends ApiModelInstanceRefRequest {
  versionNumber: number;
}

export interface ApiCreateModelRequest {
  ownerSlug: string;
  slug: string;
  title: string;
  subtitle?: string;
  isPrivate?: boolean;
  description?: string;
  publishTime?: Timestamp;
  provenanceSources?: string;
}
export interface ApiCreateModelResponse {
  id?: number;
  ref?: string;
  error?: string;
  url?: string;
  errorCode?: number;
}

export interface ApiUpdateModelRequest {
  ownerSlug: string;
  modelSlug: string;
  title?: string;
  subtitle?: string;
  isPrivate?: boolean;
  description?: string;
  publishTime?: Timestamp;
  provenanceSources?: string;
  /** Comma-separated camelCase paths (protobuf `FieldMask` JSON form). */
  updateMask?: string;
}
export interface ApiUpdateModelResponse {
  id?: number;
  ref?: string;
  error?: string;
  url?: string;
}
export interface ApiDeleteModelResponse {
  error?: string;
}

export interface ApiModelInstance {
  id?: number;
  slug?: string;
  framework?: ModelFramework;
  fineTunable?: boolean;
  overview?: string;
  usage?: string;
  downloadUrl?: string;
  versionId?: number;
  versionNumber?: number;
  trainingData?: string[];
  url?: string;
  licenseName?: string;
  modelInstanceType?: ModelInstanceType;
  baseModelInstanceInformation?: {
    id?: number;
    owner?: { slug?: string };
    modelSlug?: string;
    instanceSlug?: string;
    framework?: ModelFramework;
  };
  externalBaseModelUrl?: string;
  totalUncompressedBytes?: number;
}

export interface ApiModel {
  id?: number;
  ref?: string;
  title?: string;
  subtitle?: string;
  author?: string;
  slug?: string;
  isPrivate?: boolean;
  description?: string;
  instances?: ApiModelInstance[];
  tags?: { ref?: string; name?: string }[];
  publishTime?: Timestamp;
  provenanceSources?: string;
  url?: string;
  voteCount?: number;
  authorImageUrl?: string;
  updateTime?: Timestamp;
}

export interface ApiListModelsRequest {
  search?: string;
  sortBy?: ListModelsOrderBy;
  owner?: string;
  pageSize?: number;
  pageToken?: string;
}
export interface ApiListModelsResponse {
  models?: ApiModel[];
  nextPageToken?: string;
  totalResults?: number;
}

export interface ApiCreateModelInstanceRequestBody {
  instanceSlug: string;
  framework: ModelFramework;
  overview?: string;
  usage?: string;
  fineTunable?: boolean;
  trainingData?: string[];
  files?: ApiDatasetNewFile[];
  licenseName?: string;
  modelInstanceType?: ModelInstanceType;
  baseModelInstance?: string;
  externalBaseModelUrl?: string;
  directories?: ApiUploadDirectoryInfo[];
}
export interface ApiCreateModelInstanceRequest {
  ownerSlug: string;
  modelSlug: string;
  body: ApiCreateModelInstanceRequestBody;
}

export interface ApiUpdateModelInstanceRequest extends ApiModelInstanceRefRequest {
  overview?: string;
  usage?: string;
  fineTunable?: boolean;
  trainingData?: string[];
  updateMask?: string;
  licenseName?: string;
  modelInstanceType?: ModelInstanceType;
  baseModelInstance?: string;
  externalBaseModelUrl?: string;
}

export interface ApiListModelInstancesRequest extends ApiModelRefRequest {
  pageSize?: number;
  pageToken?: string;
}
/** `ModelInstance` of `model_types` (the items of `ListModelInstances`), the fields read here. */
export interface ModelInstanceSummary {
  id?: number;
  ownerSlug?: string;
  modelSlug?: string;
  slug?: string;
  versionId?: number;
  versionNumber?: number;
  framework?: ModelFramework;
  versionNotes?: string;
  /** `DatabundleVersionStatus` of the latest version (`READY` once processed). */
  status?: string;
  creationStatus?: { status?: string; versionNumber?: number };
  totalUncompressedBytes?: number;
  modelInstanceType?: ModelInstanceType;
}
export interface ApiListModelInstancesResponse {
  instances?: ModelInstanceSummary[];
  nextPageToken?: string;
}

export interface ApiCreateModelInstanceVersionRequestBody {
  versionNotes?: string;
  files?: ApiDatasetNewFile[];
  directories?: ApiUploadDirectoryInfo[];
}
export interface ApiCreateModelInstanceVersionRequest extends ApiModelInstanceRefRequest {
  body: ApiCreateModelInstanceVersionRequestBody;
}

export interface ApiListModelInstanceVersionsRequest {
  ownerSlug: string;
  modelSlug: string;
  instanceSlug: string;
  framework: ModelFramework;
  pageSize?: number;
  pageToken?: string;
}
export interface ModelInstanceVersion {
  id?: number;
  framework?: ModelFramework;
  url?: string;
  variationSlug?: string;
  versionNumber?: number;
  modelTitle?: string;
  isPrivate?: boolean;
  modelId?: number;
  ownerSlug?: string;
  modelSlug?: string;
  modelInstanceId?: number;
}
export interface ApiListModelInstanceVersionsResponse {
  versionList?: { versions?: ModelInstanceVersion[] };
  nextPageToken?: string;
}

export interface ApiListModelInstanceVersionFilesRequest {
  ownerSlug: string;
  modelSlug: string;
  instanceSlug: string;
  framework: ModelFramework;
  versionNumber?: number;
  pageSize?: number;
  pageToken?: string;
}
export interface ApiModelFile {
  name?: string;
  size?: number;
  creationDate?: Timestamp;
}
export interface ApiListModelInstanceVersionFilesResponse {
  files?: ApiModelFile[];
  nextPageToken?: string;
}

export interface ApiDownloadModelInstanceVersionRequest extends ApiModelInstanceVersionRefRequest {
  path?: string;
}
