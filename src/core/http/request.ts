/**
 * Byte transfers (file downloads and upload PUTs) outside the JSON RPCs. They use Node's own
 * `http`/`https` with keep-alive agents: Node streams, connection pooling, and nothing to load
 * (the undici package alone adds about 30 MiB of memory). Only with a proxy configured is
 * undici loaded, for its proxy agent.
 */
import { pipeline, Readable, Transform } from "node:stream";
import { ConfigurationError, ConnectionError, KaggleApiError, ProtocolError } from "../errors";
import { exchangeWhole, type WholeResponse } from "./keepalive";
import { TransferFault, watchBytes, watchProgress } from "./raw-http";
import { MAX_REDIRECTS, printableUrl } from "./transport";
import { nodeAgent } from "./wire";

/** Longest a transfer may go without progress (no response, or a body that stalls). */
export const DEFAULT_TRANSFER_IDLE_MS = 120_000;

/** The stall window `KAGGLE_TRANSFER_TIMEOUT` (seconds) asks for, or the default. */
export function transferIdleMs(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === "") return DEFAULT_TRANSFER_IDLE_MS;
  const secs = Number(raw.trim());
  if (!Number.isFinite(secs) || secs <= 0) {
    throw new ConfigurationError(
      `Invalid KAGGLE_TRANSFER_TIMEOUT '${raw}': give the seconds a transfer may go without progress (default ${DEFAULT_TRANSFER_IDLE_MS / 1000})`,
    );
  }
  return Math.round(secs * 1000);
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
  /** Gets one line per response: method, URL without its (signed) query, status, time. */
  log?: ((line: string) => void) | undefined;
}

export interface RawBody extends NodeJS.ReadableStream {
  /** Discards the rest of the body (closing the connection if much is left). */
  dump(): Promise<void>;
  text(): Promise<string>;
}

export interface RawResponse {
  url: string;
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: RawBody;
}

export function header(res: Pick<RawResponse, "headers">, name: string): string | undefined {
  const v = res.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

/** Bodies larger than this are not read to the end to reuse a connection: it is closed. */
const DUMP_LIMIT = 128 << 10;

function wrapBody(stream: Readable, contentLength: number | undefined): RawBody {
  const body = stream as Readable & RawBody;
  body.dump = async () => {
    if (stream.readableEnded || stream.destroyed) return;
    if (contentLength === undefined || contentLength > DUMP_LIMIT) {
      stream.destroy();
      return;
    }
    stream.resume();
    await new Promise<void>((resolve) => {
      stream.once("end", resolve);
      stream.once("close", resolve);
      stream.once("error", () => resolve());
    });
  };
  body.text = async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString("utf8");
  };
  return body;
}

/** One exchange over Node's http/https. */
function nodeRequest(req: RawRequest, url: string, headers: Record<string, string>): Promise<RawResponse> {
  const target = new URL(url);
  if (target.protocol !== "http:" && target.protocol !== "https:") {
    return Promise.reject(new ProtocolError(`Unsupported URL scheme in ${printableUrl(url)}`, { status: 0 }));
  }
  const { mod, agent } = nodeAgent(target.protocol, 16);
  return new Promise<RawResponse>((resolve, reject) => {
    let unwatch = () => {};
    const outgoing = mod.request(target, { method: req.method, headers, agent, ...(req.signal ? { signal: req.signal } : {}) }, (res) => {
      // From here a stall fails the body; the watch ends with the body (the socket may be reused).
      unwatch();
      if (res.socket) unwatch = watchProgress(res.socket, req.idleTimeoutMs, (err) => res.destroy(err));
      res.once("close", () => unwatch());
      const length = res.headers["content-length"];
      resolve({
        url,
        status: res.statusCode ?? 0,
        headers: res.headers,
        body: wrapBody(res, length === undefined ? undefined : Number(length)),
      });
    });
    outgoing.setTimeout(req.headersTimeoutMs, () => outgoing.destroy(new TransferFault("timed out", "ETIMEDOUT")));
    // Until the response head: the request body must keep moving and the head must come.
    outgoing.once("socket", (socket) => {
      unwatch = watchProgress(socket, req.idleTimeoutMs, (err) => outgoing.destroy(err));
    });
    outgoing.on("error", (err) => {
      unwatch();
      reject(err);
    });
    const body = req.body;
    if (body === undefined || body === null) {
      outgoing.end();
    } else if (typeof body === "string" || Buffer.isBuffer(body)) {
      outgoing.end(body);
    } else {
      // A byte stream, not an object stream: that would read sixteen chunks ahead of the socket.
      const source =
        typeof (body as Readable).pipe === "function" ? (body as Readable) : Readable.from(body as AsyncIterable<Buffer>, { objectMode: false });
      source.on("error", (err) => outgoing.destroy(err));
      // A failed exchange stops reading the file: nothing more is read, or counted as sent.
      outgoing.once("close", () => source.destroy());
      source.pipe(outgoing);
    }
  });
}

/** One exchange through undici's proxy agent (loaded only when a proxy is configured). */
async function proxiedRequest(req: RawRequest, url: string, headers: Record<string, string>): Promise<RawResponse> {
  const undici = await import("./proxy-fetch");
  const dispatcher = new undici.ProxyAgent({ uri: req.proxy! });
  // undici's headersTimeout and signal do not cover the tunnel: a proxy that never answers
  // CONNECT would leave the request pending with nothing to end it. This deadline does.
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      void dispatcher.destroy().catch(() => {});
      reject(new TransferFault("timed out", "ETIMEDOUT"));
    }, req.headersTimeoutMs);
  });
  let res: Awaited<ReturnType<typeof undici.request>>;
  try {
    res = await Promise.race([
      undici.request(url, {
        method: req.method,
        headers,
        body: req.body as never,
        dispatcher,
        headersTimeout: req.headersTimeoutMs,
        bodyTimeout: req.idleTimeoutMs,
        ...(req.signal ? { signal: req.signal } : {}),
      }),
      deadline,
    ]);
  } finally {
    clearTimeout(timer);
  }
  const length = res.headers["content-length"];
  // The proxy owns the socket: the stall check counts the body's bytes as they pass.
  let moved = 0;
  const counted = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      moved += chunk.length;
      done(null, chunk);
    },
  });
  const stop = watchBytes(
    () => moved,
    req.idleTimeoutMs,
    (err) => counted.destroy(err),
  );
  pipeline(res.body as unknown as Readable, counted, () => stop());
  return {
    url,
    status: res.statusCode,
    headers: res.headers,
    body: wrapBody(counted, typeof length === "string" ? Number(length) : undefined),
  };
}

/**
 * One HTTP exchange, following GET/HEAD redirects by hand so that `Authorization` never
 * reaches another origin. Connection failures become {@link ConnectionError}.
 */
export async function rawRequest(req: RawRequest): Promise<RawResponse> {
  let url = req.url;
  for (let hop = 0; ; hop++) {
    const headers: Record<string, string> = { ...req.headers };
    if (req.authorization && new URL(url).origin === req.authorization.origin) {
      headers.authorization = req.authorization.value;
    }
    let res: RawResponse;
    const started = Date.now();
    try {
      res = req.proxy ? await proxiedRequest(req, url, headers) : await nodeRequest(req, url, headers);
    } catch (err) {
      throw transferError(err, url);
    }
    req.log?.(`${req.method} ${printableUrl(url)} -> ${res.status} (${Date.now() - started} ms)`);
    const location = header(res, "location");
    const follow = [301, 302, 303, 307, 308].includes(res.status);
    if (follow && location && (req.method === "GET" || req.method === "HEAD")) {
      await res.body.dump();
      if (hop >= MAX_REDIRECTS) throw new ProtocolError(`Too many redirects from ${printableUrl(req.url)}`, { status: res.status });
      url = new URL(location, url).toString();
      continue;
    }
    return res;
  }
}

/**
 * An exchange with its body in memory whose answer matters only by its status and headers (an
 * upload's `PUT` of a small file, or its probe): over keepalive.ts without a proxy, else through
 * {@link rawRequest}. The answer's body is read and dropped.
 */
export async function smallExchange(req: RawRequest & { method: "PUT"; body: Buffer | null }): Promise<Pick<RawResponse, "status" | "headers">> {
  if (req.proxy) {
    const res = await rawRequest(req);
    await res.body.dump().catch(() => {});
    return res;
  }
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers ?? {})) if (name.toLowerCase() !== "content-length") headers[name] = value;
  const started = Date.now();
  let res: WholeResponse;
  try {
    res = await exchangeWhole({
      method: req.method,
      url: new URL(req.url),
      headers,
      body: req.body ?? undefined,
      signal: req.signal,
      stallMs: req.idleTimeoutMs,
    });
  } catch (err) {
    throw transferError(req.signal?.aborted ? req.signal.reason : err, req.url);
  }
  req.log?.(`${req.method} ${printableUrl(req.url)} -> ${res.status} (${Date.now() - started} ms)`);
  return res;
}

/** Maps socket errors and timeouts to a ConnectionError that names the host, not the query. */
export function transferError(err: unknown, url: string): KaggleApiError {
  if (err instanceof KaggleApiError) return err;
  const e = err as { code?: string; name?: string; message?: string };
  const timedOut = e.code === "ETIMEDOUT" || e.code === "UND_ERR_BODY_TIMEOUT" || e.code === "UND_ERR_HEADERS_TIMEOUT";
  const what = e.code === "ESTALLED" ? e.message : timedOut ? "timed out" : (e.code ?? e.message ?? String(err));
  return new ConnectionError(`Transfer from ${printableUrl(url)} failed: ${what}`, {
    neverConnected: e.code === "ECONNREFUSED",
    retry: e.code === "ENOTFOUND" ? false : undefined,
  });
}
