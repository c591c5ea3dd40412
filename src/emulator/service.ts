/**
 * What a service module exports, and what its handlers receive and may return.
 *
 *     export const datasetsService = defineService({
 *       service: "datasets.DatasetApiService",
 *       methods: {
 *         ListDatasets: method({
 *           request: s.object({ search: s.optional(s.string()), page: s.optional(s.int()) }),
 *           auth: "optional",
 *           handler: async (ctx, body) => ({ datasets: [...] }),
 *         }),
 *       },
 *     });
 *
 * A handler returns a plain object (sent as JSON with default-valued fields omitted), or
 * `reply.redirect(url)`, `reply.file(storedFile)`, `reply.bytes(buffer, …)`, `reply.json(obj)`
 * (sent as is), or throws `new ApiError(status, message)`.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Clock } from "./clock";
import type { FaultSet } from "./faults";
import type { Infer, Schema } from "./schema";
import type { EmulatorState, StateStore, User } from "./state";
import type { Storage, StoredFile } from "./storage";

/** Hooks one domain offers another (declaration-mergeable, set in a domain's `start()`). */
export interface Extensions {
  /**
   * Find the output file of a kernel version for `CreateCodeSubmission` (set by the kernels
   * domain). Undefined result: no such kernel/version/output.
   */
  resolveKernelOutput?: (
    owner: string,
    slug: string,
    version: number | undefined,
    fileName: string | undefined,
  ) => Promise<{ path: string; fileName: string } | undefined> | { path: string; fileName: string } | undefined;
}

export interface RuntimeOptions {
  lenient: boolean;
  verbose: boolean;
  /** Scenario name (bundled) or file path the state came from. */
  scenario: string;
}

/** The running emulator as services see it. */
export interface Runtime {
  readonly options: RuntimeOptions;
  readonly store: StateStore;
  readonly storage: Storage;
  readonly clock: Clock;
  readonly faults: FaultSet;
  readonly extensions: Extensions;
  /** Debug line to stderr when `--verbose`. */
  log(line: string): void;
  /** Run `fn` after `ms` (timers are cancelled when the emulator closes; errors are logged). */
  schedule(ms: number, fn: () => void | Promise<void>): void;
}

export interface RequestContext {
  readonly rt: Runtime;
  /** The live state (mutate it, then call `changed()`). */
  readonly state: EmulatorState;
  readonly storage: Storage;
  /** The authenticated caller, if any. */
  readonly user: User | undefined;
  /** The caller, or a 401 if the request is anonymous. */
  requireUser(): User;
  /** `http://host:port` as the client addressed the emulator. */
  readonly baseUrl: string;
  readonly service: string;
  readonly method: string;
  readonly req: IncomingMessage;
  /** Milliseconds since the epoch on the emulator's clock. */
  now(): number;
  /** Next id of `kind` (persisted). */
  nextId(kind: string, start?: number): number;
  /** Mark the state as modified so it is persisted after the request. */
  changed(): void;
}

/** `required` (default): 401 without valid credentials. `optional`: anonymous allowed, bad credentials still 401. `none`: credentials ignored. */
export type AuthMode = "required" | "optional" | "none";

export interface MethodDefinition<S extends Schema<unknown> = Schema<unknown>> {
  request: S;
  auth?: AuthMode;
  handler(ctx: RequestContext, body: Infer<S>): Reply | Promise<Reply>;
}

export interface ServiceDefinition {
  /** Dotted proto service name, e.g. `competitions.CompetitionApiService`. */
  service: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  methods: Record<string, MethodDefinition<any>>;
  /** Plain HTTP endpoints beside the RPCs (e.g. the kernel log stream). */
  routes?: RouteDefinition[];
}

/** What a plain HTTP endpoint receives: it writes the answer itself (or throws an `ApiError` before writing). */
export interface RouteContext {
  readonly rt: Runtime;
  readonly user: User | undefined;
  readonly req: IncomingMessage;
  readonly res: ServerResponse;
}

export interface RouteDefinition {
  method: "GET";
  /** Matched against the URL path; its groups are passed to `handle`. */
  path: RegExp;
  auth?: AuthMode;
  handle(ctx: RouteContext, match: RegExpExecArray): Promise<void>;
}

/** Identity helpers that give handlers a typed `body`. */
export function method<S extends Schema<unknown>>(def: MethodDefinition<S>): MethodDefinition<S> {
  return def;
}
export function defineService<T extends ServiceDefinition>(def: T): T {
  return def;
}

export class RedirectReply {
  constructor(
    readonly location: string,
    readonly status: 301 | 302 | 303 | 307 | 308 = 302,
  ) {}
}

export class FileReply {
  constructor(
    readonly file: StoredFile,
    readonly headers: Record<string, string> = {},
  ) {}
}

export class BytesReply {
  constructor(
    readonly bytes: Buffer,
    readonly contentType: string,
    readonly headers: Record<string, string> = {},
  ) {}
}

export class JsonReply {
  constructor(
    readonly body: unknown,
    readonly status = 200,
  ) {}
}

export type Reply = RedirectReply | FileReply | BytesReply | JsonReply | Record<string, unknown>;

export const reply = {
  /** HTTP redirect (302 by default) to `location`. */
  redirect: (location: string, status: 301 | 302 | 303 | 307 | 308 = 302) => new RedirectReply(location, status),
  /** Stream a file from disk (200/206, Range, HEAD). */
  file: (file: StoredFile, headers: Record<string, string> = {}) => new FileReply(file, headers),
  /** Small in-memory body. */
  bytes: (bytes: Buffer, contentType = "application/octet-stream", headers: Record<string, string> = {}) =>
    new BytesReply(bytes, contentType, headers),
  /** JSON sent exactly as given (no default omission). */
  json: (body: unknown, status = 200) => new JsonReply(body, status),
};
