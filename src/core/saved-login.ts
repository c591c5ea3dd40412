/**
 * The login `kaggle auth login` saves: `~/.kaggle/credentials.json`, written as Kaggle's SDK
 * writes it (`kagglesdk/kaggle_creds.py`): a 2-space indented JSON object with `refresh_token`,
 * `access_token`, `access_token_expiration` (Python's `isoformat()` of a UTC time,
 * `2026-01-02T03:04:05.123456+00:00`), `username` and `scopes`, mode 0600. Always under
 * `~/.kaggle`, never `KAGGLE_CONFIG_DIR`, as upstream. A file without a refresh token is no login.
 */
import fs from "node:fs";
import path from "node:path";
import type { HostInfo } from "./env";
import { writeFileAtomic } from "./fs";

export interface SavedLogin {
  refreshToken: string;
  accessToken: string;
  /** Epoch milliseconds; undefined when the file holds none (the token is then refreshed). */
  accessTokenExpiresAt: number | undefined;
  username: string;
  scopes: string[];
}

export function savedLoginFile(host: HostInfo): string {
  return path.join(host.home, ".kaggle", "credentials.json");
}

/** The saved login, or undefined when there is none (or the file is not one). */
export function readSavedLogin(host: HostInfo): SavedLogin | undefined {
  let data: Record<string, unknown>;
  try {
    const parsed: unknown = JSON.parse(fs.readFileSync(savedLoginFile(host), "utf8"));
    if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) return undefined;
    data = parsed as Record<string, unknown>;
  } catch {
    return undefined;
  }
  const str = (k: string) => (typeof data[k] === "string" ? (data[k] as string) : "");
  const refreshToken = str("refresh_token");
  if (!refreshToken) return undefined;
  const expiry = Date.parse(str("access_token_expiration"));
  const scopes = Array.isArray(data.scopes) ? data.scopes.filter((s): s is string => typeof s === "string") : [];
  return {
    refreshToken,
    accessToken: str("access_token"),
    accessTokenExpiresAt: Number.isFinite(expiry) ? expiry : undefined,
    username: str("username"),
    scopes,
  };
}

/** `2026-01-02T03:04:05.123000+00:00`: what Python's `datetime.isoformat()` writes for UTC. */
export function pythonIsoTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, ".$1000+00:00");
}

export async function writeSavedLogin(host: HostInfo, login: SavedLogin): Promise<string> {
  const file = savedLoginFile(host);
  await fs.promises.mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  const data = {
    refresh_token: login.refreshToken,
    access_token: login.accessToken,
    access_token_expiration: login.accessTokenExpiresAt === undefined ? "" : pythonIsoTime(login.accessTokenExpiresAt),
    username: login.username,
    scopes: login.scopes,
  };
  await writeFileAtomic(file, JSON.stringify(data, null, 2), { mode: 0o600 });
  return file;
}

export async function deleteSavedLogin(host: HostInfo): Promise<void> {
  await fs.promises.rm(savedLoginFile(host), { force: true });
}
