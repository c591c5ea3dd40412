/**
 * `GET` of a plain API path (not an RPC) whose body the caller reads as it comes, e.g. the kernel
 * log stream: the same endpoint, auth, retry and error mapping as RPCs; the timeout covers only
 * the wait for the answer's headers.
 */
import { withRetry } from "./retry";
import { DEFAULT_ENDPOINT, type CallOptions, type Transport } from "./transport";
import type { WireResponse } from "./wire";

/** `{endpoint}/v1{path}` in production, `{endpoint}/api/v1{path}` elsewhere: the prefix rule of RPCs. */
export function apiPathUrl(endpoint: string, path: string): string {
  const base = endpoint.replace(/\/+$/, "");
  return `${base}${base === DEFAULT_ENDPOINT ? "/v1" : "/api/v1"}${path}`;
}

export async function openGet(t: Transport, path: string, accept: string, opts: CallOptions = {}): Promise<WireResponse> {
  t.checkEndpoint();
  const url = apiPathUrl(t.endpoint, path);
  const label = path.split("/").slice(0, 4).join("/");
  const logger = { ...t.logger, warn: (m: string) => t.logger.warn(t.scrub(m)) };
  const retry = { policy: t.retryPolicy, clock: t.clock, logger, label, idempotent: true, ...(opts.signal ? { signal: opts.signal } : {}) };
  return withRetry(retry, async () => {
    const headers: Record<string, string> = { Accept: accept, "User-Agent": t.userAgent };
    const auth = await t.authorization(opts.anonymous);
    if (auth) headers.Authorization = auth;
    const headersDue = new AbortController();
    const timer = setTimeout(() => headersDue.abort(new DOMException("timed out", "TimeoutError")), t.timeoutMs);
    const signal = opts.signal ? AbortSignal.any([opts.signal, headersDue.signal]) : headersDue.signal;
    let res: WireResponse;
    try {
      res = await (await t.request())(url, { method: "GET", headers, signal });
    } catch (err) {
      throw t.connectionError((err as Error)?.name === "AbortError" && headersDue.signal.aborted ? headersDue.signal.reason : err, label, url);
    } finally {
      clearTimeout(timer);
    }
    t.logger.debug(`GET ${url} -> ${res.status}`);
    if (res.status >= 300 && res.status < 400) throw await t.redirected(res, label);
    return await t.throwIfError(res, label, url);
  });
}
