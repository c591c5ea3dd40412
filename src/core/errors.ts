/**
 * Failures as values: every error the client raises is one of these classes, so callers can
 * branch on the class or on `status` instead of parsing text.
 */

export interface ApiErrorDetails {
  /** HTTP status, or 0 for a connection-level failure. */
  status: number;
  /** `service/Method` of the RPC, or the URL path of a transfer. */
  rpc?: string;
  /** The server's request id when it sent one. */
  requestId?: string;
}

/** Base class of everything the Kaggle API (or the network on the way to it) answers with. */
export class KaggleApiError extends Error {
  readonly status: number;
  readonly rpc: string | undefined;
  readonly requestId: string | undefined;

  constructor(message: string, details: ApiErrorDetails) {
    super(message);
    this.name = new.target.name;
    this.status = details.status;
    this.rpc = details.rpc;
    this.requestId = details.requestId;
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
  constructor(message: string, details: Omit<ApiErrorDetails, "status"> = {}) {
    super(message, { ...details, status: 0 });
  }
}

/** Maps an HTTP status to the error class that describes it. */
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
