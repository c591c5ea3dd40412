/**
 * The Kaggle API client: one transport, one set of credentials, one resource object per
 * Kaggle service. Constructing it reads nothing; credentials and config are looked up on the
 * first call that needs them.
 */
import fs from "node:fs";
import { maxJsonBytes } from "./answer";
import { configString, loadConfig, type ConfigValues } from "./config";
import { authorizationHeader, findAccessToken, findApiKey, findOAuthCredentials, secretsOf, type Credentials } from "./credentials";
import { currentHost, type Clock, type HostInfo, type Logger, silentLogger, systemClock } from "./env";
import { AuthenticationError, MissingCredentialsError, type KaggleApiError } from "./errors";
import type { DownloadOptions, DownloadResult, DownloadSource } from "./download";
import { BlobsResource } from "./resources/blobs";
import { CompetitionsResource } from "./resources/competitions";
import { DatasetsResource } from "./resources/datasets";
import { KernelsResource } from "./resources/kernels";
import type { RetryPolicy } from "./retry";
import { proxyFromEnv, resolveEndpoint, Transport, type FetchLike } from "./transport";
import { RPCS, rpcParts, type FileRpc, type JsonRpc, type RedirectRpc, type RpcName, type RpcRequest, type RpcResponse } from "./rpc";
import type { UploadOptions, UploadResult } from "./upload";
import { VERSION } from "./version";
import type { WireResponse } from "./wire";

export interface KaggleClientOptions {
  /** Environment, home folder and platform; defaults to this process's. */
  host?: HostInfo;
  /** Use these credentials instead of looking them up. */
  credentials?: Credentials;
  endpoint?: string;
  fetch?: FetchLike;
  logger?: Logger;
  clock?: Clock;
  retry?: Partial<RetryPolicy>;
  timeoutMs?: number;
  proxy?: string;
  userAgent?: string;
}

/** Asked without the credential check and fallback of {@link KaggleClient.rpc}: it is part of them. */
const INTROSPECT = "security.OAuthService/IntrospectToken" satisfies RpcName;

export const NO_CREDENTIALS_MESSAGE =
  "No Kaggle credentials found: set KAGGLE_USERNAME and KAGGLE_KEY, or KAGGLE_API_TOKEN, or save kaggle.json " +
  "(Settings > API > Create New Token on kaggle.com) in ";

export class KaggleClient {
  readonly host: HostInfo;
  readonly transport: Transport;
  readonly logger: Logger;
  readonly clock: Clock;
  readonly competitions: CompetitionsResource;
  readonly datasets: DatasetsResource;
  readonly kernels: KernelsResource;
  readonly blobs: BlobsResource;
  private readonly options: KaggleClientOptions;
  private config: ReturnType<typeof loadConfig> | undefined;
  private creds: Credentials | undefined | null = null;
  private fallback: Credentials | undefined;
  private tokenUser: string | undefined;

  constructor(options: KaggleClientOptions = {}) {
    this.options = options;
    this.host = options.host ?? currentHost();
    this.logger = options.logger ?? silentLogger;
    this.clock = options.clock ?? systemClock;
    const proxy = this.proxy();
    this.transport = new Transport({
      endpoint: options.endpoint ?? resolveEndpoint(this.host.env),
      authorization: () => {
        const creds = this.credentials();
        return creds ? authorizationHeader(creds) : undefined;
      },
      secrets: () => this.secrets(),
      logger: this.logger,
      clock: this.clock,
      ...(options.fetch ? { fetch: options.fetch } : {}),
      ...(options.retry ? { retry: options.retry } : {}),
      ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
      ...(proxy ? { proxy } : {}),
      userAgent: options.userAgent ?? `kaggle-actions/${VERSION}`,
      maxJsonBytes: () => maxJsonBytes(this.host.env.KAGGLE_MAX_JSON_MB),
    });
    this.competitions = new CompetitionsResource(this);
    this.datasets = new DatasetsResource(this);
    this.kernels = new KernelsResource(this);
    this.blobs = new BlobsResource(this);
  }

  /**
   * The proxy for every request: the client option, else the `proxy` config value
   * (`KAGGLE_PROXY`, else `kaggle config set -n proxy`), else `HTTPS_PROXY`/`HTTP_PROXY`.
   */
  private proxy(): string | undefined {
    if (this.options.proxy) return this.options.proxy;
    let configured: string | undefined;
    try {
      configured = this.configValue("proxy");
    } catch {
      // A malformed kaggle.json is reported by the credential lookup that every request makes.
    }
    return proxyFromEnv(this.host.env, configured);
  }

  /** `kaggle.json` merged with the `KAGGLE_*` environment. */
  configuration(): { dir: string; file: string; values: ConfigValues } {
    this.config ??= loadConfig(this.host);
    return this.config;
  }

  configValue(name: string): string | undefined {
    return configString(this.configuration().values, name);
  }

  /** The credentials in effect, looked up once in the official order; undefined if none. */
  credentials(): Credentials | undefined {
    if (this.creds !== null) return this.creds;
    if (this.options.credentials) {
      this.creds = this.options.credentials;
      return this.creds;
    }
    const { file, values } = this.configuration();
    const apiKey = findApiKey(values, file);
    const token = findAccessToken(this.host);
    if (token) {
      this.creds = { method: "ACCESS_TOKEN", token: token.token, source: token.source };
      this.fallback = apiKey;
    } else {
      this.creds = apiKey ?? findOAuthCredentials(this.host, this.clock.now());
    }
    if (this.creds?.method === "LEGACY_API_KEY") this.warnIfReadable(file);
    return this.creds;
  }

  /** Like {@link credentials}, but a missing set of credentials is an error. */
  requireCredentials(): Credentials {
    const creds = this.credentials();
    if (!creds) throw new MissingCredentialsError(`${NO_CREDENTIALS_MESSAGE}${this.configuration().dir}`);
    return creds;
  }

  /** Every secret the client holds, for redaction. */
  secrets(): string[] {
    const out = secretsOf(this.creds ?? undefined);
    if (this.fallback) out.push(...secretsOf(this.fallback));
    return out;
  }

  /** The Kaggle user name of the caller; for a token, asked of the server once. */
  async username(): Promise<string> {
    const creds = this.requireCredentials();
    if (creds.method === "LEGACY_API_KEY") return creds.username;
    if (creds.username) return creds.username;
    this.tokenUser ??= await this.introspect(creds.token);
    return this.tokenUser;
  }

  private async introspect(token: string): Promise<string> {
    const body: RpcRequest<typeof INTROSPECT> = { token };
    const { service, method } = rpcParts(INTROSPECT);
    const res = await this.transport.call<RpcResponse<typeof INTROSPECT>>(service, method, body);
    if (!res.active || !res.username) {
      throw new AuthenticationError("The access token was rejected by Kaggle: create a new one and set KAGGLE_API_TOKEN again", {
        status: 401,
        rpc: INTROSPECT,
      });
    }
    return res.username;
  }

  private warnIfReadable(file: string): void {
    if (this.host.platform === "win32") return;
    try {
      const mode = fs.statSync(file).mode;
      if (mode & 0o044) {
        this.logger.warn(`Your Kaggle API key is readable by other users on this system! To fix this, you can run 'chmod 600 ${file}'`);
      }
    } catch {
      // credentials came from the environment
    }
  }

  /**
   * Calls an RPC of the table (`rpc.ts`) with the caller's credentials, as its row says
   * (retried freely or not, credentials required or optional). A rejected access token falls
   * back to the API key from `kaggle.json` or the environment once, as the official CLI does.
   */
  async rpc<N extends JsonRpc>(name: N, body: RpcRequest<N>, opts: { signal?: AbortSignal } = {}): Promise<RpcResponse<N>> {
    const { service, method } = rpcParts(name);
    const { idempotent, auth } = RPCS[name];
    const creds = auth === "optional" ? this.credentials() : this.requireCredentials();
    const call = { ...opts, idempotent };
    try {
      return await this.transport.call<RpcResponse<N>>(service, method, body, { ...call, anonymous: !creds });
    } catch (err) {
      if (this.switchToFallback(err)) return this.transport.call<RpcResponse<N>>(service, method, body, call);
      throw err;
    }
  }

  private switchToFallback(err: unknown): boolean {
    if (!(err instanceof AuthenticationError) || !this.fallback || this.creds?.method !== "ACCESS_TOKEN") return false;
    this.logger.debug(`access token rejected; using the API key from ${this.fallback.source}`);
    this.creds = this.fallback;
    this.fallback = undefined;
    return true;
  }

  /** Resolves an `HttpRedirect` RPC into a download source. */
  async redirectSource<N extends RedirectRpc>(name: N, body: RpcRequest<N>): Promise<DownloadSource> {
    const { service, method } = rpcParts(name);
    const creds = RPCS[name].auth === "optional" ? this.credentials() : this.requireCredentials();
    const call = () => this.transport.resolveRedirect(service, method, body, { anonymous: !creds });
    let target;
    try {
      target = await call();
    } catch (err) {
      if (!this.switchToFallback(err)) throw err;
      target = await call();
    }
    if ("response" in target) return target;
    return { ...target, apiOrigin: new URL(this.transport.endpoint).origin };
  }

  /** Calls a `FileDownload` RPC; the answer's body is the file, not read here. */
  async fileResponse<N extends FileRpc>(name: N, body: RpcRequest<N>): Promise<WireResponse> {
    const { service, method } = rpcParts(name);
    const { idempotent, auth } = RPCS[name];
    const creds = auth === "optional" ? this.credentials() : this.requireCredentials();
    const call = { idempotent };
    try {
      return await this.transport.callRaw(service, method, body, { ...call, anonymous: !creds });
    } catch (err) {
      if (this.switchToFallback(err)) return this.transport.callRaw(service, method, body, call);
      throw err;
    }
  }

  /** Runs a streaming download with this client's logger, clock and proxy. */
  async download(opts: Omit<DownloadOptions, "logger" | "clock" | "proxy">): Promise<DownloadResult> {
    const [{ downloadFile }, { transferIdleMs }] = await Promise.all([(downloadModule ??= import("./download")), (httpModule ??= import("./http"))]);
    const idleTimeoutMs = opts.idleTimeoutMs ?? transferIdleMs(this.host.env.KAGGLE_TRANSFER_TIMEOUT);
    const retry = { ...this.options.retry, ...opts.retry };
    return downloadFile({ ...opts, idleTimeoutMs, retry, logger: this.logger, clock: this.clock, proxy: this.proxy() });
  }

  /** Runs a streamed, resumable upload with this client's logger, clock and proxy. */
  async upload(opts: Omit<UploadOptions, "logger" | "clock" | "proxy">): Promise<UploadResult> {
    const [{ uploadFile }, { transferIdleMs }] = await Promise.all([(uploadModule ??= import("./upload")), (httpModule ??= import("./http"))]);
    const idleTimeoutMs = opts.idleTimeoutMs ?? transferIdleMs(this.host.env.KAGGLE_TRANSFER_TIMEOUT);
    const retry = { ...this.options.retry, ...opts.retry };
    return uploadFile({ ...opts, idleTimeoutMs, retry, logger: this.logger, clock: this.clock, proxy: this.proxy() });
  }
}

/** The transfer modules, loaded on first use (an `import()` per file of a thousand costs megabytes of garbage). */
let downloadModule: Promise<typeof import("./download")> | undefined;
let uploadModule: Promise<typeof import("./upload")> | undefined;
let httpModule: Promise<typeof import("./http")> | undefined;

export type { KaggleApiError };
