/**
 * Kaggle's OAuth login and its tokens (kagglesdk `security/types/oauth_service.py`,
 * `users/types/account_service.py`).
 */

/** `security.OAuthService/ExchangeOAuthToken` */
export interface ExchangeOAuthTokenRequest {
  code?: string;
  codeVerifier?: string;
  /** `authorization_code` (a login) or `refresh_token`. */
  grantType: string;
  clientId?: string;
  redirectUri?: string;
  resource?: string;
  refreshToken?: string;
}
export interface ExchangeOAuthTokenResponse {
  accessToken?: string;
  refreshToken?: string;
  tokenType?: string;
  /** Seconds the access token lives. */
  expiresIn?: number;
  username?: string;
  userId?: number;
  scope?: string;
}

export const ApiVersions = ["API_VERSION_UNSPECIFIED", "API_VERSION_V1", "API_VERSION_V2"] as const;
export type ApiVersion = (typeof ApiVersions)[number];

/** `users.AccountService/GenerateAccessToken` */
export interface GenerateAccessTokenRequest {
  refreshToken?: string;
  apiVersion?: ApiVersion;
  /** A protobuf duration, `43200s`. */
  expirationDuration?: string;
}
export interface GenerateAccessTokenResponse {
  token?: string;
  expiresIn?: number;
  userName?: string;
  userId?: number;
}

/** `users.AccountService/ExpireApiToken` (answered with an empty body). */
export interface ExpireApiTokenRequest {
  tokenId?: number;
  token?: string;
  reason?: string;
}

/** `admin.InboxFileService/CreateInboxFile` (answered with an empty body). */
export interface CreateInboxFileRequest {
  virtualDirectory: string;
  blobFileToken: string;
}
