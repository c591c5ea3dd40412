/** What a download's response says: the file's length, date, validator and digests, or its error. */
import { apiErrorFor } from "../errors";
import type { Digests } from "../hash";
import { header, type RawResponse } from "./request";
import { parseRetryAfter } from "./retry";
import { httpReason, printableUrl } from "./transport";

export interface Meta {
  total: number | undefined;
  lastModified: Date | undefined;
  validator: string | undefined;
  /** The digests of `x-goog-hash` (base64). */
  digests: Digests;
  acceptRanges: boolean;
}

export function metaOf(res: RawResponse): Meta {
  const length = header(res, "content-length");
  const range = header(res, "content-range");
  const rangeTotal = range ? Number(range.split("/")[1]) : NaN;
  const modified = header(res, "last-modified");
  // Cloud Storage sends one x-goog-hash per digest, which arrive joined: "crc32c=…, md5=…".
  const digests: Digests = {};
  for (const part of header(res, "x-goog-hash")?.split(",") ?? []) {
    const [name, value] = part.trim().split(/=(.*)/s);
    if ((name === "crc32c" || name === "md5") && value) digests[name] = value;
  }
  const lm = modified ? new Date(modified) : undefined;
  return {
    total: Number.isFinite(rangeTotal) ? rangeTotal : length !== undefined ? Number(length) : undefined,
    lastModified: lm && !Number.isNaN(lm.getTime()) ? lm : undefined,
    validator: header(res, "etag") ?? modified,
    digests,
    acceptRanges: header(res, "accept-ranges") === "bytes",
  };
}

export async function failFor(res: RawResponse): Promise<never> {
  const text = await res.body.text().catch(() => "");
  let message = `${res.status} ${res.status >= 500 ? "Server" : "Client"} Error: ${httpReason(res.status)} for url: ${printableUrl(res.url)}`;
  try {
    const body = JSON.parse(text) as { code?: number; message?: string; error?: { message?: string } };
    message = body.message ?? body.error?.message ?? message;
  } catch {
    // not JSON
  }
  const retryAfterMs = parseRetryAfter(header(res, "retry-after"), Date.now());
  throw apiErrorFor(message, { status: res.status, rpc: printableUrl(res.url), retryAfterMs });
}

export function rangeStart(res: RawResponse): number | undefined {
  const m = /^bytes (\d+)-/.exec(header(res, "content-range") ?? "");
  return m ? Number(m[1]) : undefined;
}
