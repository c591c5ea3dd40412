/**
 * The Kaggle API client: one transport, one set of credentials, one resource object per
 * Kaggle service. Constructing it reads nothing; credentials and config are looked up on the
 * first call that needs them.
 */
import fs from "node:fs";
import { maxJsonBytes } from "./http/answer";
import { configString, loadConfig, type ConfigValues } from "./config";
import { authorizationHeader, findAccessToken, findApiKey, findOAuthCredentials, secretsOf, type Credentials } from "./credentials";
import { currentHost, type Clock, type HostInfo, type Logger, silentLogger, systemClock } from "./env";
import { apiErrorFor, AuthenticationError, MissingCredentialsError, type KaggleApiError } from "./errors";
import type { DownloadResult, DownloadSource } from "./http/download";
import { AuthResource } from "./resources/auth";
import { BlobsResource } from "./resources/blobs";
import { InboxResource } from "./resources/inbox";
import { loginNeedsRefresh, refreshLogin } from "./login-refresh";
import { CompetitionsResource } from "./resources/competitions";
import { DatasetsResource } from "./resources/datasets";
import { DiscussionsResource } from "./resources/discussions";
import { KernelsResource } from "./resources/kernels";
import { ModelsResource } from "./resources/models";
import type { RetryPolicy } from "./http/retry";
import { proxyFromEnv, resolveEndpoint, Transport, type FetchLike } from "./http/transport";
import { SearchResource } from "./resources/search";
import { openGet } from "./http/open-get";
import { RPCS, rpcParts, type FileRpc, type JsonRpc, type RedirectRpc, type RpcName, type RpcRequest, type RpcResponse } from "./rpc";
import type { ClientDownloadOptions, ClientUploadOptions, Transfers } from "./http/transfer";
import type { UploadResult } from "./http/upload";
import { webBase } from "./refs";
import { VERSION } from "./version";
import type { WireResponse } from "./http/wire";

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
  readonly models: ModelsResource;
  readonly blobs: BlobsResource;
  readonly discussions: DiscussionsResource;
  readonly search: SearchResource;
  readonly auth: AuthResource;
  readonly inbox: InboxResource;
  private readonly options: KaggleClientOptions;
  private config: ReturnType<typeof loadConfig> | undefined;
  private creds: Credentials | undefined | null = null;
  private fallback: Credentials | undefined;
  private tokenUser: string | undefined;
  private transfersLoaded: Promise<Transfers> | undefined;
  private refreshing: Promise<Credentials> | undefined;
  private renewedAfterRefusal = false;

  constructor(options: KaggleClientOptions = {}) {
    this.options = options;
    this.host = options.host ?? currentHost();
    this.logger = options.logger ?? silentLogger;
    this.clock = options.clock ?? systemClock;
    const proxy = this.proxy();
    this.transport = new Transport({
      endpoint: options.endpoint ?? resolveEndpoint(this.host.env),
      authorization: async () => {
        const creds = await this.freshCredentials();
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
    this.models = new ModelsResource(this);
    this.blobs = new BlobsResource(this);
    this.discussions = new DiscussionsResource(this);
    this.search = new SearchResource(this);
    this.auth = new AuthResource(this);
    this.inbox = new InboxResource(this);
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

  /** Where the endpoint's web pages are: kaggle.com, or an emulator's own host (see `webBase` in refs.ts). */
  get webBase(): string {
    return webBase(this.transport.endpoint);
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
      this.creds = apiKey ?? findOAuthCredentials(this.host);
    }
    if (this.creds?.method === "LEGACY_API_KEY") this.warnIfReadable(file);
    return this.creds;
  }

  /** {@link credentials}, with a saved login's access token renewed first if it has run out. */
  async freshCredentials(): Promise<Credentials | undefined> {
    const creds = this.credentials();
    if (creds?.method !== "OAUTH" || !loginNeedsRefresh(creds, this.clock.now())) return creds;
    this.refreshing ??= refreshLogin(this, creds).finally(() => (this.refreshing = undefined));
    this.creds = await this.refreshing;
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
      throw apiErrorFor("The access token was rejected by Kaggle: create a new one and set KAGGLE_API_TOKEN again", {
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
    if (auth === "none") return this.transport.call<RpcResponse<N>>(service, method, body, { ...opts, idempotent, anonymous: true });
    const creds = auth === "optional" ? this.credentials() : this.requireCredentials();
    const call = { ...opts, idempotent };
    try {
      return await this.transport.call<RpcResponse<N>>(service, method, body, { ...call, anonymous: !creds });
    } catch (err) {
      if (await this.recoverAuth(err)) return this.transport.call<RpcResponse<N>>(service, method, body, call);
      throw err;
    }
  }

  /**
   * After a 401: a rejected access token gives way to the API key; a refused login token is
   * renewed once (the server may count time differently, or have ended that token early).
   */
  private async recoverAuth(err: unknown): Promise<boolean> {
    if (this.switchToFallback(err)) return true;
    if (!(err instanceof AuthenticationError) || this.creds?.method !== "OAUTH" || this.renewedAfterRefusal) return false;
    this.renewedAfterRefusal = true;
    this.logger.debug("the saved login's access token was refused; renewing it");
    this.creds = await refreshLogin(this, this.creds);
    return true;
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
      if (!(await this.recoverAuth(err))) throw err;
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
      if (await this.recoverAuth(err)) return this.transport.callRaw(service, method, body, call);
      throw err;
    }
  }

  /** The byte transfers, with this client's logger, clock, retry policy, proxy and stall window. */
  private transfers(): Promise<Transfers> {
    this.transfersLoaded ??= import("./http/transfer").then(
      ({ Transfers }) =>
        new Transfers({
          logger: this.logger,
          clock: this.clock,
          retry: this.options.retry,
          proxy: () => this.proxy(),
          idleTimeout: () => this.host.env.KAGGLE_TRANSFER_TIMEOUT,
        }),
    );
    return this.transfersLoaded;
  }

  /** Opens a `GET` of a plain API path with the caller's credentials (if any); the body is read as it comes. */
  async openStream(path: string, accept: string, opts: { signal?: AbortSignal } = {}): Promise<WireResponse> {
    const creds = this.credentials();
    try {
      return await openGet(this.transport, path, accept, { ...opts, anonymous: !creds });
    } catch (err) {
      if (this.switchToFallback(err)) return openGet(this.transport, path, accept, opts);
      throw err;
    }
  }

  /** Runs a streaming download (http/download.ts) through the client's transfer settings. */
  async download(opts: ClientDownloadOptions): Promise<DownloadResult> {
    return (await this.transfers()).download(opts);
  }

  /** Runs a streamed, resumable upload (http/upload.ts) through the client's transfer settings. */
  async upload(opts: ClientUploadOptions): Promise<UploadResult> {
    return (await this.transfers()).upload(opts);
  }

  /** The size of the file at a URL (a `HEAD`), or undefined when the server does not say. */
  async remoteSize(url: string): Promise<number | undefined> {
    return (await this.transfers()).size(url);
  }
}

export type { KaggleApiError };
