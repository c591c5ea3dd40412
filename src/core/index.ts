/**
 * The client as a library: `import { KaggleClient } from "kaggle-actions"`.
 * Everything a caller needs to make requests, branch on failures and read the wire types.
 */
export { KaggleClient, type KaggleClientOptions } from "./client";
export {
  AuthenticationError,
  BadRequestError,
  ConfigurationError,
  ConflictError,
  ConnectionError,
  DeadlineExceededError,
  IntegrityError,
  KaggleApiError,
  MissingCredentialsError,
  NotFoundError,
  PermissionDeniedError,
  ProtocolError,
  RateLimitError,
  ServerError,
  type ApiErrorDetails,
} from "./errors";
export type { Clock, Environment, HostInfo, Logger } from "./env";
export { DEFAULT_RETRY_POLICY, NO_RETRY, type RetryPolicy } from "./http/retry";
export { collect, paginate } from "./paginate";
export type { JsonRpc, RedirectRpc, FileRpc, RpcName, RpcRequest, RpcResponse, Rpcs } from "./rpc";
export { VERSION } from "./version";
export * from "./types/common";
export * from "./types/competitions";
export * from "./types/datasets";
export * from "./types/kernels";
export * from "./types/models";
export * from "./types/discussions";
export * from "./types/search";
export type { ForumTopicListOptions, TopicListOptions, TopicWithComments } from "./resources/discussions";
export type { SearchOptions } from "./resources/search";
export * from "./types/auth";
