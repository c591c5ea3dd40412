/**
 * Failures as values: every error the client raises is one of these classes, so callers can
 * branch on the class or on `status` instead of parsing text.
 */

export interface ApiErrorDetails {
  /**
   * HTTP status; 0 when there is none: a connection-level failure, a failure the server reported
   * inside an answer (an `errorMessage` field), or a fault found in an answer on this side.
   */
  status: number;
  /** `service/Method` of the RPC, or the URL path of a transfer. */
  rpc?: string | undefined;
  /** The server's request id when it sent one. */
  requestId?: string | undefined;
  /** How long the server asked us to wait before another attempt (`Retry-After`), in ms. */
  retryAfterMs?: number | undefined;
  /**
   * Overrides the retry policy's decision by status: `false` for a failure another attempt
   * cannot cure (a host that does not exist), `true` for one that it can (an upload cut short).
   */
  retry?: boolean | undefined;
}

/** Base class of everything the Kaggle API (or the network on the way to it) answers with. */
export class KaggleApiError extends Error {
  readonly status: number;
  readonly rpc: string | undefined;
  readonly requestId: string | undefined;
  readonly retryAfterMs: number | undefined;
  readonly retry: boolean | undefined;

  constructor(message: string, details: ApiErrorDetails) {
    super(message);
    this.name = new.target.name;
    this.status = details.status;
    this.rpc = details.rpc;
    this.requestId = details.requestId;
    this.retryAfterMs = details.retryAfterMs;
    this.retry = details.retry;
  }
}

export class BadRequestError extends KaggleApiError {}
export class AuthenticationError extends KaggleApiError {}
export class PermissionDeniedError extends KaggleApiError {}
export class NotFoundError extends KaggleApiError {}
export class ConflictError extends KaggleApiError {}
export class RateLimitError extends KaggleApiError {}
export class ServerError extends KaggleApiError {}

/** A socket error, a refused connection or a timeout: nothing (or nothing whole) came back. */
export class ConnectionError extends KaggleApiError {
  /** The connection was never made, so the server surely did not act on the request. */
  readonly neverConnected: boolean;

  constructor(message: string, details: Omit<ApiErrorDetails, "status"> & { neverConnected?: boolean } = {}) {
    const { neverConnected, ...rest } = details;
    super(message, { ...rest, status: 0 });
    this.neverConnected = neverConnected ?? false;
  }
}

/**
 * An answer that breaks the protocol, found on this side: not JSON, a list field that is not
 * a list, an answer past the size limit, a redirect where none belongs, a missing upload or
 * download URL, a `Range` that cannot be read. `status` is the answer's HTTP status (0 when the
 * fault is in a body). Never retried: the same server gives the same answer.
 */
export class ProtocolError extends KaggleApiError {}

/**
 * Bytes that do not match what was declared: a download whose length or MD5 differs from the
 * server's, a file that changed size while it was being uploaded. Never retried as a network
 * error; the message says what is kept and how to start again.
 */
export class IntegrityError extends KaggleApiError {
  constructor(message: string, details: Omit<ApiErrorDetails, "status" | "retry"> = {}) {
    super(message, { ...details, status: 0 });
  }
}

/** Builds every failure the server answered with: the class that its HTTP status describes. */
export function apiErrorFor(message: string, details: ApiErrorDetails): KaggleApiError {
  const { status } = details;
  if (status === 400) return new BadRequestError(message, details);
  if (status === 401) return new AuthenticationError(message, details);
  if (status === 403) return new PermissionDeniedError(message, details);
  if (status === 404) return new NotFoundError(message, details);
  if (status === 409) return new ConflictError(message, details);
  if (status === 429) return new RateLimitError(message, details);
  if (status >= 500) return new ServerError(message, details);
  return new KaggleApiError(message, details);
}

/**
 * A mistake in what the user gave us (a flag, a metadata file, a missing file): one line that
 * names the input and the fix. `file`/`line` point at the offending file when there is one.
 */
export class ConfigurationError extends Error {
  readonly file: string | undefined;
  readonly line: number | undefined;

  constructor(message: string, location: { file?: string; line?: number } = {}) {
    super(message);
    this.name = "ConfigurationError";
    this.file = location.file;
    this.line = location.line;
  }
}

/** No credentials could be found in any of the places the official CLI looks. */
export class MissingCredentialsError extends ConfigurationError {
  constructor(message: string) {
    super(message);
    this.name = "MissingCredentialsError";
  }
}

/**
 * A local path that may not be written: a name (usually sent by the server) that is absolute,
 * climbs out with `..`, names the folder itself, or leads outside the destination through a
 * link. Not a network error, so it is never retried.
 */
export class UnsafePathError extends Error {
  /** Why, without the name: "contains '..' and would be written outside the folder". */
  readonly reason: string;

  constructor(message: string, reason = message) {
    super(message);
    this.name = "UnsafePathError";
    this.reason = reason;
  }
}

/** A wait (for a score, a kernel run, a dataset) ran past its deadline. */
export class DeadlineExceededError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DeadlineExceededError";
  }
}

/** Replaces every occurrence of each secret in `text` with `***`. */
export function redact(text: string, secrets: readonly (string | undefined)[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret && secret.length >= 4) out = out.split(secret).join("***");
  }
  return out;
}
