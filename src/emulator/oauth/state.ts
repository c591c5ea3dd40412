/**
 * The OAuth slice: authorization codes handed out by the approval page, refresh tokens they are
 * exchanged for, and the short-lived access tokens made from those. Every expiry is measured on
 * the emulator's clock, so tests move time with `/_emulator/clock` instead of waiting.
 */
import { createHash, randomBytes } from "node:crypto";
import type { DomainDefinition } from "../scenario";
import type { CoreState, EmulatorState, User } from "../state";

/** An authorization code is good for this long after the approval (RFC 6749 suggests 10 min). */
export const CODE_TTL_MS = 10 * 60 * 1000;
/** The access token of a login (`ExchangeOAuthToken`) lives an hour. */
export const LOGIN_ACCESS_TTL_S = 3600;
/** `GenerateAccessToken` without `expirationDuration`. */
export const DEFAULT_ACCESS_TTL_S = 12 * 3600;
/** The longest access token `GenerateAccessToken` makes. */
export const MAX_ACCESS_TTL_S = 30 * 24 * 3600;

export interface OAuthCode {
  userId: number;
  clientId: string;
  redirectUri: string;
  scope: string;
  codeChallenge: string;
  createdAt: number;
  used?: boolean;
}

export interface RefreshTokenRecord {
  userId: number;
  scope: string;
  createdAt: number;
  revoked?: { at: number; reason: string };
}

export interface AccessTokenRecord {
  userId: number;
  refreshToken: string;
  expiresAt: number;
}

export interface OAuthState {
  codes: Record<string, OAuthCode>;
  refreshTokens: Record<string, RefreshTokenRecord>;
  accessTokens: Record<string, AccessTokenRecord>;
}

declare module "../state" {
  interface StateSlices {
    oauth: OAuthState;
  }
}

export const oauthDomain: DomainDefinition = {
  name: "oauth",
  sections: [],
  load: (): OAuthState => ({ codes: {}, refreshTokens: {}, accessTokens: {} }),
};

/** The slice, created on first use for a state saved before it existed. */
export function oauthState(state: EmulatorState | CoreState): OAuthState {
  const s = state as EmulatorState;
  s.oauth ??= { codes: {}, refreshTokens: {}, accessTokens: {} };
  return s.oauth;
}

const secret = (prefix: string): string => `${prefix}${randomBytes(24).toString("hex")}`;

/** PKCE S256: base64url(sha256(verifier)); Kaggle's SDK keeps the `=` padding, so it is ignored. */
export function pkceMatches(verifier: string, challenge: string): boolean {
  const digest = createHash("sha256").update(verifier, "utf8").digest("base64url");
  return digest === challenge.replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_");
}

export function issueCode(state: EmulatorState, code: Omit<OAuthCode, "used">): string {
  const value = randomBytes(24).toString("base64url");
  oauthState(state).codes[value] = code;
  return value;
}

export function issueRefreshToken(state: EmulatorState, userId: number, scope: string, now: number): string {
  const token = secret("KGRT_");
  oauthState(state).refreshTokens[token] = { userId, scope, createdAt: now };
  return token;
}

export function issueAccessToken(state: EmulatorState, userId: number, refreshToken: string, expiresAt: number): string {
  const token = secret("KGAT_");
  oauthState(state).accessTokens[token] = { userId, refreshToken, expiresAt };
  return token;
}

/** The user an unexpired access token of an unrevoked login belongs to. */
export function userByAccessToken(state: CoreState, token: string, now: number): User | undefined {
  const slice = (state as EmulatorState).oauth;
  const rec = slice?.accessTokens[token];
  if (!rec || rec.expiresAt <= now || slice.refreshTokens[rec.refreshToken]?.revoked) return undefined;
  return state.users.find((u) => u.id === rec.userId);
}

/** Revokes a refresh token and every access token made from it. */
export function revokeRefreshToken(state: EmulatorState, token: string, reason: string, now: number): void {
  const slice = oauthState(state);
  const rec = slice.refreshTokens[token];
  if (!rec) return;
  rec.revoked = { at: now, reason };
  for (const [access, a] of Object.entries(slice.accessTokens)) if (a.refreshToken === token) delete slice.accessTokens[access];
}
