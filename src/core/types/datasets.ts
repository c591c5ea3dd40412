/** Wire types of `datasets.DatasetApiService` (kagglesdk `dataset_api_service`, `dataset_types`, `dataset_enums`). */
import type { Timestamp } from "./common";

export const DatasetSortBys = [
  "DATASET_SORT_BY_HOTTEST",
  "DATASET_SORT_BY_VOTES",
  "DATASET_SORT_BY_UPDATED",
  "DATASET_SORT_BY_ACTIVE",
  "DATASET_SORT_BY_PUBLISHED",
  "DATASET_SORT_BY_RELEVANCE",
  "DATASET_SORT_BY_LAST_VIEWED",
  "DATASET_SORT_BY_USABILITY",
  "DATASET_SORT_BY_DOWNLOAD_COUNT",
] as const;
export type DatasetSortBy = (typeof DatasetSortBys)[number];

export const DatasetFileTypeGroups = [
  "DATASET_FILE_TYPE_GROUP_ALL",
  "DATASET_FILE_TYPE_GROUP_CSV",
  "DATASET_FILE_TYPE_GROUP_SQLITE",
  "DATASET_FILE_TYPE_GROUP_JSON",
  "DATASET_FILE_TYPE_GROUP_BIG_QUERY",
  "DATASET_FILE_TYPE_GROUP_PARQUET",
] as const;
export type DatasetFileTypeGroup = (typeof DatasetFileTypeGroups)[number];

export const DatasetLicenseGroups = [
  "DATASET_LICENSE_GROUP_ALL",
  "DATASET_LICENSE_GROUP_CC",
  "DATASET_LICENSE_GROUP_GPL",
  "DATASET_LICENSE_GROUP_ODB",
  "DATASET_LICENSE_GROUP_OTHER",
] as const;
export type DatasetLicenseGroup = (typeof DatasetLicenseGroups)[number];

export const DatasetSelectionGroups = [
  "DATASET_SELECTION_GROUP_PUBLIC",
  "DATASET_SELECTION_GROUP_MY",
  "DATASET_SELECTION_GROUP_USER",
  "DATASET_SELECTION_GROUP_USER_SHARED_WITH_ME",
  "DATASET_SELECTION_GROUP_UPVOTED",
  "DATASET_SELECTION_GROUP_MY_PRIVATE",
  "DATASET_SELECTION_GROUP_MY_PUBLIC",
  "DATASET_SELECTION_GROUP_ORGANIZATION",
  "DATASET_SELECTION_GROUP_BOOKMARKED",
  "DATASET_SELECTION_GROUP_COLLABORATION",
  "DATASET_SELECTION_GROUP_SHARED_WITH_USER",
  "DATASET_SELECTION_GROUP_FEATURED",
  "DATASET_SELECTION_GROUP_ALL",
  "DATASET_SELECTION_GROUP_UNFEATURED",
] as const;
export type DatasetSelectionGroup = (typeof DatasetSelectionGroups)[number];

export const DatasetSizeGroups = [
  "DATASET_SIZE_GROUP_ALL",
  "DATASET_SIZE_GROUP_SMALL",
  "DATASET_SIZE_GROUP_MEDIUM",
  "DATASET_SIZE_GROUP_LARGE",
] as const;
export type DatasetSizeGroup = (typeof DatasetSizeGroups)[number];

export const DatasetViewedGroups = ["DATASET_VIEWED_GROUP_UNSPECIFIED", "DATASET_VIEWED_GROUP_VIEWED"] as const;
export type DatasetViewedGroup = (typeof DatasetViewedGroups)[number];

export const DatabundleVersionStatuses = [
  "NOT_YET_PERSISTED",
  "BLOBS_RECEIVED",
  "BLOBS_DECOMPRESSED",
  "BLOBS_COPIED_TO_SDS",
  "INDIVIDUAL_BLOBS_COMPRESSED",
  "READY",
  "FAILED",
  "DELETED",
  "REPROCESSING",
] as const;
export type DatabundleVersionStatus = (typeof DatabundleVersionStatuses)[number];

export const CollaboratorTypes = ["COLLABORATOR_TYPE_UNSPECIFIED", "READER", "WRITER", "OWNER", "ADMIN"] as const;
export type CollaboratorType = (typeof CollaboratorTypes)[number];

export const ExpectedUpdateFrequencies = ["not specified", "never", "annually", "quarterly", "monthly", "weekly", "daily", "hourly"] as const;

export interface ApiDatasetCategory {
  ref: string;
  name?: string;
  description?: string;
  fullPath?: string;
  competitionCount?: number;
  datasetCount?: number;
  scriptCount?: number;
  totalCount?: number;
}

export interface ApiDatasetColumn {
  order?: number;
  name?: string;
  type?: string;
  originalType?: string;
  description?: string;
}

export interface ApiDatasetFile {
  ref?: string;
  datasetRef?: string;
  ownerRef?: string;
  name?: string;
  creationDate?: Timestamp;
  description?: string;
  fileType?: string;
  url?: string;
  totalBytes?: number;
  columns?: ApiDatasetColumn[];
}

export interface ApiDatasetVersion {
  versionNumber?: number;
  creationDate?: Timestamp;
  creatorName?: string;
  creatorRef?: string;
  versionNotes?: string;
  status?: string;
}

export interface ApiDataset {
  id?: number;
  ref?: string;
  subtitle?: string;
  creatorName?: string;
  creatorUrl?: string;
  totalBytes?: number;
  url?: string;
  lastUpdated?: Timestamp;
  downloadCount?: number;
  isPrivate?: boolean;
  isFeatured?: boolean;
  licenseName?: string;
  description?: string;
  ownerName?: string;
  ownerRef?: string;
  kernelCount?: number;
  title?: string;
  topicCount?: number;
  viewCount?: number;
  voteCount?: number;
  currentVersionNumber?: number;
  usabilityRating?: number;
  tags?: ApiDatasetCategory[];
  files?: ApiDatasetFile[];
  versions?: ApiDatasetVersion[];
  thumbnailImageUrl?: string;
}

/** `ListDatasets` */
export interface ApiListDatasetsRequest {
  group?: DatasetSelectionGroup;
  sortBy?: DatasetSortBy;
  size?: DatasetSizeGroup;
  fileType?: DatasetFileTypeGroup;
  license?: DatasetLicenseGroup;
  viewed?: DatasetViewedGroup;
  tagIds?: string;
  search?: string;
  user?: string;
  minSize?: number;
  maxSize?: number;
  page?: number;
  pageToken?: string;
  pageSize?: number;
}
export interface ApiListDatasetsResponse {
  datasets?: ApiDataset[];
  nextPageToken?: string;
}

/** `ListDatasetFiles` */
export interface ApiListDatasetFilesRequest {
  ownerSlug: string;
  datasetSlug: string;
  datasetVersionNumber?: number;
  pageToken?: string;
  pageSize?: number;
}
export interface ApiListDatasetFilesResponse {
  datasetFiles?: ApiDatasetFile[];
  errorMessage?: string;
  nextPageToken?: string;
}

/** `GetDatasetStatus`, `GetDatasetMetadata`, `GetDataset`, `DeleteDataset` */
export interface ApiDatasetRefRequest {
  ownerSlug: string;
  datasetSlug: string;
}
export interface ApiDeleteDatasetResponse {
  /** Set when the server refused the deletion (the official CLI ignores it). */
  error?: string;
}
export interface ApiGetDatasetStatusResponse {
  status?: DatabundleVersionStatus;
}

/** `DownloadDataset` (an `HttpRedirect` RPC). */
export interface ApiDownloadDatasetRequest {
  ownerSlug: string;
  datasetSlug: string;
  fileName?: string;
  datasetVersionNumber?: number;
  raw?: boolean;
  hashLink?: string;
}

export interface ApiDatasetNewFile {
  token: string;
  description?: string;
  columns?: ApiDatasetColumn[];
}

export interface ApiUploadDirectoryInfo {
  name: string;
  directories?: ApiUploadDirectoryInfo[];
  files?: ApiDatasetNewFile[];
}

/** `CreateDataset` */
export interface ApiCreateDatasetRequest {
  id?: number;
  ownerSlug?: string;
  slug?: string;
  title?: string;
  licenseName?: string;
  isPrivate?: boolean;
  files?: ApiDatasetNewFile[];
  subtitle?: string;
  description?: string;
  categoryIds?: string[];
  directories?: ApiUploadDirectoryInfo[];
}
export interface ApiCreateDatasetResponse {
  ref?: string;
  url?: string;
  status?: string;
  error?: string;
  invalidTags?: string[];
}

export interface ApiCreateDatasetVersionRequestBody {
  versionNotes?: string;
  deleteOldVersions?: boolean;
  files?: ApiDatasetNewFile[];
  subtitle?: string;
  description?: string;
  categoryIds?: string[];
  directories?: ApiUploadDirectoryInfo[];
}
/** `CreateDatasetVersion` */
export interface ApiCreateDatasetVersionRequest {
  ownerSlug: string;
  datasetSlug: string;
  body: ApiCreateDatasetVersionRequestBody;
}
/** `CreateDatasetVersionById` */
export interface ApiCreateDatasetVersionByIdRequest {
  id: number;
  body: ApiCreateDatasetVersionRequestBody;
}

export interface DatasetCollaborator {
  username?: string;
  groupSlug?: string;
  role?: CollaboratorType;
}

export interface DatasetSettingsFileColumn {
  name?: string;
  description?: string;
  type?: string;
}

export interface DatasetSettingsFile {
  name?: string;
  description?: string;
  totalBytes?: number;
  columns?: DatasetSettingsFileColumn[];
}

export interface DatasetImageCrop {
  title?: string;
  top?: number;
  left?: number;
  width?: number;
  height?: number;
}

export interface DatasetImageInfo {
  token?: string;
  cropRectangles?: DatasetImageCrop[];
}

/** What `GetDatasetMetadata` answers under `info`. */
export interface DatasetInfo {
  datasetId?: number;
  datasetSlug?: string;
  ownerUser?: string;
  usabilityRating?: number;
  totalViews?: number;
  totalVotes?: number;
  totalDownloads?: number;
  title?: string;
  subtitle?: string;
  description?: string;
  isPrivate?: boolean;
  keywords?: string[];
  licenses?: { name?: string }[];
  collaborators?: DatasetCollaborator[];
  data?: DatasetSettingsFile[];
  expectedUpdateFrequency?: string;
  userSpecifiedSources?: string;
}
export interface ApiGetDatasetMetadataResponse {
  info?: DatasetInfo;
  errorMessage?: string;
}

/** What `UpdateDatasetMetadata` sends under `settings`. */
export interface DatasetSettings {
  title?: string;
  subtitle?: string;
  description?: string;
  isPrivate?: boolean;
  licenses?: { name: string }[];
  keywords?: string[];
  collaborators?: DatasetCollaborator[];
  data?: DatasetSettingsFile[];
  expectedUpdateFrequency?: string;
  userSpecifiedSources?: string;
  image?: DatasetImageInfo;
}
export interface ApiUpdateDatasetMetadataRequest {
  ownerSlug: string;
  datasetSlug: string;
  settings: DatasetSettings;
}
export interface ApiUpdateDatasetMetadataResponse {
  errors?: (string | { message?: string })[];
}

/** Licence ids the Kaggle docs list for `licenses[].name`. */
export const LICENSE_NAMES = [
  "CC0-1.0",
  "CC-BY-SA-3.0",
  "CC-BY-SA-4.0",
  "CC-BY-NC-SA-4.0",
  "GPL-2.0",
  "ODbL-1.0",
  "DbCL-1.0",
  "copyright-authors",
  "other",
  "unknown",
  "CC-BY-4.0",
  "CC-BY-NC-4.0",
  "PDDL",
  "CC-BY-3.0",
  "CC-BY-3.0-IGO",
  "US-Government-Works",
  "CC-BY-NC-SA-3.0-IGO",
  "CDLA-Permissive-1.0",
  "CDLA-Sharing-1.0",
  "CC-BY-ND-4.0",
  "CC-BY-NC-ND-4.0",
  "ODC-BY-1.0",
  "LGPL-3.0",
  "AGPL-3.0",
  "FDL-1.3",
  "EU-ODP-Legal-Notice",
  "apache-2.0",
  "GPL-3.0",
] as const;
