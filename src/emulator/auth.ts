/** Credentials on RPCs: `Authorization: Basic base64(username:key)` or `Bearer <token>`. */
import { userByAccessToken } from "./oauth/state";
import type { CoreState, User } from "./state";

export type AuthResult = { kind: "anonymous" } | { kind: "user"; user: User } | { kind: "invalid" };

export function authenticate(state: CoreState, header: string | undefined, now: number): AuthResult {
  if (!header || header.trim() === "") return { kind: "anonymous" };
  const m = /^(\S+)\s+(.+)$/.exec(header.trim());
  if (!m) return { kind: "invalid" };
  const scheme = m[1]!.toLowerCase();
  const value = m[2]!.trim();
  if (scheme === "basic") {
    const decoded = Buffer.from(value, "base64").toString("utf8");
    const colon = decoded.indexOf(":");
    if (colon < 0) return { kind: "invalid" };
    const username = decoded.slice(0, colon).toLowerCase();
    const key = decoded.slice(colon + 1);
    const user = state.users.find((u) => u.username.toLowerCase() === username && u.key === key);
    return user ? { kind: "user", user } : { kind: "invalid" };
  }
  if (scheme === "bearer") {
    const user = userByToken(state, value, now);
    return user ? { kind: "user", user } : { kind: "invalid" };
  }
  return { kind: "invalid" };
}

/** A scenario user's own access token, or one made by an OAuth login (while it lives). */
export function userByToken(state: CoreState, token: string, now: number): User | undefined {
  if (!token) return undefined;
  return state.users.find((u) => u.token !== undefined && u.token === token) ?? userByAccessToken(state, token, now);
}

/** `Authorization` with the secret part replaced, for logs. */
export function redactAuthorization(header: string | undefined): string {
  if (!header) return "-";
  const scheme = header.trim().split(/\s+/)[0] ?? "";
  return `${scheme} <redacted>`;
}
