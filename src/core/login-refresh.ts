/**
 * Renewing the access token of a saved login (`kaggle auth login`): a new one is made from the
 * refresh token with `users.AccountService/GenerateAccessToken` and written back to
 * `~/.kaggle/credentials.json`, as Kaggle's SDK does (`KaggleCredentials.get_access_token`).
 * Unlike the SDK, which keeps using a token until 30 minutes after it expired, a token is renewed
 * one minute before it expires, so no request is sent with a token about to be refused.
 */
import type { KaggleClient } from "./client";
import type { Credentials } from "./credentials";
import { AuthenticationError, KaggleApiError } from "./errors";
import { writeSavedLogin } from "./saved-login";

type Login = Extract<Credentials, { method: "OAUTH" }>;

/** Access tokens Kaggle's SDK asks for when it renews a login: 12 hours. */
export const LOGIN_TOKEN_SECONDS = 12 * 3600;
const MARGIN_MS = 60_000;

export function loginNeedsRefresh(creds: Login, now: number): boolean {
  return !creds.token || creds.expiresAt === undefined || creds.expiresAt - MARGIN_MS <= now;
}

/** The login with a fresh access token (saved); a refused refresh token is an AuthenticationError. */
export async function refreshLogin(client: KaggleClient, creds: Login): Promise<Login> {
  client.logger.debug(`renewing the access token of the saved login in ${creds.source}`);
  let res;
  try {
    res = await client.auth.generateAccessToken(creds.refreshToken, LOGIN_TOKEN_SECONDS);
  } catch (err) {
    if (err instanceof KaggleApiError && [400, 401, 403, 404].includes(err.status)) {
      throw new AuthenticationError(err.message, { status: err.status, rpc: "users.AccountService/GenerateAccessToken" });
    }
    throw err;
  }
  if (!res.token) {
    throw new AuthenticationError("Kaggle answered without an access token", { status: 401, rpc: "users.AccountService/GenerateAccessToken" });
  }
  const fresh: Login = { ...creds, token: res.token, expiresAt: client.clock.now() + (res.expiresIn ?? LOGIN_TOKEN_SECONDS) * 1000 };
  if (res.userName) fresh.username = res.userName;
  await writeSavedLogin(client.host, {
    refreshToken: fresh.refreshToken,
    accessToken: fresh.token,
    accessTokenExpiresAt: fresh.expiresAt,
    username: fresh.username ?? "",
    scopes: fresh.scopes,
  });
  return fresh;
}
