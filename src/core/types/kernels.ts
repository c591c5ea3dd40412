/** Wire types of `kernels.KernelsApiService` (kagglesdk `kernels_api_service.py`, `kernels_enums.py`). */
import type { Timestamp } from "./common";

/** `KernelWorkerStatus`; `QUEUED` is the zero member (left out of answers). */
export const KernelWorkerStatuses = ["QUEUED", "RUNNING", "COMPLETE", "ERROR", "CANCEL_REQUESTED", "CANCEL_ACKNOWLEDGED", "NEW_SCRIPT"] as const;
export type KernelWorkerStatus = (typeof KernelWorkerStatuses)[number];

/** States a run never leaves. */
export const FINAL_KERNEL_STATUSES: readonly KernelWorkerStatus[] = ["COMPLETE", "ERROR", "CANCEL_ACKNOWLEDGED"];

export const KernelsListSortTypes = [
  "HOTNESS",
  "COMMENT_COUNT",
  "DATE_CREATED",
  "DATE_RUN",
  "RELEVANCE",
  "SCORE_ASCENDING",
  "SCORE_DESCENDING",
  "VIEW_COUNT",
  "VOTE_COUNT",
] as const;
export type KernelsListSortType = (typeof KernelsListSortTypes)[number];

export const KernelsListViewTypes = [
  "KERNELS_LIST_VIEW_TYPE_UNSPECIFIED",
  "PROFILE",
  "UPVOTED",
  "EVERYONE",
  "COLLABORATION",
  "FORK",
  "BOOKMARKED",
  "RECENTLY_VIEWED",
  "PUBLIC_AND_USERS_PRIVATE",
] as const;
export type KernelsListViewType = (typeof KernelsListViewTypes)[number];

export const KernelExecutionTypes = ["KERNEL_EXECUTION_TYPE_UNSPECIFIED", "SAVE_AND_RUN_ALL", "INTER_ACTIVE", "QUICK_SAVE"] as const;
export type KernelExecutionType = (typeof KernelExecutionTypes)[number];

/** `ListKernels` request, fields in the order the official CLI sends them. */
export interface ApiListKernelsRequest {
  competition: string;
  dataset: string;
  parentKernel: string;
  group: KernelsListViewType;
  kernelType: string;
  language: string;
  outputType: string;
  search: string;
  sortBy?: KernelsListSortType;
  user: string;
  page: number;
  pageSize: number;
  pageToken?: string;
}

export interface ApiKernelMetadata {
  id?: number;
  ref?: string;
  title?: string;
  author?: string;
  slug?: string;
  lastRunTime?: Timestamp;
  language?: string;
  kernelType?: string;
  isPrivate?: boolean;
  enableGpu?: boolean;
  enableInternet?: boolean;
  categoryIds?: string[];
  datasetDataSources?: string[];
  kernelDataSources?: string[];
  competitionDataSources?: string[];
  totalVotes?: number;
  modelDataSources?: string[];
  enableTpu?: boolean;
  currentVersionNumber?: number;
  dockerImage?: string;
  machineShape?: string;
}

export interface ApiListKernelsResponse {
  kernels?: ApiKernelMetadata[];
  nextPageToken?: string;
}

/** `SaveKernel` request, in wire order. */
export interface ApiSaveKernelRequest {
  id?: number;
  slug?: string;
  newTitle?: string;
  text: string;
  language: string;
  kernelType: string;
  datasetDataSources?: string[];
  kernelDataSources?: string[];
  competitionDataSources?: string[];
  categoryIds?: string[];
  isPrivate: boolean;
  enableGpu: boolean;
  enableInternet: boolean;
  dockerImagePinningType?: string;
  modelDataSources?: string[];
  enableTpu: boolean;
  sessionTimeoutSeconds?: number;
  priority?: number;
  dockerImage?: string;
  kernelExecutionType?: KernelExecutionType;
  machineShape?: string;
}

export interface ApiSaveKernelResponse {
  ref?: string;
  url?: string;
  versionNumber?: number;
  error?: string;
  invalidTags?: string[];
  invalidDatasetSources?: string[];
  invalidCompetitionSources?: string[];
  invalidKernelSources?: string[];
  invalidModelSources?: string[];
  kernelId?: number;
}

export interface ApiKernelBlob {
  source?: string;
  language?: string;
  kernelType?: string;
  slug?: string;
}

export interface ApiGetKernelResponse {
  metadata?: ApiKernelMetadata;
  blob?: ApiKernelBlob;
}

export interface ApiGetKernelSessionStatusResponse {
  status?: KernelWorkerStatus;
  failureMessage?: string;
}

export interface ApiKernelSessionOutputFile {
  url?: string;
  fileName?: string;
}

export interface ApiListKernelSessionOutputResponse {
  files?: ApiKernelSessionOutputFile[];
  log?: string;
  nextPageToken?: string;
}

/** One record of Kaggle's JSON run log. */
export interface KernelLogRecord {
  stream_name: "stdout" | "stderr";
  time: number;
  data: string;
}

/** `ListKernelFiles`: a kernel's output files, without download URLs. */
export interface ApiListKernelFilesRequest {
  userName: string;
  kernelSlug: string;
  pageSize?: number;
  pageToken?: string;
  versionLabel?: string;
}
export interface ApiListKernelFilesItem {
  name?: string;
  size?: number;
  /** Human-readable on the real server, e.g. `4:41 pm, Wednesday 23 September 2026 UTC`. */
  creationDate?: string;
}
export interface ApiListKernelFilesResponse {
  files?: ApiListKernelFilesItem[];
  nextPageToken?: string;
}

/** `GetKernel`, `GetKernelSessionStatus`, `DeleteKernel`: a kernel (a version rides in the slug as `slug/N`). */
export interface ApiKernelRefRequest {
  userName: string;
  kernelSlug: string;
}

/** `ListKernelSessionOutput`: the latest session's output files and log. */
export interface ApiListKernelSessionOutputRequest {
  userName: string;
  kernelSlug: string;
  pageSize?: number;
  pageToken?: string;
}

/**
 * One accelerator's weekly quota (`ApiAcceleratorQuota`). Durations are protobuf JSON
 * durations, `"<seconds>[.<fraction>]s"`, e.g. `"151.500s"`.
 */
export interface ApiAcceleratorQuota {
  timeUsed?: string;
  /** Held by sessions running now. */
  timeReserved?: string;
  totalTimeAllowed?: string;
  minimumTimeAllowed?: string;
  isPayToScaleEnabled?: boolean;
  hasEverRun?: boolean;
}

/** `GetAcceleratorQuotaStatistics` (an empty request): the caller's GPU and TPU quota. */
export interface ApiGetAcceleratorQuotaStatisticsResponse {
  /** When the weekly window starts again (RFC 3339). */
  quotaRefreshTime?: string;
  gpuQuota?: ApiAcceleratorQuota;
  tpuQuota?: ApiAcceleratorQuota;
}
