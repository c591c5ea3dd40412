/**
 * The HTTP exchange of an RPC. Without an injected `fetch` or a proxy, RPCs go over Node's own
 * `http`/`https` on kept-alive connections: loading the global `fetch` (or merely its
 * `Response` and `Headers` classes) costs a command some 70 ms of CPU and 17–20 MiB of memory
 * before its first byte, more than the whole exchange. The transport reads every answer through
 * {@link WireResponse}, which a fetch `Response` is adapted to.
 */
import type http from "node:http";
import buffer from "node:buffer";
import type { Readable } from "node:stream";
import { builtins } from "../builtins";
import { KaggleApiError } from "../errors";
import { exchangeWhole, type WholeResponse } from "./keepalive";

/** What the transport reads of an answer. */
export interface WireResponse {
  readonly url: string;
  readonly status: number;
  readonly statusText: string;
  readonly headers: { get(name: string): string | null; forEach(fn: (value: string, name: string) => void): void };
  /** The body's bytes (decoded), or null when there is none. */
  readonly body: AsyncIterable<Uint8Array> | null;
  /** Lets go of the rest of the body. */
  cancel(): Promise<void>;
}

export interface WireRequest {
  method: "POST" | "GET";
  headers: Record<string, string>;
  body?: string;
  /** Ends the exchange, the body's reading included; its reason is what the call fails with. */
  signal: AbortSignal;
  /**
   * A request that must not reach the server twice (it creates something): sent on a new
   * connection, so that a reset can never be taken for a stale kept-alive one and sent again.
   */
  once?: boolean;
  /**
   * The answer is read whole, up to `maxBytes` (past them the call fails with `tooLarge()`): it
   * then goes over keepalive.ts, which is leaner than node:http for that.
   */
  whole?: { maxBytes: number; tooLarge: () => Error };
}

/** A fetch `Response` read as a {@link WireResponse}. */
export function fromFetch(res: Response): WireResponse {
  return {
    url: res.url,
    status: res.status,
    statusText: res.statusText,
    headers: res.headers,
    body: res.body as AsyncIterable<Uint8Array> | null,
    cancel: async () => void (await res.body?.cancel().catch(() => {})),
  };
}

/** The whole body as text (its reading may be ended by the request's signal). */
export async function wireText(res: WireResponse): Promise<string> {
  if (!res.body) return "";
  const chunks: Uint8Array[] = [];
  for await (const chunk of res.body) chunks.push(chunk);
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * Reads up to `limit` bytes of the body without consuming it: resolves with those bytes as
 * text (undefined when the body is longer) and a response that still yields the whole body.
 */
export async function peekText(res: WireResponse, limit: number): Promise<{ text: string | undefined; res: WireResponse }> {
  if (!res.body) return { text: "", res };
  const it = res.body[Symbol.asyncIterator]();
  const head: Uint8Array[] = [];
  let size = 0;
  let ended = false;
  while (size <= limit) {
    const next = await it.next();
    if (next.done) {
      ended = true;
      break;
    }
    head.push(next.value);
    size += next.value.byteLength;
  }
  async function* replay(): AsyncGenerator<Uint8Array> {
    yield* head;
    if (!ended) for (let next = await it.next(); !next.done; next = await it.next()) yield next.value;
  }
  const text = ended ? Buffer.concat(head).toString("utf8") : undefined;
  return { text, res: { ...res, body: replay(), cancel: async () => void (await it.return?.()) } };
}

const agents = new Map<string, http.Agent>();

/**
 * Node's module for an `http:`/`https:` URL and a kept-alive agent of it holding up to
 * `maxSockets` (one agent per scheme and size: RPCs and byte transfers keep their own pools).
 * Idle sockets never keep the process alive.
 */
export function nodeAgent(protocol: "http:" | "https:", maxSockets: number): { mod: typeof http; agent: http.Agent } {
  const mod = (protocol === "https:" ? builtins.https() : builtins.http()) as typeof http;
  const key = `${protocol}${maxSockets}`;
  let agent = agents.get(key);
  if (!agent) {
    agent = new mod.Agent({ keepAlive: true, maxSockets, keepAliveMsecs: 10_000 });
    agents.set(key, agent);
  }
  return { mod, agent };
}

/** The content encoding of an answer that is to be undone (as fetch does), or undefined. */
function packedAs(value: string | string[] | undefined): "gzip" | "deflate" | "br" | undefined {
  const encoding = String(value ?? "")
    .trim()
    .toLowerCase();
  if (encoding === "gzip" || encoding === "x-gzip") return "gzip";
  return encoding === "deflate" || encoding === "br" ? encoding : undefined;
}

/** A network failure, shaped as fetch reports one (the socket's error as `cause`). */
function failed(err: unknown): Error {
  return new TypeError("fetch failed", { cause: err });
}

/**
 * One RPC exchange over node:http(s). A request sent on a kept-alive connection that the server
 * had closed (reset before any answer) is sent once more at once, on a new connection. A create
 * (`once`) never goes on a kept-alive connection: a server may also drop a connection after
 * acting on a request (its answer lost), and a create must not be made twice.
 */
export async function nodeFetch(url: string, req: WireRequest): Promise<WireResponse> {
  const target = new URL(url);
  if (target.protocol !== "http:" && target.protocol !== "https:") throw failed(new Error(`unsupported scheme ${target.protocol}`));
  if (req.whole) return wholeFetch(target, req, req.whole);
  const { mod, agent } = nodeAgent(target.protocol, 32);
  if (req.once) return exchange(mod, agent, target, req, true);
  try {
    return await exchange(mod, agent, target, req);
  } catch (err) {
    if (!(err as { staleSocket?: boolean }).staleSocket || req.signal.aborted) throw err;
    return exchange(mod, agent, target, req, true);
  }
}

function exchange(mod: typeof http, agent: http.Agent, target: URL, req: WireRequest, fresh = false): Promise<WireResponse> {
  const headers = {
    ...req.headers,
    "Accept-Encoding": "gzip, deflate",
    ...(req.body !== undefined ? { "Content-Length": String(Buffer.byteLength(req.body)) } : {}),
  };
  return new Promise<WireResponse>((resolve, reject) => {
    const { signal } = req;
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    // The signal ends this exchange only: handed to http.request it would reach the socket, which
    // outlives the exchange in the kept-alive pool (and a later abort would destroy it there).
    const outgoing = mod.request(target, { method: req.method, headers, agent: fresh ? false : agent });
    let answer: http.IncomingMessage | undefined;
    // Once an answer has come, its socket may already be back in the pool: it is closed without an
    // error (a reader of the body then fails with the signal's reason), never destroyed with one.
    const abort = () =>
      answer ? answer.destroy() : outgoing.destroy(signal.reason instanceof Error ? signal.reason : new Error(String(signal.reason)));
    signal.addEventListener("abort", abort, { once: true });
    const release = () => signal.removeEventListener("abort", abort);
    outgoing.once("response", (res) => {
      answer = res;
      res.once("close", release);
      resolve(wireResponse(target.href, res, signal));
    });
    outgoing.on("error", (err: NodeJS.ErrnoException) => {
      release();
      if (signal.aborted) reject(signal.reason);
      else if (outgoing.reusedSocket && (err.code === "ECONNRESET" || err.code === "EPIPE"))
        reject(Object.assign(failed(err), { staleSocket: true }));
      else reject(failed(err));
    });
    outgoing.end(req.body);
  });
}

/** An exchange read whole over keepalive.ts, as a {@link WireResponse}. */
async function wholeFetch(target: URL, req: WireRequest, whole: NonNullable<WireRequest["whole"]>): Promise<WireResponse> {
  let res: WholeResponse;
  try {
    res = await exchangeWhole({
      method: req.method,
      url: target,
      headers: { ...req.headers, "Accept-Encoding": "gzip, deflate" },
      body: req.body,
      limit: whole,
      signal: req.signal,
      fresh: req.once,
    });
  } catch (err) {
    if (req.signal.aborted) throw req.signal.reason;
    if (err instanceof KaggleApiError) throw err;
    throw failed(err);
  }
  const body = await decodedWhole(res, whole);
  const headers = res.headers;
  return {
    url: target.href,
    status: res.status,
    statusText: res.statusText,
    headers: {
      get: (name) => headers[name.toLowerCase()] ?? null,
      forEach: (fn) => {
        for (const [name, v] of Object.entries(headers)) fn(v, name);
      },
    },
    body: body.length === 0 ? null : once(body),
    cancel: async () => {},
  };
}

async function* once(body: Buffer): AsyncGenerator<Uint8Array> {
  yield body;
}

/** The body with its content encoding undone, within the same limit. */
async function decodedWhole(res: WholeResponse, whole: NonNullable<WireRequest["whole"]>): Promise<Buffer> {
  const encoding = packedAs(res.headers["content-encoding"]);
  if (res.body.length === 0 || !encoding) return res.body;
  const zlib = builtins.zlib();
  const options = { maxOutputLength: Math.max(1, Math.min(whole.maxBytes, buffer.kMaxLength)) };
  try {
    if (encoding === "br") return zlib.brotliDecompressSync(res.body, options);
    return encoding === "deflate" ? zlib.inflateSync(res.body, options) : zlib.gunzipSync(res.body, options);
  } catch (err) {
    if ((err as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") throw whole.tooLarge();
    throw failed(err);
  }
}

async function wireResponse(url: string, res: http.IncomingMessage, signal: AbortSignal): Promise<WireResponse> {
  const bodyless = res.statusCode === 204 || res.statusCode === 304;
  const stream = bodyless ? undefined : decoded(res);
  async function* body(): AsyncGenerator<Uint8Array> {
    try {
      for await (const chunk of stream!) yield chunk as Uint8Array;
    } catch (err) {
      throw signal.aborted ? signal.reason : failed(err);
    }
  }
  if (bodyless) res.resume();
  // An abort while nobody reads the body (a caller done with a stream) must not be an unhandled
  // error event; a reader still gets the error through the iterator.
  res.on("error", () => {});
  stream?.on("error", () => {});
  const one = (v: string | string[] | undefined) => (v === undefined ? null : Array.isArray(v) ? v.join(", ") : v);
  return {
    url,
    status: res.statusCode ?? 0,
    statusText: res.statusMessage ?? "",
    headers: {
      get: (name) => one(res.headers[name.toLowerCase()]),
      forEach: (fn) => {
        for (const [name, v] of Object.entries(res.headers)) if (v !== undefined) fn(one(v)!, name);
      },
    },
    body: stream ? body() : null,
    cancel: async () => {
      stream?.destroy();
      res.destroy();
    },
  };
}

/** The body with its content encoding undone (as fetch does). */
function decoded(res: http.IncomingMessage): Readable {
  const encoding = packedAs(res.headers["content-encoding"]);
  if (!encoding) return res;
  const zlib = builtins.zlib();
  const unzip = encoding === "br" ? zlib.createBrotliDecompress() : encoding === "deflate" ? zlib.createInflate() : zlib.createGunzip();
  res.on("error", (err) => unzip.destroy(err));
  return res.pipe(unzip);
}
