/** Wire types of `competitions.CompetitionApiService`. */
import type { Timestamp } from "./common";

export const CompetitionListTabs = [
  "COMPETITION_LIST_TAB_GENERAL",
  "COMPETITION_LIST_TAB_ENTERED",
  "COMPETITION_LIST_TAB_COMMUNITY",
  "COMPETITION_LIST_TAB_HOSTED",
  "COMPETITION_LIST_TAB_UNLAUNCHED",
  "COMPETITION_LIST_TAB_UNLAUNCHED_COMMUNITY",
  "COMPETITION_LIST_TAB_EVERYTHING",
] as const;
export type CompetitionListTab = (typeof CompetitionListTabs)[number];

export const HostSegments = [
  "HOST_SEGMENT_UNSPECIFIED",
  "HOST_SEGMENT_FEATURED",
  "HOST_SEGMENT_RESEARCH",
  "HOST_SEGMENT_RECRUITMENT",
  "HOST_SEGMENT_GETTING_STARTED",
  "HOST_SEGMENT_MASTERS",
  "HOST_SEGMENT_PLAYGROUND",
  "HOST_SEGMENT_COMMUNITY",
  "HOST_SEGMENT_ANALYTICS",
] as const;
export type HostSegment = (typeof HostSegments)[number];

export const CompetitionSortBys = [
  "COMPETITION_SORT_BY_GROUPED",
  "COMPETITION_SORT_BY_BEST",
  "COMPETITION_SORT_BY_PRIZE",
  "COMPETITION_SORT_BY_EARLIEST_DEADLINE",
  "COMPETITION_SORT_BY_LATEST_DEADLINE",
  "COMPETITION_SORT_BY_NUMBER_OF_TEAMS",
  "COMPETITION_SORT_BY_RELEVANCE",
  "COMPETITION_SORT_BY_RECENTLY_CREATED",
] as const;
export type CompetitionSortBy = (typeof CompetitionSortBys)[number];

export const SubmissionStatuses = ["PENDING", "COMPLETE", "ERROR"] as const;
export type SubmissionStatus = (typeof SubmissionStatuses)[number];

export const SubmissionSortBys = [
  "SUBMISSION_SORT_BY_DATE",
  "SUBMISSION_SORT_BY_NAME",
  "SUBMISSION_SORT_BY_PRIVATE_SCORE",
  "SUBMISSION_SORT_BY_PUBLIC_SCORE",
] as const;
export type SubmissionSortBy = (typeof SubmissionSortBys)[number];

export const SubmissionGroups = ["SUBMISSION_GROUP_ALL", "SUBMISSION_GROUP_SUCCESSFUL", "SUBMISSION_GROUP_SELECTED"] as const;
export type SubmissionGroup = (typeof SubmissionGroups)[number];

export interface ApiCategory {
  ref: string;
  name?: string;
  description?: string;
  fullPath?: string;
  competitionCount?: number;
  datasetCount?: number;
  scriptCount?: number;
  totalCount?: number;
}

export interface ApiCompetition {
  id: number;
  ref: string;
  title?: string;
  url?: string;
  description?: string;
  organizationName?: string;
  organizationRef?: string;
  category?: string;
  reward?: string;
  tags?: ApiCategory[];
  deadline?: Timestamp;
  kernelCount?: number;
  teamCount?: number;
  userHasEntered?: boolean;
  userRank?: number;
  mergerDeadline?: Timestamp;
  newEntrantDeadline?: Timestamp;
  enabledDate?: Timestamp;
  maxDailySubmissions?: number;
  maxTeamSize?: number;
  evaluationMetric?: string;
  awardsPoints?: boolean;
  isKernelsSubmissionsOnly?: boolean;
  submissionsDisabled?: boolean;
  thumbnailImageUrl?: string;
  hostName?: string;
  dateCreated?: Timestamp;
}

export interface ApiListCompetitionsRequest {
  group?: CompetitionListTab;
  category?: HostSegment;
  sortBy?: CompetitionSortBy;
  search?: string;
  page?: number;
  pageToken?: string;
  pageSize?: number;
}
export interface ApiListCompetitionsResponse {
  competitions?: ApiCompetition[];
  nextPageToken?: string;
}

export interface ApiListDataFilesRequest {
  competitionName: string;
  pageSize?: number;
  pageToken?: string;
}
export interface ApiDataFile {
  ref: string;
  name?: string;
  description?: string;
  totalBytes?: number;
  url?: string;
  creationDate?: Timestamp;
}
export interface ApiListDataFilesResponse {
  files?: ApiDataFile[];
  nextPageToken?: string;
  childrenFetchTimeMs?: number;
}

export interface ApiDownloadDataFileRequest {
  competitionName: string;
  fileName: string;
}
export interface ApiDownloadDataFilesRequest {
  competitionName: string;
}

export interface ApiStartSubmissionUploadRequest {
  competitionName?: string;
  contentLength?: number;
  lastModifiedEpochSeconds?: number;
  fileName: string;
}
export interface ApiStartSubmissionUploadResponse {
  token: string;
  createUrl: string;
}

export interface ApiCreateSubmissionRequest {
  competitionName: string;
  blobFileTokens: string;
  submissionDescription?: string;
  benchmarkModelVersionId?: number;
  sandbox?: boolean;
}
export interface ApiCreateSubmissionResponse {
  message?: string;
  ref?: number;
}

export interface ApiCreateCodeSubmissionRequest {
  competitionName: string;
  kernelOwner: string;
  kernelSlug: string;
  kernelVersion?: number;
  fileName?: string;
  submissionDescription?: string;
}
export type ApiCreateCodeSubmissionResponse = ApiCreateSubmissionResponse;

export interface ApiListSubmissionsRequest {
  competitionName: string;
  page?: number;
  pageSize?: number;
  pageToken?: string;
  sortBy?: SubmissionSortBy;
  group?: SubmissionGroup;
}
export interface ApiSubmission {
  ref: number;
  totalBytes?: number;
  date?: Timestamp;
  description?: string;
  errorDescription?: string;
  fileName?: string;
  publicScore?: string;
  privateScore?: string;
  /** Absent means `PENDING` (the enum's zero value is omitted on the wire). */
  status?: SubmissionStatus;
  submittedBy?: string;
  submittedByRef?: string;
  teamName?: string;
  url?: string;
}
export interface ApiListSubmissionsResponse {
  submissions?: ApiSubmission[];
  nextPageToken?: string;
}

export interface ApiGetLeaderboardRequest {
  competitionName: string;
  overridePublic?: boolean;
  pageSize?: number;
  pageToken?: string;
}
export interface ApiLeaderboardSubmission {
  teamId: number;
  teamName?: string;
  submissionDate?: Timestamp;
  score?: string;
}
export interface ApiGetLeaderboardResponse {
  submissions?: ApiLeaderboardSubmission[];
  nextPageToken?: string;
}

export interface ApiDownloadLeaderboardRequest {
  competitionName: string;
}
