/**
 * Every request to the Kaggle API goes through here: URL, auth header, JSON, timeout, error
 * mapping and retry. RPCs use the `fetch` given in the options, else Node's own `http` on
 * kept-alive connections (see wire.ts); a proxy from `KAGGLE_PROXY`/`HTTPS_PROXY` switches to
 * undici's own fetch with a proxy agent.
 */
import type { Clock, Environment, Logger } from "../env";
import { silentLogger, systemClock } from "../env";
import { ConfigurationError, ConnectionError, KaggleApiError, ProtocolError, apiErrorFor, redact } from "../errors";
import { checkListFields, DEFAULT_MAX_JSON_BYTES, readBounded, tooLarge } from "./answer";
import { toWireJson } from "../json";
import { DEFAULT_RETRY_POLICY, parseRetryAfter, withRetry, type RetryPolicy } from "./retry";
import { fromFetch, nodeFetch, peekText, type WireRequest, type WireResponse } from "./wire";

export const DEFAULT_ENDPOINT = "https://api.kaggle.com";
export const DEFAULT_TIMEOUT_MS = 60_000;
export const MAX_REDIRECTS = 10;

export type FetchLike = (input: string | URL, init?: RequestInit) => Promise<Response>;

/** How the transport sends one RPC exchange. */
type Requester = (url: string, init: WireRequest) => Promise<WireResponse>;

export interface TransportOptions {
  /** Base URL; see {@link resolveEndpoint}. */
  endpoint?: string;
  /** Produces the `Authorization` value for a call, or undefined to call anonymously. */
  authorization?: () => Promise<string | undefined> | string | undefined;
  /** Strings that must never appear in logs or error messages. */
  secrets?: () => readonly string[];
  fetch?: FetchLike;
  logger?: Logger;
  clock?: Clock;
  retry?: Partial<RetryPolicy>;
  /** Per-attempt timeout of an RPC. */
  timeoutMs?: number;
  userAgent?: string;
  /** Proxy URL for every request (`KAGGLE_PROXY`, else `HTTPS_PROXY`/`HTTP_PROXY`). */
  proxy?: string;
  /** Largest JSON answer accepted, in bytes (asked for at each call); see answer.ts. */
  maxJsonBytes?: () => number;
}

export interface CallOptions {
  /** False for calls that create something; such calls are retried only when safe. */
  idempotent?: boolean;
  signal?: AbortSignal;
  /** Skip the Authorization header (anonymous calls). */
  anonymous?: boolean;
}

/**
 * The hosts `KAGGLE_API_ENVIRONMENT` names, as Kaggle's SDK (and so kagglehub and the official CLI)
 * reads it (`kagglesdk/kaggle_env.py`). `TEST` is the emulator's default port.
 */
export const API_ENVIRONMENTS: Readonly<Record<string, string>> = {
  PROD: DEFAULT_ENDPOINT,
  LOCALHOST: "http://localhost",
  TEST: "http://localhost:7777",
  STAGING: "https://staging.kaggle.com",
  ADMIN: "https://admin.kaggle.com",
  QA: "https://qa.kaggle.com",
};

/**
 * Where RPCs go: `KAGGLE_API_ENDPOINT` wins, then `KAGGLE_API_ENVIRONMENT` (an unknown name is
 * refused, as the SDK refuses it), else production.
 */
export function resolveEndpoint(env: Environment): string {
  const explicit = env.KAGGLE_API_ENDPOINT?.trim();
  if (explicit) return explicit.replace(/\/+$/, "");
  const name = env.KAGGLE_API_ENVIRONMENT;
  if (name === undefined || name === "") return DEFAULT_ENDPOINT;
  const known = API_ENVIRONMENTS[name];
  if (!known) {
    throw new ConfigurationError(
      `Unrecognized value in KAGGLE_API_ENVIRONMENT: '${name}'; use one of ${Object.keys(API_ENVIRONMENTS).join(", ")}, or set KAGGLE_API_ENDPOINT to a URL`,
    );
  }
  return known;
}

/** `https://api.kaggle.com/v1/{service}/{Method}`, or `{endpoint}/api/v1/...` elsewhere. */
export function rpcUrl(endpoint: string, service: string, method: string): string {
  const base = endpoint.replace(/\/+$/, "");
  const prefix = base === DEFAULT_ENDPOINT ? "/v1" : "/api/v1";
  return `${base}${prefix}/${service}/${method}`;
}

/** The proxy the environment asks for, if any. */
export function proxyFromEnv(env: Environment, configured?: string): string | undefined {
  return configured || env.KAGGLE_PROXY || env.HTTPS_PROXY || env.https_proxy || env.HTTP_PROXY || env.http_proxy || undefined;
}

/** A duration for messages: `120`, or `0.3` below ten seconds. */
export function seconds(ms: number): string {
  return ms >= 10_000 ? String(Math.round(ms / 1000)) : (ms / 1000).toFixed(1);
}

/** A URL safe to print: no query string (signed URLs carry credentials while valid). */
/** Request fields that carry a secret of their own (a login's code and tokens, keys). */
const SECRET_FIELDS = /"(code|codeVerifier|token|refreshToken|accessToken|key|password|clientSecret)"(\s*:\s*)"(?:[^"\\]|\\.)*"/g;

/** A JSON body for a debug line, with the values of {@link SECRET_FIELDS} replaced by `***`. */
export function redactSecretFields(json: string): string {
  return json.replace(SECRET_FIELDS, '"$1"$2"***"');
}

export function printableUrl(url: string): string {
  const q = url.indexOf("?");
  return q === -1 ? url : url.slice(0, q);
}

export class Transport {
  readonly endpoint: string;
  readonly logger: Logger;
  readonly clock: Clock;
  readonly retryPolicy: RetryPolicy;
  readonly timeoutMs: number;
  readonly userAgent: string;
  private readonly options: TransportOptions;
  private requester: Requester | undefined;
  private endpointChecked = false;

  constructor(options: TransportOptions = {}) {
    this.options = options;
    this.endpoint = (options.endpoint ?? DEFAULT_ENDPOINT).replace(/\/+$/, "");
    this.logger = options.logger ?? silentLogger;
    this.clock = options.clock ?? systemClock;
    this.retryPolicy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.userAgent = options.userAgent ?? "kaggle-actions";
  }

  /** Removes every secret from a text before it is logged or thrown. */
  scrub(text: string): string {
    return redact(text, this.options.secrets?.() ?? []);
  }

  async authorization(anonymous = false): Promise<string | undefined> {
    if (anonymous) return undefined;
    return await this.options.authorization?.();
  }

  /** How RPCs are sent: the injected fetch, undici's with a proxy agent, or node:http. */
  async request(): Promise<Requester> {
    if (this.requester) return this.requester;
    const injected = this.options.fetch;
    if (injected) {
      this.requester = async (url, { once: _, whole: __, ...init }) => fromFetch(await injected(url, { ...init, redirect: "manual" }));
    } else if (this.options.proxy) {
      const undici = await import("./proxy-fetch");
      const dispatcher = new undici.ProxyAgent(this.options.proxy);
      this.logger.debug(`using proxy ${printableUrl(this.options.proxy).replace(/\/\/[^@/]*@/, "//***@")}`);
      this.requester = async (url, { once: _, whole: __, ...init }) =>
        fromFetch((await undici.fetch(url, { ...init, redirect: "manual", dispatcher } as never)) as unknown as Response);
    } else {
      this.requester = nodeFetch;
    }
    return this.requester;
  }

  /** Calls an RPC and parses its JSON answer. */
  async call<T>(service: string, method: string, body: object = {}, opts: CallOptions = {}): Promise<T> {
    // The text is read inside the attempt, within the size limit and the attempt's timeout.
    const { text, res } = await this.send(service, method, body, opts, "json");
    const rpc = `${service}/${method}`;
    if (text.trim() === "") return {} as T;
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new ProtocolError(`${method}: the server answered with something that is not JSON`, { status: res.status, rpc });
    }
    const error = errorInBody(parsed);
    if (error) throw apiErrorFor(this.scrub(error.message), { status: error.code, rpc });
    checkListFields(parsed, rpc);
    return parsed as T;
  }

  /**
   * Calls an RPC whose answer is a redirect to a file (`HttpRedirect`), following redirects
   * by hand: returns the final URL, and the Authorization value only if that URL is on the
   * same origin as the API (it is never sent to another host).
   */
  async resolveRedirect(
    service: string,
    method: string,
    body: object,
    opts: CallOptions = {},
  ): Promise<{ url: string; authorization?: string } | { response: WireResponse }> {
    const { res } = await this.send(service, method, body, opts, "redirect");
    if (res.status < 300 || res.status >= 400) return { response: res };
    const url = new URL(res.headers.get("location") ?? "", rpcUrl(this.endpoint, service, method)).toString();
    await res.cancel();
    const sameOrigin = new URL(url).origin === new URL(this.endpoint).origin;
    const authorization = sameOrigin ? await this.authorization(opts.anonymous) : undefined;
    return authorization ? { url, authorization } : { url };
  }

  /** Calls an RPC whose answer is the file itself (`FileDownload`); the body is not read. */
  async callRaw(service: string, method: string, body: object, opts: CallOptions = {}): Promise<WireResponse> {
    return (await this.send(service, method, body, opts, "raw")).res;
  }

  /** One RPC, retried by the policy: the answer, and in `json` mode its text (read in the attempt). */
  private async send(
    service: string,
    method: string,
    body: object,
    opts: CallOptions,
    mode: "json" | "redirect" | "raw",
  ): Promise<{ res: WireResponse; text: string }> {
    this.checkEndpoint();
    const limit = this.options.maxJsonBytes?.() ?? DEFAULT_MAX_JSON_BYTES;
    const url = rpcUrl(this.endpoint, service, method);
    const payload = toWireJson(body);
    const rpc = `${service}/${method}`;
    return withRetry(
      {
        policy: this.retryPolicy,
        clock: this.clock,
        logger: { ...this.logger, warn: (m) => this.logger.warn(this.scrub(m)) },
        label: method,
        idempotent: opts.idempotent ?? true,
        ...(opts.signal ? { signal: opts.signal } : {}),
      },
      async () => {
        const headers: Record<string, string> = {
          "Content-Type": "application/json",
          Accept: "application/json",
          "User-Agent": this.userAgent,
        };
        const auth = await this.authorization(opts.anonymous);
        if (auth) headers.Authorization = auth;
        const started = this.clock.now();
        const request = await this.request();
        const signal = opts.signal ? AbortSignal.any([opts.signal, AbortSignal.timeout(this.timeoutMs)]) : AbortSignal.timeout(this.timeoutMs);
        let res: WireResponse;
        try {
          res = await request(url, {
            method: "POST",
            headers,
            body: payload,
            signal,
            once: !(opts.idempotent ?? true),
            // A JSON answer is read whole anyway, within the limit.
            ...(mode === "json" ? { whole: { maxBytes: limit, tooLarge: () => tooLarge(method, limit, rpc) } } : {}),
          });
        } catch (err) {
          throw this.connectionError(err, rpc, url);
        }
        this.logger.debug(`POST ${url} ${this.scrub(redactSecretFields(payload))} -> ${res.status} (${this.clock.now() - started} ms)`);
        if (mode === "redirect" && res.status >= 300 && res.status < 400) return { res, text: "" };
        if (mode !== "raw" && res.status >= 300 && res.status < 400) throw await this.redirected(res, rpc);
        if (mode === "json" && res.status < 400) {
          // The body is read inside the attempt: a body that stalls past the timeout, or a
          // connection cut mid-answer, is a connection error and retried like one.
          try {
            return { res, text: await readBounded(res, limit, rpc) };
          } catch (err) {
            throw this.connectionError(err, rpc, url);
          }
        }
        return { res: await this.throwIfError(res, rpc, url), text: "" };
      },
    );
  }

  /** An API call is never redirected: a 3xx means a wrong endpoint or a proxy in the way. */
  async redirected(res: WireResponse, rpc: string): Promise<KaggleApiError> {
    await res.cancel();
    const location = res.headers.get("location");
    const where = location ? ` to ${printableUrl(location)}` : "";
    return new ProtocolError(
      this.scrub(
        `${rpc.split("/")[1]}: the server answered with a redirect (${res.status}${where}) instead of an answer; check KAGGLE_API_ENDPOINT and any proxy`,
      ),
      { status: res.status, rpc },
    );
  }

  /** A malformed endpoint fails at once, before any attempt (no retries for a typo). */
  checkEndpoint(): void {
    if (this.endpointChecked) return;
    let url: URL | undefined;
    try {
      url = new URL(this.endpoint);
    } catch {
      url = undefined;
    }
    if (!url || (url.protocol !== "https:" && url.protocol !== "http:") || !url.hostname) {
      throw new ConfigurationError(
        `Invalid Kaggle API endpoint '${this.scrub(printableUrl(this.endpoint))}': use an http:// or https:// URL such as ${DEFAULT_ENDPOINT} (KAGGLE_API_ENDPOINT)`,
      );
    }
    this.endpointChecked = true;
  }

  /**
   * Kaggle's error shapes: `{code, message}` (even under HTTP 200), or a bare HTTP status.
   * Returns the answer to read on (its body whole) when it is not an error.
   */
  async throwIfError(res: WireResponse, rpc: string, url: string): Promise<WireResponse> {
    const type = res.headers.get("content-type") ?? "";
    const failure = (message: string, status: number) =>
      apiErrorFor(message, {
        status,
        rpc,
        requestId: (res.headers.get("x-request-id") ?? res.headers.get("x-cloud-trace-context")) || undefined,
        retryAfterMs: parseRetryAfter(res.headers.get("retry-after"), this.clock.now()),
      });
    if (type.includes("application/json") && (res.status >= 400 || (this.isRawOk(res) && res.status === 200))) {
      // An error body is small: a longer one is the file itself, passed on whole.
      const peeked = await peekText(res, 64 << 10);
      res = peeked.res;
      const parsed = peeked.text === undefined ? undefined : parseErrorBody(peeked.text);
      if (parsed) throw failure(this.scrub(parsed.message), parsed.code);
    }
    if (res.status >= 400) {
      await res.cancel();
      const kind = res.status >= 500 ? "Server Error" : "Client Error";
      const reason = res.statusText || httpReason(res.status);
      throw failure(`${res.status} ${kind}: ${reason} for url: ${printableUrl(url)}`, res.status);
    }
    return res;
  }

  /** A 200 carrying a file is checked for a JSON error body only when it is small. */
  private isRawOk(res: WireResponse): boolean {
    return Number(res.headers.get("content-length") ?? "0") < 65_536;
  }

  connectionError(err: unknown, rpc: string, url: string): KaggleApiError {
    if (err instanceof KaggleApiError) return err;
    const e = err as { name?: string; message?: string; cause?: { code?: string; message?: string } };
    // fetch and node:http (wire.ts) both report a network failure with the socket's error as cause
    const code = e.cause?.code;
    const what =
      e.name === "TimeoutError"
        ? `timed out after ${seconds(this.timeoutMs)} s`
        : code
          ? `${code}${e.cause?.message ? ` (${e.cause.message})` : ""}`
          : (e.message ?? String(err));
    return new ConnectionError(this.scrub(`Could not reach ${printableUrl(url)}: ${what}`), {
      rpc,
      neverConnected: code === "ECONNREFUSED" || code === "ENOTFOUND" || code === "EAI_AGAIN",
      // A host that does not exist stays so; a refused or timed-out connection may recover.
      retry: code === "ENOTFOUND" ? false : undefined,
    });
  }
}

function parseErrorBody(text: string): { code: number; message: string } | undefined {
  try {
    return errorInBody(JSON.parse(text));
  } catch {
    return undefined; // not JSON: the HTTP status decides
  }
}

/** `{code >= 400, message}`, or Google's `{"error": {code, message, status}}` wrapper. */
export function errorInBody(body: unknown): { code: number; message: string } | undefined {
  if (!body || typeof body !== "object") return undefined;
  const outer = body as Record<string, unknown>;
  const inner = (outer.error && typeof outer.error === "object" ? outer.error : outer) as Record<string, unknown>;
  if (typeof inner.code === "number" && inner.code >= 400 && typeof inner.message === "string") {
    return { code: inner.code, message: inner.message };
  }
  return undefined;
}

const REASONS: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
  409: "Conflict",
  413: "Payload Too Large",
  416: "Range Not Satisfiable",
  429: "Too Many Requests",
  500: "Internal Server Error",
  502: "Bad Gateway",
  503: "Service Unavailable",
  504: "Gateway Timeout",
};

export function httpReason(status: number): string {
  return REASONS[status] ?? "Error";
}
