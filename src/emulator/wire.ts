/**
 * Wire conventions of Kaggle's API as the emulator writes them: timestamps with a literal `Z`
 * (fraction only when non-zero), default-valued fields omitted, opaque page tokens.
 */
import { createHash } from "node:crypto";
import { badRequest } from "./errors";

/** `2024-01-02T03:04:05Z`, or `2024-01-02T03:04:05.123Z` when the milliseconds are non-zero. */
export function wireTime(value: string | number | Date | undefined): string | undefined {
  if (value === undefined || value === "") return undefined;
  const d = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(d.getTime())) return undefined;
  return d.toISOString().replace(".000Z", "Z");
}

/** ISO string as stored in the state (always with milliseconds). */
export function isoTime(ms: number): string {
  return new Date(ms).toISOString();
}

/** RFC 1123 date for `Last-Modified`, e.g. `Tue, 02 Jan 2024 03:04:05 GMT`. */
export function httpDate(value: string | number | Date): string {
  return new Date(value).toUTCString();
}

const DEFAULT_ZERO_ENUMS = new Set(["PENDING"]);

/**
 * Drop fields holding their proto3 default, as Kaggle's server and SDK do: undefined, null, "",
 * 0, false, empty arrays and zero-valued enum members (`PENDING` by default). Recurses into
 * objects and arrays. Pass `keep` to force fields that are "optional" in the proto (sent even
 * when they hold a default).
 */
export function compact<T>(value: T, zeroEnums: ReadonlySet<string> = DEFAULT_ZERO_ENUMS): T {
  if (Array.isArray(value)) return value.map((v) => compact(v, zeroEnums)) as T;
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (v === undefined || v === null || v === "" || v === 0 || v === false) continue;
    if (typeof v === "string" && zeroEnums.has(v)) continue;
    if (Array.isArray(v) && v.length === 0) continue;
    out[k] = compact(v, zeroEnums);
  }
  return out as T;
}

export interface PageRequest {
  page?: number;
  pageSize?: number;
  pageToken?: string;
}

export interface PageOptions {
  defaultSize?: number;
  maxSize?: number;
  /**
   * What the list is (e.g. `comments:42`): its tokens carry a digest of it, and a token made for
   * another list is refused instead of silently paging the wrong one.
   */
  scope?: string;
}

const scopeDigest = (scope: string): string => createHash("sha256").update(scope).digest("base64url").slice(0, 8);

/** Opaque page token: base64url of `o:<offset>`, or `o:<offset>:<scope digest>`. */
export function encodePageToken(offset: number, scope?: string): string {
  return Buffer.from(scope === undefined ? `o:${offset}` : `o:${offset}:${scopeDigest(scope)}`).toString("base64url");
}

export function decodePageToken(token: string, field = "pageToken", scope?: string): number {
  const text = Buffer.from(token, "base64url").toString("utf8");
  const m = /^o:(\d+)(?::([\w-]{8}))?$/.exec(text);
  if (!m) throw badRequest(`Invalid value for field '${field}': invalid page token "${token}"`);
  if (scope !== undefined && m[2] !== scopeDigest(scope)) {
    throw badRequest(`Invalid value for field '${field}': the page token "${token}" belongs to another list; start again without it`);
  }
  return Number(m[1]);
}

/**
 * One page of `items`. `page` is 1-based (absent, -1 and 0 all mean the first page); a
 * `pageToken` wins over `page`. `nextPageToken` is set when more items follow.
 */
export function paginate<T>(items: readonly T[], req: PageRequest, opts: PageOptions = {}): { items: T[]; nextPageToken?: string } {
  const defaultSize = opts.defaultSize ?? 20;
  const maxSize = opts.maxSize ?? 200;
  if (req.pageSize !== undefined && req.pageSize < 0) {
    throw badRequest(`Invalid value for field 'pageSize': must not be negative (got ${req.pageSize})`);
  }
  const size = Math.min(req.pageSize || defaultSize, maxSize);
  let offset = 0;
  if (req.pageToken) offset = decodePageToken(req.pageToken, "pageToken", opts.scope);
  else if (req.page !== undefined && req.page > 1) offset = (req.page - 1) * size;
  const slice = items.slice(offset, offset + size);
  const next = offset + size < items.length ? encodePageToken(offset + size, opts.scope) : undefined;
  return next === undefined ? { items: slice } : { items: slice, nextPageToken: next };
}
