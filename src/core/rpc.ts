/**
 * Every RPC the client makes, by its wire name `service/Method`: the request and answer types
 * (`Rpcs`) and how each may be called (`RPCS`: retried freely or not, credentials required or
 * optional). Adding an RPC is one entry in each, plus its types in `types/<area>.ts`.
 * A request field left `undefined` is not sent (`toWireJson`), so bodies name every field in
 * wire order and leave out the absent ones by value.
 */
import type { ApiStartBlobUploadRequest, ApiStartBlobUploadResponse, IntrospectTokenRequest, IntrospectTokenResponse } from "./types/common";
import type {
  CreateInboxFileRequest,
  ExchangeOAuthTokenRequest,
  ExchangeOAuthTokenResponse,
  ExpireApiTokenRequest,
  GenerateAccessTokenRequest,
  GenerateAccessTokenResponse,
} from "./types/auth";
import type {
  ApiCreateCodeSubmissionRequest,
  ApiCreateCodeSubmissionResponse,
  ApiCreateSubmissionRequest,
  ApiCreateSubmissionResponse,
  ApiDownloadDataFileRequest,
  ApiDownloadDataFilesRequest,
  ApiDownloadLeaderboardRequest,
  ApiGetLeaderboardRequest,
  ApiGetLeaderboardResponse,
  ApiListCompetitionsRequest,
  ApiListCompetitionsResponse,
  ApiListDataFilesRequest,
  ApiListDataFilesResponse,
  ApiListSubmissionsRequest,
  ApiListSubmissionsResponse,
  ApiStartSubmissionUploadRequest,
  ApiStartSubmissionUploadResponse,
} from "./types/competitions";
import type {
  ApiCreateDatasetRequest,
  ApiCreateDatasetResponse,
  ApiCreateDatasetVersionByIdRequest,
  ApiCreateDatasetVersionRequest,
  ApiDataset,
  ApiDatasetRefRequest,
  ApiDownloadDatasetRequest,
  ApiGetDatasetMetadataResponse,
  ApiGetDatasetStatusResponse,
  ApiListDatasetFilesRequest,
  ApiListDatasetFilesResponse,
  ApiListDatasetsRequest,
  ApiListDatasetsResponse,
  ApiUpdateDatasetMetadataRequest,
  ApiUpdateDatasetMetadataResponse,
} from "./types/datasets";
import type {
  ApiGetKernelResponse,
  ApiGetKernelSessionStatusResponse,
  ApiKernelRefRequest,
  ApiListKernelFilesRequest,
  ApiListKernelFilesResponse,
  ApiListKernelSessionOutputRequest,
  ApiListKernelSessionOutputResponse,
  ApiListKernelsRequest,
  ApiListKernelsResponse,
  ApiSaveKernelRequest,
  ApiSaveKernelResponse,
} from "./types/kernels";

/** The answer of an `HttpRedirect` RPC: a redirect to the file, never JSON. */
export interface HttpRedirect {
  readonly kind: "redirect";
}
/** The answer of a `FileDownload` RPC: the file itself, never JSON. */
export interface FileDownload {
  readonly kind: "file";
}

interface Rpc<Req, Res> {
  request: Req;
  response: Res;
}

export interface Rpcs {
  "competitions.CompetitionApiService/ListCompetitions": Rpc<ApiListCompetitionsRequest, ApiListCompetitionsResponse>;
  "competitions.CompetitionApiService/ListDataFiles": Rpc<ApiListDataFilesRequest, ApiListDataFilesResponse>;
  "competitions.CompetitionApiService/DownloadDataFile": Rpc<ApiDownloadDataFileRequest, HttpRedirect>;
  "competitions.CompetitionApiService/DownloadDataFiles": Rpc<ApiDownloadDataFilesRequest, HttpRedirect>;
  "competitions.CompetitionApiService/StartSubmissionUpload": Rpc<ApiStartSubmissionUploadRequest, ApiStartSubmissionUploadResponse>;
  "competitions.CompetitionApiService/CreateSubmission": Rpc<ApiCreateSubmissionRequest, ApiCreateSubmissionResponse>;
  "competitions.CompetitionApiService/CreateCodeSubmission": Rpc<ApiCreateCodeSubmissionRequest, ApiCreateCodeSubmissionResponse>;
  "competitions.CompetitionApiService/ListSubmissions": Rpc<ApiListSubmissionsRequest, ApiListSubmissionsResponse>;
  "competitions.CompetitionApiService/GetLeaderboard": Rpc<ApiGetLeaderboardRequest, ApiGetLeaderboardResponse>;
  "competitions.CompetitionApiService/DownloadLeaderboard": Rpc<ApiDownloadLeaderboardRequest, FileDownload>;
  "datasets.DatasetApiService/ListDatasets": Rpc<ApiListDatasetsRequest, ApiListDatasetsResponse>;
  "datasets.DatasetApiService/ListDatasetFiles": Rpc<ApiListDatasetFilesRequest, ApiListDatasetFilesResponse>;
  "datasets.DatasetApiService/GetDataset": Rpc<ApiDatasetRefRequest, ApiDataset>;
  "datasets.DatasetApiService/GetDatasetStatus": Rpc<ApiDatasetRefRequest, ApiGetDatasetStatusResponse>;
  "datasets.DatasetApiService/GetDatasetMetadata": Rpc<ApiDatasetRefRequest, ApiGetDatasetMetadataResponse>;
  "datasets.DatasetApiService/UpdateDatasetMetadata": Rpc<ApiUpdateDatasetMetadataRequest, ApiUpdateDatasetMetadataResponse>;
  "datasets.DatasetApiService/DownloadDataset": Rpc<ApiDownloadDatasetRequest, HttpRedirect>;
  "datasets.DatasetApiService/CreateDataset": Rpc<ApiCreateDatasetRequest, ApiCreateDatasetResponse>;
  "datasets.DatasetApiService/CreateDatasetVersion": Rpc<ApiCreateDatasetVersionRequest, ApiCreateDatasetResponse>;
  "datasets.DatasetApiService/CreateDatasetVersionById": Rpc<ApiCreateDatasetVersionByIdRequest, ApiCreateDatasetResponse>;
  "kernels.KernelsApiService/ListKernels": Rpc<ApiListKernelsRequest, ApiListKernelsResponse>;
  "kernels.KernelsApiService/SaveKernel": Rpc<ApiSaveKernelRequest, ApiSaveKernelResponse>;
  "kernels.KernelsApiService/GetKernel": Rpc<ApiKernelRefRequest, ApiGetKernelResponse>;
  "kernels.KernelsApiService/GetKernelSessionStatus": Rpc<ApiKernelRefRequest, ApiGetKernelSessionStatusResponse>;
  "kernels.KernelsApiService/ListKernelFiles": Rpc<ApiListKernelFilesRequest, ApiListKernelFilesResponse>;
  "kernels.KernelsApiService/DeleteKernel": Rpc<ApiKernelRefRequest, object>;
  "kernels.KernelsApiService/ListKernelSessionOutput": Rpc<ApiListKernelSessionOutputRequest, ApiListKernelSessionOutputResponse>;
  "blobs.BlobApiService/StartBlobUpload": Rpc<ApiStartBlobUploadRequest, ApiStartBlobUploadResponse>;
  "security.OAuthService/IntrospectToken": Rpc<IntrospectTokenRequest, IntrospectTokenResponse>;
  "security.OAuthService/ExchangeOAuthToken": Rpc<ExchangeOAuthTokenRequest, ExchangeOAuthTokenResponse>;
  "users.AccountService/GenerateAccessToken": Rpc<GenerateAccessTokenRequest, GenerateAccessTokenResponse>;
  "users.AccountService/ExpireApiToken": Rpc<ExpireApiTokenRequest, object>;
  "admin.InboxFileService/CreateInboxFile": Rpc<CreateInboxFileRequest, object>;
}

export type RpcName = keyof Rpcs;
export type RpcRequest<N extends RpcName> = Rpcs[N]["request"];
export type RpcResponse<N extends RpcName> = Rpcs[N]["response"];
/** RPCs answered with JSON, with a redirect to a file, with the file itself. */
export type JsonRpc = { [N in RpcName]: RpcResponse<N> extends HttpRedirect | FileDownload ? never : N }[RpcName];
export type RedirectRpc = { [N in RpcName]: RpcResponse<N> extends HttpRedirect ? N : never }[RpcName];
export type FileRpc = { [N in RpcName]: RpcResponse<N> extends FileDownload ? N : never }[RpcName];

export interface RpcFlags {
  /** False for calls that create something: retried only when the request surely never arrived. */
  readonly idempotent: boolean;
  /**
   * `optional`: public data, called anonymously when there are no credentials; `none`: never
   * sent with credentials (the body holds the login's own secret).
   */
  readonly auth: "required" | "optional" | "none";
}

const READ: RpcFlags = { idempotent: true, auth: "required" };
const PUBLIC_READ: RpcFlags = { idempotent: true, auth: "optional" };
const CHANGE: RpcFlags = { idempotent: false, auth: "required" };

export const RPCS: { readonly [N in RpcName]: RpcFlags } = {
  "competitions.CompetitionApiService/ListCompetitions": READ,
  "competitions.CompetitionApiService/ListDataFiles": READ,
  "competitions.CompetitionApiService/DownloadDataFile": READ,
  "competitions.CompetitionApiService/DownloadDataFiles": READ,
  "competitions.CompetitionApiService/StartSubmissionUpload": READ,
  "competitions.CompetitionApiService/CreateSubmission": CHANGE,
  "competitions.CompetitionApiService/CreateCodeSubmission": CHANGE,
  "competitions.CompetitionApiService/ListSubmissions": READ,
  "competitions.CompetitionApiService/GetLeaderboard": READ,
  "competitions.CompetitionApiService/DownloadLeaderboard": READ,
  "datasets.DatasetApiService/ListDatasets": READ,
  "datasets.DatasetApiService/ListDatasetFiles": PUBLIC_READ,
  "datasets.DatasetApiService/GetDataset": PUBLIC_READ,
  "datasets.DatasetApiService/GetDatasetStatus": READ,
  "datasets.DatasetApiService/GetDatasetMetadata": PUBLIC_READ,
  "datasets.DatasetApiService/UpdateDatasetMetadata": CHANGE,
  "datasets.DatasetApiService/DownloadDataset": PUBLIC_READ,
  "datasets.DatasetApiService/CreateDataset": CHANGE,
  "datasets.DatasetApiService/CreateDatasetVersion": CHANGE,
  "datasets.DatasetApiService/CreateDatasetVersionById": CHANGE,
  "kernels.KernelsApiService/ListKernels": READ,
  "kernels.KernelsApiService/SaveKernel": CHANGE,
  "kernels.KernelsApiService/GetKernel": READ,
  "kernels.KernelsApiService/GetKernelSessionStatus": READ,
  "kernels.KernelsApiService/ListKernelFiles": READ,
  "kernels.KernelsApiService/DeleteKernel": CHANGE,
  "kernels.KernelsApiService/ListKernelSessionOutput": READ,
  "blobs.BlobApiService/StartBlobUpload": READ,
  "security.OAuthService/IntrospectToken": READ,
  // The login's own secrets (code, refresh token) are in the body: no other credentials are sent.
  "security.OAuthService/ExchangeOAuthToken": { idempotent: false, auth: "none" },
  "users.AccountService/GenerateAccessToken": { idempotent: true, auth: "none" },
  "users.AccountService/ExpireApiToken": { idempotent: true, auth: "none" },
  "admin.InboxFileService/CreateInboxFile": CHANGE,
};

/** `service/Method` split into the two parts the URL is made of. */
export function rpcParts(name: RpcName): { service: string; method: string } {
  const slash = name.indexOf("/");
  return { service: name.slice(0, slash), method: name.slice(slash + 1) };
}
