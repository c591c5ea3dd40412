/**
 * Byte transfers (file downloads and upload PUTs) use undici's `request`: Node streams, no
 * web-stream overhead, connection pooling, and a proxy agent when one is configured. It is
 * loaded on first use so that commands which move no files do not pay for it.
 */
import type { Dispatcher } from "undici";
import { ConnectionError, KaggleApiError } from "./errors";
import { MAX_REDIRECTS, printableUrl } from "./transport";

type Undici = typeof import("undici");
let undiciModule: Promise<Undici> | undefined;
const dispatchers = new Map<string, Dispatcher>();

function undici(): Promise<Undici> {
  undiciModule ??= import("undici");
  return undiciModule;
}

async function dispatcherFor(proxy: string | undefined): Promise<Dispatcher> {
  const key = proxy ?? "";
  let d = dispatchers.get(key);
  if (!d) {
    const u = await undici();
    d = proxy
      ? new u.ProxyAgent({ uri: proxy, connections: 16 })
      : new u.Agent({ connections: 16, keepAliveTimeout: 10_000, bodyTimeout: 0, headersTimeout: 0 });
    dispatchers.set(key, d);
  }
  return d;
}

export interface RawRequest {
  method: "GET" | "PUT" | "HEAD" | "POST";
  url: string;
  headers?: Record<string, string>;
  body?: NodeJS.ReadableStream | AsyncIterable<Buffer> | Buffer | string | null;
  /** Time to wait for the response headers. */
  headersTimeoutMs: number;
  /** Longest pause between two body chunks. */
  idleTimeoutMs: number;
  proxy?: string | undefined;
  signal?: AbortSignal;
  /** Authorization sent only while the URL stays on this origin. */
  authorization?: { origin: string; value: string } | undefined;
}

export interface RawResponse {
  url: string;
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: NodeJS.ReadableStream & { dump(): Promise<void>; text(): Promise<string> };
}

export function header(res: RawResponse, name: string): string | undefined {
  const v = res.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

/**
 * One HTTP exchange, following GET/HEAD redirects by hand so that `Authorization` never
 * reaches another origin. Connection failures become {@link ConnectionError}.
 */
export async function rawRequest(req: RawRequest): Promise<RawResponse> {
  const { request } = await undici();
  const dispatcher = await dispatcherFor(req.proxy);
  let url = req.url;
  for (let hop = 0; ; hop++) {
    const headers: Record<string, string> = { ...req.headers };
    if (req.authorization && new URL(url).origin === req.authorization.origin) {
      headers.authorization = req.authorization.value;
    }
    let res;
    try {
      res = await request(url, {
        method: req.method,
        headers,
        body: req.body as never,
        dispatcher,
        headersTimeout: req.headersTimeoutMs,
        bodyTimeout: req.idleTimeoutMs,
        ...(req.signal ? { signal: req.signal } : {}),
      });
    } catch (err) {
      throw transferError(err, url);
    }
    const location = res.headers.location;
    const follow = [301, 302, 303, 307, 308].includes(res.statusCode);
    if (follow && typeof location === "string" && (req.method === "GET" || req.method === "HEAD")) {
      await res.body.dump();
      if (hop >= MAX_REDIRECTS) throw new KaggleApiError(`Too many redirects from ${printableUrl(req.url)}`, { status: res.statusCode });
      url = new URL(location, url).toString();
      continue;
    }
    return { url, status: res.statusCode, headers: res.headers, body: res.body as RawResponse["body"] };
  }
}

/** Maps socket errors and timeouts to a ConnectionError that names the host, not the query. */
export function transferError(err: unknown, url: string): KaggleApiError {
  if (err instanceof KaggleApiError) return err;
  const e = err as { code?: string; name?: string; message?: string };
  const what = e.code === "UND_ERR_BODY_TIMEOUT" || e.code === "UND_ERR_HEADERS_TIMEOUT" ? "timed out" : e.code ?? e.message ?? String(err);
  const out = new ConnectionError(`Transfer from ${printableUrl(url)} failed: ${what}`);
  if (e.code === "ECONNREFUSED") Object.assign(out, { neverConnected: true });
  return out;
}
