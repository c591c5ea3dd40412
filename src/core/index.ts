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
  KaggleApiError,
  MissingCredentialsError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ServerError,
  type ApiErrorDetails,
} from "./errors";
export type { Clock, Environment, HostInfo, Logger } from "./env";
export { DEFAULT_RETRY_POLICY, NO_RETRY, type RetryPolicy } from "./retry";
export { collect, paginate } from "./paginate";
export type { JsonRpc, RedirectRpc, FileRpc, RpcName, RpcRequest, RpcResponse, Rpcs } from "./rpc";
export { VERSION } from "./version";
export * from "./types/common";
export * from "./types/competitions";
export * from "./types/datasets";
export * from "./types/kernels";
export * from "./types/auth";
