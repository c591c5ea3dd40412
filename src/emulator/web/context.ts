/**
 * What a page is rendered from: the live state (the one the API serves), the viewer and the
 * request's URL. The viewer is `?user=NAME` when given (and a known user), otherwise the
 * scenario's first user, the one whose credentials the emulator prints at start.
 */
import type { Runtime } from "../service";
import { findUser, type EmulatorState, type User } from "../state";

export interface WebContext {
  readonly rt: Runtime;
  readonly state: EmulatorState;
  readonly url: URL;
  /** The user the pages are shown to (undefined only in a world without users). */
  readonly viewer: User | undefined;
  /** `query`: named by `?user=`; `default`: the scenario's first user. */
  readonly viewerSource: "query" | "default";
  /** A `?user=` that names nobody in the world, if one was given. */
  readonly unknownUser: string | undefined;
  now(): number;
  /** `path` with the viewer's `?user=` kept (when it was given) and `query` added. */
  link(path: string, query?: Record<string, string | number | undefined>): string;
}

export function webContext(rt: Runtime, url: URL): WebContext {
  const state = rt.store.state;
  const asked = url.searchParams.get("user") ?? "";
  const named = asked ? findUser(state, asked) : undefined;
  const viewer = named ?? state.users[0];
  const viewerSource = named ? "query" : "default";
  return {
    rt,
    // A getter: a reset replaces the state while a live stream holds this context.
    get state() {
      return rt.store.state;
    },
    url,
    viewer,
    viewerSource,
    unknownUser: asked && !named ? asked : undefined,
    now: () => rt.clock.now(),
    link(path, query = {}) {
      const params = new URLSearchParams();
      if (named) params.set("user", named.username);
      for (const [k, v] of Object.entries(query)) if (v !== undefined) params.set(k, String(v));
      const q = params.toString();
      return q ? `${path}?${q}` : path;
    },
  };
}

/** Same user, case-insensitively (usernames are case-insensitive on Kaggle). */
export function sameUser(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && a.toLowerCase() === b.toLowerCase();
}

/** `2026-12-01 16:05 UTC`, or an empty string for a missing or bad time. */
export function formatTime(value: string | number | undefined): string {
  if (value === undefined) return "";
  const ms = typeof value === "number" ? value : Date.parse(value);
  if (Number.isNaN(ms)) return "";
  return `${new Date(ms).toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

/** `1.2 MB` style sizes (decimal units, as kaggle.com shows them). */
export function formatSize(bytes: number): string {
  const units = ["B", "kB", "MB", "GB", "TB"];
  let n = bytes;
  let i = 0;
  while (n >= 1000 && i < units.length - 1) {
    n /= 1000;
    i++;
  }
  return i === 0 ? `${n} B` : `${n.toFixed(n < 10 ? 2 : 1)} ${units[i]}`;
}

const seg = (s: string): string => encodeURIComponent(s);

/** The kaggle.com paths of the things in the world (each segment URL-encoded). */
export const paths = {
  competition: (slug: string) => `/competitions/${seg(slug)}`,
  dataset: (owner: string, slug: string) => `/datasets/${seg(owner)}/${seg(slug)}`,
  code: (owner: string, slug: string) => `/code/${seg(owner)}/${seg(slug)}`,
  model: (owner: string, slug: string) => `/models/${seg(owner)}/${seg(slug)}`,
  profile: (username: string) => `/${seg(username)}`,
};
