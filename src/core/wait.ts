/** Polling with a deadline: short intervals first, then backing off to a ceiling. */
import type { Clock } from "./env";
import { DeadlineExceededError } from "./errors";

export interface WaitOptions {
  /** Give up after this long (milliseconds). */
  timeoutMs: number;
  /** First pause between polls. */
  initialIntervalMs?: number;
  /** Longest pause between polls. */
  maxIntervalMs?: number;
  clock: Clock;
  signal?: AbortSignal;
  /** Text of the error thrown at the deadline. */
  describe: (elapsedMs: number) => string;
}

/** Calls `poll` until it returns a value other than undefined, or the deadline passes. */
export async function pollUntil<T>(poll: () => Promise<T | undefined>, opts: WaitOptions): Promise<T> {
  const { clock } = opts;
  const started = clock.now();
  let interval = opts.initialIntervalMs ?? 1_000;
  const ceiling = opts.maxIntervalMs ?? 30_000;
  for (;;) {
    const value = await poll();
    if (value !== undefined) return value;
    const elapsed = clock.now() - started;
    const left = opts.timeoutMs - elapsed;
    if (left <= 0) throw new DeadlineExceededError(opts.describe(elapsed));
    await clock.sleep(Math.min(interval, left), opts.signal);
    interval = Math.min(ceiling, Math.round(interval * 1.5));
  }
}
