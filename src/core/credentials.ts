/**
 * Where credentials come from, in the official CLI's order (kaggle 2.x):
 *   1. an access token: inside a Kaggle notebook the file named by `KAGGLE_API_V1_TOKEN`, then
 *      `KAGGLE_API_TOKEN` (a value, or the path of a file holding it), then
 *      `~/.kaggle/access_token`, then `~/.kaggle/access_token.txt`;
 *   2. a legacy API key: `username`/`key` from `kaggle.json` with `KAGGLE_USERNAME`/`KAGGLE_KEY`
 *      on top;
 *   3. OAuth credentials saved by `kaggle auth login` in `~/.kaggle/credentials.json`.
 * Token files are always looked up under `~/.kaggle`, never `KAGGLE_CONFIG_DIR`, as upstream.
 */
import fs from "node:fs";
import path from "node:path";
import type { HostInfo } from "./env";
import { configString, type ConfigValues } from "./config";
import { ConfigurationError } from "./errors";
import { readSavedLogin, savedLoginFile } from "./saved-login";

export type AuthMethod = "ACCESS_TOKEN" | "LEGACY_API_KEY" | "OAUTH";

export type Credentials =
  | { method: "LEGACY_API_KEY"; username: string; key: string; source: string }
  | { method: "ACCESS_TOKEN"; token: string; username?: string; source: string }
  | {
      method: "OAUTH";
      /** The access token; empty until it has been refreshed. */
      token: string;
      username?: string;
      source: string;
      refreshToken: string;
      /** Epoch ms the access token stops working; undefined = unknown, refresh first. */
      expiresAt: number | undefined;
      scopes: string[];
    };

function readTrimmed(file: string): string | undefined {
  try {
    const text = fs.readFileSync(file, "utf8").trim();
    return text === "" ? undefined : text;
  } catch {
    return undefined;
  }
}

function isFile(candidate: string): boolean {
  try {
    return fs.statSync(candidate).isFile();
  } catch {
    return false;
  }
}

/** A value meant as a file name rather than a token (tokens hold neither `/` nor a suffix). */
function looksLikePath(value: string): boolean {
  return value.includes("/") || value.includes("\\") || /\.(txt|json)$/i.test(value);
}

/** The access token sources of step 1, first hit wins. */
export function findAccessToken(host: HostInfo): { token: string; source: string } | undefined {
  const { env } = host;
  if (env.KAGGLE_KERNEL_RUN_TYPE && env.KAGGLE_DATA_PROXY_URL && env.KAGGLE_API_V1_TOKEN) {
    const token = readTrimmed(env.KAGGLE_API_V1_TOKEN);
    if (token) return { token, source: "KAGGLE_API_V1_TOKEN" };
  }
  const fromEnv = env.KAGGLE_API_TOKEN?.trim();
  if (fromEnv) {
    if (isFile(fromEnv)) {
      const token = readTrimmed(fromEnv);
      if (token) return { token, source: `KAGGLE_API_TOKEN (file ${fromEnv})` };
    } else if (looksLikePath(fromEnv)) {
      // The official CLI would send the path itself as the token and fail later, less clearly.
      throw new ConfigurationError(
        `KAGGLE_API_TOKEN names the file ${fromEnv}, which does not exist: save the token in that file, or set KAGGLE_API_TOKEN to the token itself`,
      );
    } else {
      return { token: fromEnv, source: "KAGGLE_API_TOKEN" };
    }
  }
  for (const name of ["access_token", "access_token.txt"]) {
    const file = path.join(host.home, ".kaggle", name);
    const token = readTrimmed(file);
    if (token) return { token, source: file };
  }
  return undefined;
}

/** The legacy key of step 2, from the merged configuration. */
export function findApiKey(values: ConfigValues, source: string): Credentials | undefined {
  const username = configString(values, "username");
  const key = configString(values, "key");
  if (!username || !key) return undefined;
  return { method: "LEGACY_API_KEY", username, key, source };
}

/**
 * The login saved by `kaggle auth login` (step 3). Its access token may be missing or expired:
 * the client then makes a new one from the refresh token before the first request.
 */
export function findOAuthCredentials(host: HostInfo): Credentials | undefined {
  const login = readSavedLogin(host);
  if (!login) return undefined;
  return {
    method: "OAUTH",
    token: login.accessToken,
    ...(login.username ? { username: login.username } : {}),
    source: savedLoginFile(host),
    refreshToken: login.refreshToken,
    expiresAt: login.accessTokenExpiresAt,
    scopes: login.scopes,
  };
}

/** The `Authorization` header value for a set of credentials. */
export function authorizationHeader(creds: Credentials): string {
  if (creds.method === "LEGACY_API_KEY") {
    return `Basic ${Buffer.from(`${creds.username}:${creds.key}`).toString("base64")}`;
  }
  return `Bearer ${creds.token}`;
}

/** Every string derived from credentials that must never be printed. */
export function secretsOf(creds: Credentials | undefined): string[] {
  if (!creds) return [];
  if (creds.method === "LEGACY_API_KEY") {
    const basic = Buffer.from(`${creds.username}:${creds.key}`).toString("base64");
    return [creds.key, basic];
  }
  return creds.method === "OAUTH" ? [creds.token, creds.refreshToken] : [creds.token];
}

/**
 * Whose credentials were sent and where they came from, for an error message; never the secret.
 * `the API key of user 'alice' from KAGGLE_USERNAME/KAGGLE_KEY`.
 */
export function describeCredentials(creds: Credentials, env: HostInfo["env"]): string {
  if (creds.method === "LEGACY_API_KEY") {
    const from = env.KAGGLE_KEY ? (env.KAGGLE_USERNAME ? "KAGGLE_USERNAME/KAGGLE_KEY" : `KAGGLE_KEY (user from ${creds.source})`) : creds.source;
    return `the API key of user '${creds.username}' from ${from}`;
  }
  const user = creds.username ? ` of user '${creds.username}'` : "";
  return creds.method === "OAUTH" ? `the saved login${user} from ${creds.source}` : `the access token${user} from ${creds.source}`;
}

/** How to replace rejected credentials of this kind. */
export function credentialsFix(creds: Credentials): string {
  if (creds.method === "OAUTH") return "run 'kaggle auth login' again";
  const where = creds.method === "ACCESS_TOKEN" ? creds.source.replace(/^KAGGLE_API_TOKEN \(file (.*)\)$/, "$1") : "KAGGLE_API_TOKEN";
  const check = creds.method === "LEGACY_API_KEY" ? "check the user name and key, or " : "";
  return `${check}create a new API token on kaggle.com (Settings > API) and put it in ${where}`;
}
