/**
 * A kernel run's log, as kaggle 2.2.3 reads it (`kaggle_api_extended.py` `kernels_logs`,
 * `kernels_logs_stream`, `kernels_logs_cli`):
 *
 * - at once: the `log` of `ListKernelSessionOutput` (only `userName` and `kernelSlug` sent);
 * - followed: `GET /v1/kernels/logs/stream/<owner>/<slug>`, which answers Server-Sent Events
 *   (`data: {"stream_name","time","data"}`, ended by `data: END_OF_LOG`) while the run goes on,
 *   or the whole log as JSON once it has ended. A dropped connection is opened again (the server
 *   replays from the start; records already seen are skipped); five drops in a row without a
 *   new record end the follow with an error.
 */
import type { KaggleClient } from "../client";
import { ConnectionError, DeadlineExceededError } from "../errors";
import type { KernelRef } from "../refs";
import type { KernelLogRecord } from "../types/kernels";
import type { WireResponse } from "../http/wire";

export const LOG_STREAM_END = "END_OF_LOG";

/** One record of the stream: Kaggle's `{stream_name, time, data}`, or `{data}` for a line that is not JSON. */
export type LogEvent = Partial<KernelLogRecord> & Record<string, unknown>;

export interface FollowLogOptions {
  /** Called for each new record, in order (records replayed after a reconnect are not repeated). */
  onEvent: (event: LogEvent) => void;
  signal?: AbortSignal;
  /** Give up after this long (default 13 hours: longer than Kaggle's longest session). */
  timeoutMs?: number;
  /** A connection silent this long is dropped and opened again (default 5 minutes). */
  idleTimeoutMs?: number;
  /** Drops in a row without a new record before giving up (default 5, as kaggle 2.2.3). */
  maxFailures?: number;
  /** Pause before opening a dropped stream again (default 1 s, as kaggle 2.2.3). */
  reconnectDelayMs?: number;
  /** Told of each reconnect after the first in a row (kaggle 2.2.3 prints `Log stream connection lost, reconnecting...`). */
  onReconnect?: (failuresInARow: number) => void;
}

/** The log of the latest run at once (the raw text the server keeps: Kaggle's JSON array). */
export async function kernelLog(client: KaggleClient, ref: KernelRef): Promise<string> {
  const res = await client.rpc("kernels.KernelsApiService/ListKernelSessionOutput", { userName: ref.owner, kernelSlug: ref.slug });
  return res.log ?? "";
}

class StreamDropped extends Error {}

function streamPath(ref: KernelRef): string {
  const version = ref.version !== undefined ? `/${ref.version}` : "";
  return `/kernels/logs/stream/${encodeURIComponent(ref.owner)}/${encodeURIComponent(ref.slug)}${version}`;
}

/** Reads a body's lines as they come; a read silent for `idleMs` aborts the connection. */
async function* lines(res: WireResponse, idleMs: number, abort: AbortController): AsyncGenerator<string> {
  if (!res.body) return;
  const reader = res.body[Symbol.asyncIterator]();
  const decoder = new TextDecoder();
  let buffered = "";
  for (;;) {
    const timer = setTimeout(() => abort.abort(new StreamDropped("idle")), idleMs);
    let chunk: IteratorResult<Uint8Array>;
    try {
      chunk = await reader.next();
    } catch (err) {
      throw abort.signal.reason instanceof StreamDropped ? abort.signal.reason : new StreamDropped((err as Error).message);
    } finally {
      clearTimeout(timer);
    }
    if (chunk.done) break;
    buffered += decoder.decode(chunk.value, { stream: true });
    const parts = buffered.split(/\r?\n/);
    buffered = parts.pop()!;
    yield* parts;
  }
  buffered += decoder.decode();
  if (buffered) yield buffered;
}

/** The events of one connection: `ended` when the log is complete (end marker, or the whole log as JSON). */
async function* events(res: WireResponse, idleMs: number, abort: AbortController): AsyncGenerator<LogEvent, "ended" | "dropped"> {
  const type = (res.headers.get("content-type") ?? "").toLowerCase();
  if (type.startsWith("text/event-stream")) {
    for await (const line of lines(res, idleMs, abort)) {
      if (!line.startsWith("data:")) continue;
      const payload = line.slice(5).trimStart();
      if (payload === LOG_STREAM_END) return "ended";
      try {
        const parsed = JSON.parse(payload) as unknown;
        yield parsed !== null && typeof parsed === "object" && !Array.isArray(parsed) ? (parsed as LogEvent) : { data: payload };
      } catch {
        yield { data: payload };
      }
    }
    return "dropped";
  }
  const all: string[] = [];
  for await (const line of lines(res, idleMs, abort)) all.push(line);
  const body = all.join("\n");
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    for (const line of all) if (line) yield { data: line };
    return "ended";
  }
  for (const e of Array.isArray(parsed) ? parsed : [parsed]) if (e !== null && typeof e === "object") yield e as LogEvent;
  return "ended";
}

/** Follows the log of the latest run (or of `ref.version`) until the run ends. Returns the number of records. */
export async function followKernelLog(client: KaggleClient, ref: KernelRef, opts: FollowLogOptions): Promise<number> {
  const deadline = client.clock.now() + (opts.timeoutMs ?? 13 * 3600_000);
  const maxFailures = opts.maxFailures ?? 5;
  let seen = 0;
  let failures = 0;
  for (;;) {
    const before = seen;
    const abort = new AbortController();
    const left = deadline - client.clock.now();
    if (left <= 0)
      throw new DeadlineExceededError(`The log of ${ref.owner}/${ref.slug} was still going after the wait's deadline; raise the timeout`);
    const stop = setTimeout(
      () =>
        abort.abort(new DeadlineExceededError(`The log of ${ref.owner}/${ref.slug} was still going after the wait's deadline; raise the timeout`)),
      left,
    );
    const signal = opts.signal ? AbortSignal.any([opts.signal, abort.signal]) : abort.signal;
    try {
      const res = await client.openStream(streamPath(ref), "text/event-stream, */*", { signal });
      const stream = events(res, opts.idleTimeoutMs ?? 300_000, abort);
      let index = 0;
      for (;;) {
        const next = await stream.next();
        if (next.done) {
          if (next.value === "ended") return seen;
          throw new StreamDropped("closed before the end of the log");
        }
        if (index++ < seen) continue;
        seen = index;
        opts.onEvent(next.value);
      }
    } catch (err) {
      if (abort.signal.reason instanceof DeadlineExceededError) throw abort.signal.reason;
      if (opts.signal?.aborted) throw opts.signal.reason;
      if (!(err instanceof StreamDropped) && !(err instanceof ConnectionError)) throw err;
      failures = seen === before ? failures + 1 : 0;
      if (failures >= maxFailures) {
        throw new ConnectionError(`Log stream connection failed ${maxFailures} times with no new data; giving up`, { rpc: "kernels/logs/stream" });
      }
      if (failures > 1) opts.onReconnect?.(failures);
      await client.clock.sleep(opts.reconnectDelayMs ?? 1_000, opts.signal);
    } finally {
      clearTimeout(stop);
      abort.abort(new StreamDropped("done"));
    }
  }
}
