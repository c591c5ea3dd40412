import assert from "node:assert/strict";
import { test } from "node:test";
import { backoffDelay, DEFAULT_RETRY_POLICY, parseRetryAfter, withRetry } from "../../src/core/http/retry";
import { BadRequestError, ConnectionError, IntegrityError, KaggleApiError, ProtocolError, RateLimitError, ServerError } from "../../src/core/errors";
import { FakeClock } from "../helpers/clock";

const quiet = { debug() {}, info() {}, warn() {} };

test("Retry-After in seconds and as an HTTP date", () => {
  const now = Date.parse("2024-01-02T03:04:05Z");
  assert.equal(parseRetryAfter("3", now), 3000);
  assert.equal(parseRetryAfter("Tue, 02 Jan 2024 03:04:15 GMT", now), 10_000);
  assert.equal(parseRetryAfter("soon", now), undefined);
  assert.equal(parseRetryAfter(undefined, now), undefined);
});

test("backoff doubles and is jittered between 50% and 150%", () => {
  const lo = { ...DEFAULT_RETRY_POLICY, random: () => 0 };
  const hi = { ...DEFAULT_RETRY_POLICY, random: () => 0.999 };
  assert.deepEqual(
    [1, 2, 3].map((n) => backoffDelay(lo, n)),
    [500, 1000, 2000],
  );
  assert.deepEqual(
    [1, 2, 3].map((n) => backoffDelay(hi, n)),
    [1499, 2998, 5996],
  );
  assert.equal(backoffDelay(lo, 20), DEFAULT_RETRY_POLICY.maxDelayMs / 2, "capped at maxDelay");
});

test("retries 503s, then succeeds; waits are taken from the clock", async () => {
  const clock = new FakeClock();
  let calls = 0;
  const result = await withRetry(
    { policy: { ...DEFAULT_RETRY_POLICY, random: () => 0.5 }, clock, logger: quiet, label: "X", idempotent: true },
    async () => {
      if (++calls < 3) throw new ServerError("503 Server Error", { status: 503 });
      return "ok";
    },
  );
  assert.equal(result, "ok");
  assert.deepEqual(clock.sleeps, [1000, 2000]);
});

test("a 429 waits what Retry-After asked for", async () => {
  const clock = new FakeClock();
  let calls = 0;
  await withRetry({ policy: DEFAULT_RETRY_POLICY, clock, logger: quiet, label: "X", idempotent: true }, async () => {
    if (++calls === 1) throw new RateLimitError("TooManyRequests", { status: 429, retryAfterMs: 7000 });
    return 1;
  });
  assert.deepEqual(clock.sleeps, [7000]);
});

test("400/401/403/404 are never retried", async () => {
  for (const status of [400, 401, 403, 404]) {
    let calls = 0;
    await assert.rejects(
      withRetry({ policy: DEFAULT_RETRY_POLICY, clock: new FakeClock(), logger: quiet, label: "X", idempotent: true }, async () => {
        calls++;
        throw new KaggleApiError("no", { status });
      }),
    );
    assert.equal(calls, 1, `status ${status}`);
  }
  await assert.rejects(
    withRetry({ policy: DEFAULT_RETRY_POLICY, clock: new FakeClock(), logger: quiet, label: "X", idempotent: true }, async () => {
      throw new BadRequestError("bad", { status: 400 });
    }),
    /bad$/,
  );
});

test("a persistent 500 gives up after maxAttempts and says so", async () => {
  const clock = new FakeClock();
  let calls = 0;
  await assert.rejects(
    withRetry({ policy: { ...DEFAULT_RETRY_POLICY, random: () => 0.5 }, clock, logger: quiet, label: "X", idempotent: true }, async () => {
      calls++;
      throw new ServerError("500 Server Error: Internal Server Error", { status: 500 });
    }),
    /gave up after 5 attempts/,
  );
  assert.equal(calls, 5);
  assert.ok(clock.time - 1_700_000_000_000 <= DEFAULT_RETRY_POLICY.maxElapsedMs);
});

test("the total time budget stops retries before the attempts run out", async () => {
  const clock = new FakeClock();
  let calls = 0;
  await assert.rejects(
    withRetry(
      {
        policy: { ...DEFAULT_RETRY_POLICY, maxAttempts: 100, maxElapsedMs: 10_000, random: () => 0.5 },
        clock,
        logger: quiet,
        label: "X",
        idempotent: true,
      },
      async () => {
        calls++;
        throw new ServerError("boom", { status: 502 });
      },
    ),
  );
  assert.ok(calls < 10, `stopped after ${calls} calls`);
  assert.ok(clock.time - 1_700_000_000_000 <= 10_000);
});

/** How many attempts a call makes that fails once with `err`, then succeeds. */
async function attempts(err: Error, idempotent: boolean): Promise<number> {
  let calls = 0;
  await withRetry({ policy: DEFAULT_RETRY_POLICY, clock: new FakeClock(), logger: quiet, label: "X", idempotent }, async () => {
    if (++calls === 1) throw err;
    return 1;
  }).catch(() => {});
  return calls;
}

test("calls that create something retry only when the server surely did nothing", async () => {
  const run = (err: Error) => attempts(err, false);
  assert.equal(await run(new ServerError("500", { status: 500 })), 1);
  assert.equal(await run(new ConnectionError("reset")), 1);
  assert.equal(await run(new ServerError("503", { status: 503 })), 2);
  assert.equal(await run(new RateLimitError("429", { status: 429 })), 2);
  assert.equal(await run(new ConnectionError("refused", { neverConnected: true })), 2);
});

test("faults found in an answer or in the bytes, and failures an answer reports, are never retried", async () => {
  const calls = (err: Error) => attempts(err, true);
  assert.equal(await calls(new ProtocolError("not JSON", { status: 0 })), 1);
  assert.equal(await calls(new ProtocolError("cannot resume (answered 502)", { status: 502 })), 1);
  assert.equal(await calls(new IntegrityError("Checksum mismatch")), 1);
  // An `errorMessage` in an answer: no HTTP status, but the server answered.
  assert.equal(await calls(new KaggleApiError("Dataset not found", { status: 0 })), 1);
  // The same shapes as network failures are retried.
  assert.equal(await calls(new ConnectionError("reset")), 2);
  assert.equal(await calls(new ServerError("502", { status: 502 })), 2);
  assert.equal(await calls(new ConnectionError("ENOTFOUND", { neverConnected: true, retry: false })), 1);
});
