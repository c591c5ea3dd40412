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
  ApiSubmission,
} from "./types/competitions";
import type {
  ApiDownloadSubmissionRequest,
  ApiGetEpisodeAgentLogsRequest,
  ApiGetEpisodeReplayRequest,
  ApiGetSubmissionLimitsRequest,
  ApiGetSubmissionRequest,
  ApiListCompetitionPagesRequest,
  ApiListCompetitionPagesResponse,
  ApiListSubmissionEpisodesRequest,
  ApiListSubmissionEpisodesResponse,
  ApiListTeamPublicSubmissionsRequest,
  ApiListTeamPublicSubmissionsResponse,
  ApiSubmissionLimits,
} from "./types/competitions-more";
import type {
  ApiCreateDatasetRequest,
  ApiCreateDatasetResponse,
  ApiCreateDatasetVersionByIdRequest,
  ApiCreateDatasetVersionRequest,
  ApiDataset,
  ApiDatasetRefRequest,
  ApiDeleteDatasetResponse,
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
  ApiGetAcceleratorQuotaStatisticsResponse,
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
import type {
  ApiCreateModelInstanceRequest,
  ApiCreateModelInstanceVersionRequest,
  ApiCreateModelRequest,
  ApiCreateModelResponse,
  ApiDeleteModelResponse,
  ApiDownloadModelInstanceVersionRequest,
  ApiListModelInstancesRequest,
  ApiListModelInstancesResponse,
  ApiListModelInstanceVersionFilesRequest,
  ApiListModelInstanceVersionFilesResponse,
  ApiListModelInstanceVersionsRequest,
  ApiListModelInstanceVersionsResponse,
  ApiListModelsRequest,
  ApiListModelsResponse,
  ApiModel,
  ApiModelInstance,
  ApiModelInstanceRefRequest,
  ApiModelInstanceVersionRefRequest,
  ApiModelRefRequest,
  ApiUpdateModelInstanceRequest,
  ApiUpdateModelRequest,
  ApiUpdateModelResponse,
} from "./types/models";
import type {
  ApiGetTopicRequest,
  ApiGetTopicResponse,
  ApiListCommentsRequest,
  ApiListCommentsResponse,
  ApiListCompetitionTopicsRequest,
  ApiListCompetitionTopicsResponse,
  ApiListDatasetTopicsRequest,
  ApiListForumsRequest,
  ApiListForumsResponse,
  ApiListKernelTopicsRequest,
  ApiListModelTopicsRequest,
  ApiListTopicMessagesRequest,
  ApiListTopicMessagesResponse,
  ApiListTopicsRequest,
  ApiListTopicsResponse,
} from "./types/discussions";
import type { ListEntitiesRequest, ListEntitiesResponse } from "./types/search";

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
  "competitions.CompetitionApiService/GetSubmission": Rpc<ApiGetSubmissionRequest, ApiSubmission>;
  "competitions.CompetitionApiService/DownloadSubmission": Rpc<ApiDownloadSubmissionRequest, HttpRedirect>;
  "competitions.CompetitionApiService/GetSubmissionLimits": Rpc<ApiGetSubmissionLimitsRequest, ApiSubmissionLimits>;
  "competitions.CompetitionApiService/ListTeamPublicSubmissions": Rpc<ApiListTeamPublicSubmissionsRequest, ApiListTeamPublicSubmissionsResponse>;
  "competitions.CompetitionApiService/ListSubmissionEpisodes": Rpc<ApiListSubmissionEpisodesRequest, ApiListSubmissionEpisodesResponse>;
  "competitions.CompetitionApiService/GetEpisodeReplay": Rpc<ApiGetEpisodeReplayRequest, FileDownload>;
  "competitions.CompetitionApiService/GetEpisodeAgentLogs": Rpc<ApiGetEpisodeAgentLogsRequest, FileDownload>;
  "competitions.CompetitionApiService/ListCompetitionPages": Rpc<ApiListCompetitionPagesRequest, ApiListCompetitionPagesResponse>;
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
  "datasets.DatasetApiService/DeleteDataset": Rpc<ApiDatasetRefRequest, ApiDeleteDatasetResponse>;
  "kernels.KernelsApiService/ListKernels": Rpc<ApiListKernelsRequest, ApiListKernelsResponse>;
  "kernels.KernelsApiService/SaveKernel": Rpc<ApiSaveKernelRequest, ApiSaveKernelResponse>;
  "kernels.KernelsApiService/GetKernel": Rpc<ApiKernelRefRequest, ApiGetKernelResponse>;
  "kernels.KernelsApiService/GetKernelSessionStatus": Rpc<ApiKernelRefRequest, ApiGetKernelSessionStatusResponse>;
  "kernels.KernelsApiService/ListKernelFiles": Rpc<ApiListKernelFilesRequest, ApiListKernelFilesResponse>;
  "kernels.KernelsApiService/DeleteKernel": Rpc<ApiKernelRefRequest, object>;
  "kernels.KernelsApiService/ListKernelSessionOutput": Rpc<ApiListKernelSessionOutputRequest, ApiListKernelSessionOutputResponse>;
  "models.ModelApiService/ListModels": Rpc<ApiListModelsRequest, ApiListModelsResponse>;
  "models.ModelApiService/GetModel": Rpc<ApiModelRefRequest, ApiModel>;
  "models.ModelApiService/CreateModel": Rpc<ApiCreateModelRequest, ApiCreateModelResponse>;
  "models.ModelApiService/UpdateModel": Rpc<ApiUpdateModelRequest, ApiUpdateModelResponse>;
  "models.ModelApiService/DeleteModel": Rpc<ApiModelRefRequest, ApiDeleteModelResponse>;
  "models.ModelApiService/GetModelInstance": Rpc<ApiModelInstanceRefRequest, ApiModelInstance>;
  "models.ModelApiService/CreateModelInstance": Rpc<ApiCreateModelInstanceRequest, ApiCreateModelResponse>;
  "models.ModelApiService/UpdateModelInstance": Rpc<ApiUpdateModelInstanceRequest, ApiUpdateModelResponse>;
  "models.ModelApiService/DeleteModelInstance": Rpc<ApiModelInstanceRefRequest, ApiDeleteModelResponse>;
  "models.ModelApiService/ListModelInstances": Rpc<ApiListModelInstancesRequest, ApiListModelInstancesResponse>;
  "models.ModelApiService/CreateModelInstanceVersion": Rpc<ApiCreateModelInstanceVersionRequest, ApiCreateModelResponse>;
  "models.ModelApiService/ListModelInstanceVersions": Rpc<ApiListModelInstanceVersionsRequest, ApiListModelInstanceVersionsResponse>;
  "models.ModelApiService/DeleteModelInstanceVersion": Rpc<ApiModelInstanceVersionRefRequest, ApiDeleteModelResponse>;
  "models.ModelApiService/ListModelInstanceVersionFiles": Rpc<ApiListModelInstanceVersionFilesRequest, ApiListModelInstanceVersionFilesResponse>;
  "models.ModelApiService/DownloadModelInstanceVersion": Rpc<ApiDownloadModelInstanceVersionRequest, HttpRedirect>;
  "kernels.KernelsApiService/GetAcceleratorQuotaStatistics": Rpc<Record<string, never>, ApiGetAcceleratorQuotaStatisticsResponse>;
  "competitions.CompetitionApiService/ListCompetitionTopics": Rpc<ApiListCompetitionTopicsRequest, ApiListCompetitionTopicsResponse>;
  "competitions.CompetitionApiService/ListTopicMessages": Rpc<ApiListTopicMessagesRequest, ApiListTopicMessagesResponse>;
  "discussions.DiscussionApiService/ListForums": Rpc<ApiListForumsRequest, ApiListForumsResponse>;
  "discussions.DiscussionApiService/ListTopics": Rpc<ApiListTopicsRequest, ApiListTopicsResponse>;
  "discussions.DiscussionApiService/GetTopic": Rpc<ApiGetTopicRequest, ApiGetTopicResponse>;
  "discussions.DiscussionApiService/ListComments": Rpc<ApiListCommentsRequest, ApiListCommentsResponse>;
  "discussions.DiscussionApiService/ListDatasetTopics": Rpc<ApiListDatasetTopicsRequest, ApiListTopicsResponse>;
  "discussions.DiscussionApiService/ListKernelTopics": Rpc<ApiListKernelTopicsRequest, ApiListTopicsResponse>;
  "discussions.DiscussionApiService/ListModelTopics": Rpc<ApiListModelTopicsRequest, ApiListTopicsResponse>;
  "search.SearchApiService/ListEntities": Rpc<ListEntitiesRequest, ListEntitiesResponse>;
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
  "competitions.CompetitionApiService/GetSubmission": READ,
  "competitions.CompetitionApiService/DownloadSubmission": READ,
  "competitions.CompetitionApiService/GetSubmissionLimits": READ,
  "competitions.CompetitionApiService/ListTeamPublicSubmissions": READ,
  "competitions.CompetitionApiService/ListSubmissionEpisodes": READ,
  "competitions.CompetitionApiService/GetEpisodeReplay": READ,
  "competitions.CompetitionApiService/GetEpisodeAgentLogs": READ,
  "competitions.CompetitionApiService/ListCompetitionPages": READ,
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
  "datasets.DatasetApiService/DeleteDataset": CHANGE,
  "kernels.KernelsApiService/ListKernels": READ,
  "kernels.KernelsApiService/SaveKernel": CHANGE,
  "kernels.KernelsApiService/GetKernel": READ,
  "kernels.KernelsApiService/GetKernelSessionStatus": READ,
  "kernels.KernelsApiService/ListKernelFiles": READ,
  "kernels.KernelsApiService/DeleteKernel": CHANGE,
  "kernels.KernelsApiService/ListKernelSessionOutput": READ,
  "models.ModelApiService/ListModels": PUBLIC_READ,
  "models.ModelApiService/GetModel": PUBLIC_READ,
  "models.ModelApiService/CreateModel": CHANGE,
  "models.ModelApiService/UpdateModel": CHANGE,
  "models.ModelApiService/DeleteModel": CHANGE,
  "models.ModelApiService/GetModelInstance": PUBLIC_READ,
  "models.ModelApiService/CreateModelInstance": CHANGE,
  "models.ModelApiService/UpdateModelInstance": CHANGE,
  "models.ModelApiService/DeleteModelInstance": CHANGE,
  "models.ModelApiService/ListModelInstances": PUBLIC_READ,
  "models.ModelApiService/CreateModelInstanceVersion": CHANGE,
  "models.ModelApiService/ListModelInstanceVersions": PUBLIC_READ,
  "models.ModelApiService/DeleteModelInstanceVersion": CHANGE,
  "models.ModelApiService/ListModelInstanceVersionFiles": PUBLIC_READ,
  "models.ModelApiService/DownloadModelInstanceVersion": PUBLIC_READ,
  "kernels.KernelsApiService/GetAcceleratorQuotaStatistics": READ,
  "competitions.CompetitionApiService/ListCompetitionTopics": READ,
  "competitions.CompetitionApiService/ListTopicMessages": READ,
  "discussions.DiscussionApiService/ListForums": READ,
  "discussions.DiscussionApiService/ListTopics": READ,
  "discussions.DiscussionApiService/GetTopic": READ,
  "discussions.DiscussionApiService/ListComments": READ,
  "discussions.DiscussionApiService/ListDatasetTopics": READ,
  "discussions.DiscussionApiService/ListKernelTopics": READ,
  "discussions.DiscussionApiService/ListModelTopics": READ,
  "search.SearchApiService/ListEntities": READ,
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
