/** What a download's response says: the file's length, date, validator and MD5, or its error. */
import { apiErrorFor } from "../errors";
import { header, type RawResponse } from "./request";
import { parseRetryAfter } from "./retry";
import { httpReason, printableUrl } from "./transport";

export interface Meta {
  total: number | undefined;
  lastModified: Date | undefined;
  validator: string | undefined;
  md5: string | undefined;
  acceptRanges: boolean;
}

export function metaOf(res: RawResponse): Meta {
  const length = header(res, "content-length");
  const range = header(res, "content-range");
  const rangeTotal = range ? Number(range.split("/")[1]) : NaN;
  const modified = header(res, "last-modified");
  const hash = header(res, "x-goog-hash");
  const md5 = hash
    ?.split(",")
    .map((p) => p.trim())
    .find((p) => p.startsWith("md5="))
    ?.slice(4);
  const lm = modified ? new Date(modified) : undefined;
  return {
    total: Number.isFinite(rangeTotal) ? rangeTotal : length !== undefined ? Number(length) : undefined,
    lastModified: lm && !Number.isNaN(lm.getTime()) ? lm : undefined,
    validator: header(res, "etag") ?? modified,
    md5,
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
