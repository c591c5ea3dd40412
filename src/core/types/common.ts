/**
 * Wire conventions shared by every Kaggle service.
 *
 * Kaggle's SDK writes protobuf-style JSON: lowerCamelCase keys, enums as their full member
 * names, timestamps as ISO 8601 with a literal `Z`, 64-bit integers as JSON numbers.
 */

/** An ISO 8601 UTC timestamp as sent on the wire, e.g. `2024-01-02T03:04:05.000Z`. */
export type Timestamp = string;

/** The `{code, message}` body Kaggle answers errors with (sometimes under HTTP 200). */
export interface ApiErrorBody {
  code: number;
  message: string;
}

/** The services the public API exposes, as dotted proto names used in URLs. */
export const Services = {
  competitions: "competitions.CompetitionApiService",
  datasets: "datasets.DatasetApiService",
  kernels: "kernels.KernelsApiService",
  models: "models.ModelApiService",
  blobs: "blobs.BlobApiService",
  oauth: "security.OAuthService",
  discussions: "discussions.DiscussionApiService",
  search: "search.SearchApiService",
  account: "users.AccountService",
  inbox: "admin.InboxFileService",
} as const;
export type ServiceName = (typeof Services)[keyof typeof Services];

export const ApiBlobTypes = ["API_BLOB_TYPE_UNSPECIFIED", "DATASET", "MODEL", "INBOX", "COMPETITION_SOLUTION"] as const;
export type ApiBlobType = (typeof ApiBlobTypes)[number];

/** `blobs.BlobApiService/StartBlobUpload` */
export interface ApiStartBlobUploadRequest {
  type?: ApiBlobType;
  name: string;
  contentType?: string;
  contentLength?: number;
  lastModifiedEpochSeconds?: number;
}
export interface ApiStartBlobUploadResponse {
  token: string;
  createUrl: string;
}

/** `security.OAuthService/IntrospectToken` */
export interface IntrospectTokenRequest {
  token: string;
}
export interface IntrospectTokenResponse {
  active?: boolean;
  clientId?: string;
  username?: string;
  userId?: number;
  scope?: string;
  exp?: number;
}
