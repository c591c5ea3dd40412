/**
 * The retry policy: which failures are worth another attempt and how long to wait first.
 * Exponential backoff with jitter, `Retry-After` honoured, bounded in attempts and in total time.
 */
import type { Clock, Logger } from "../env";
import { ConnectionError, IntegrityError, KaggleApiError, ProtocolError } from "../errors";

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  maxAttempts: number;
  /** Delay before the second attempt; doubles each time. */
  initialDelayMs: number;
  maxDelayMs: number;
  /** Total time budget for all attempts and waits of one call. */
  maxElapsedMs: number;
  /** Random factor in [0, 1) used for jitter; injectable for tests. */
  random: () => number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 5,
  initialDelayMs: 1_000,
  maxDelayMs: 30_000,
  maxElapsedMs: 120_000,
  random: Math.random,
};

export const NO_RETRY: RetryPolicy = { ...DEFAULT_RETRY_POLICY, maxAttempts: 1 };

/**
 * Whether a failure may be retried. Calls that create something (a submission, a dataset
 * version) are retried only when the server certainly did not act: a 429, a 503, or a
 * connection that was never established. Faults found in an answer or in the bytes
 * ({@link ProtocolError}, {@link IntegrityError}) and local failures are never retried.
 */
export function isRetryable(err: unknown, idempotent: boolean): boolean {
  if (!(err instanceof KaggleApiError) || err instanceof ProtocolError || err instanceof IntegrityError) return false;
  if (err.retry !== undefined) return err.retry;
  const { status } = err;
  if (status === 429 || status === 503) return true;
  if (err instanceof ConnectionError) return idempotent || err.neverConnected;
  return idempotent && (status === 500 || status === 502 || status === 504);
}

/** Seconds or an HTTP date, as `Retry-After` allows; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

/** Backoff before attempt `attempt + 1` (attempt counts from 1): jittered to 50–150%. */
export function backoffDelay(policy: RetryPolicy, attempt: number): number {
  const base = Math.min(policy.maxDelayMs, policy.initialDelayMs * 2 ** (attempt - 1));
  return Math.round(base * (0.5 + policy.random()));
}

export interface RetryContext {
  policy: RetryPolicy;
  clock: Clock;
  logger: Logger;
  /** What is being done, for log lines: `ListCompetitions`, `download of train.csv`. */
  label: string;
  idempotent: boolean;
  signal?: AbortSignal;
}

/**
 * The one retry decision, shared by RPCs, downloads and uploads: after failure number
 * `failures` (counting from 1) of a call that began at `started`, either rethrows the error
 * (not retryable, attempts or time used up, or cancelled) or logs and waits the backoff, so
 * that the caller may try again.
 */
export async function waitBeforeRetry(ctx: RetryContext, err: unknown, failures: number, started: number): Promise<void> {
  const { policy, clock, logger } = ctx;
  if (failures >= policy.maxAttempts || ctx.signal?.aborted || !isRetryable(err, ctx.idempotent)) throw annotate(err, failures);
  const hinted = err instanceof KaggleApiError ? err.retryAfterMs : undefined;
  const delay = hinted !== undefined ? Math.min(hinted, policy.maxDelayMs * 2) : backoffDelay(policy, failures);
  if (clock.now() - started + delay > policy.maxElapsedMs) throw annotate(err, failures);
  const reason = err instanceof Error ? err.message : String(err);
  logger.warn(`${ctx.label} failed (${reason}); retrying in ${(delay / 1000).toFixed(1)} s (attempt ${failures + 1} of ${policy.maxAttempts})`);
  await clock.sleep(delay, ctx.signal);
}

/**
 * Runs `attempt` until it succeeds, fails with an error that is not retryable, or the policy's
 * attempts or time run out; the last error is rethrown with the attempt count in its message.
 */
export async function withRetry<T>(ctx: RetryContext, attempt: (n: number) => Promise<T>): Promise<T> {
  const started = ctx.clock.now();
  for (let n = 1; ; n++) {
    try {
      return await attempt(n);
    } catch (err) {
      await waitBeforeRetry(ctx, err, n, started);
    }
  }
}

function annotate(err: unknown, attempts: number): unknown {
  if (attempts > 1 && err instanceof Error && !err.message.includes("attempts)")) {
    err.message = `${err.message} (gave up after ${attempts} attempts)`;
  }
  return err;
}
