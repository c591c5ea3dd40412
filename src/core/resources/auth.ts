/**
 * Kaggle's OAuth login tokens: `security.OAuthService` (code exchange, introspection) and
 * `users.AccountService` (new access tokens from a refresh token, revoking a login).
 * None of these calls carries other credentials: the body holds the login's own secret.
 */
import type { KaggleClient } from "../client";
import { rpcParts } from "../rpc";
import type { ExchangeOAuthTokenResponse, GenerateAccessTokenResponse } from "../types/auth";
import type { IntrospectTokenResponse } from "../types/common";

/** The OAuth client id of Kaggle's SDK and CLI. */
export const OAUTH_CLIENT_ID = "kagglesdk";

export class AuthResource {
  constructor(private readonly client: KaggleClient) {}

  /** An approved authorization code and its PKCE verifier → the login's tokens. */
  exchangeCode(code: string, codeVerifier: string): Promise<ExchangeOAuthTokenResponse> {
    return this.client.rpc("security.OAuthService/ExchangeOAuthToken", { code, codeVerifier, grantType: "authorization_code" });
  }

  /** A new access token living `seconds` (Kaggle's default when undefined). */
  generateAccessToken(refreshToken: string, seconds?: number): Promise<GenerateAccessTokenResponse> {
    return this.client.rpc("users.AccountService/GenerateAccessToken", {
      refreshToken,
      apiVersion: "API_VERSION_V1",
      expirationDuration: seconds === undefined ? undefined : `${seconds}s`,
    });
  }

  /** Ends the login the refresh token belongs to. */
  async revoke(refreshToken: string, reason: string): Promise<void> {
    await this.client.rpc("users.AccountService/ExpireApiToken", { token: refreshToken, reason });
  }

  /** What Kaggle knows of a token (`active`, `username`, …), asked without other credentials. */
  introspect(token: string): Promise<IntrospectTokenResponse> {
    const { service, method } = rpcParts("security.OAuthService/IntrospectToken");
    return this.client.transport.call<IntrospectTokenResponse>(service, method, { token }, { anonymous: true });
  }
}
