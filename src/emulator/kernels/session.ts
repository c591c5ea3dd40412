/**
 * A session's life as the rest of the domain sees it: ending it (persisted at once), adding to
 * its log, and watchers that hear of both (the live log stream follows a run through them).
 */
import type { Runtime } from "../service";
import { isoTime } from "../wire";
import type { KernelLogEntry, KernelRecord, KernelSessionRecord } from "./state";

const MAX_LOG_BYTES = 4 << 20;

/** Callbacks by session id, told of each new log record and of the session's end. */
const watchers = new Map<number, Set<() => void>>();
const logBytes = new WeakMap<KernelSessionRecord, number>();

export function persist(rt: Runtime): void {
  rt.store.markDirty();
  rt.store.saveIfDirty();
}

function notify(s: KernelSessionRecord): void {
  for (const fn of watchers.get(s.id) ?? []) fn();
}

/** Calls `fn` after each change to session `s` (log record or end) until the returned function is called. */
export function watchSession(s: KernelSessionRecord, fn: () => void): () => void {
  let set = watchers.get(s.id);
  if (!set) watchers.set(s.id, (set = new Set()));
  set.add(fn);
  return () => {
    set.delete(fn);
    if (set.size === 0) watchers.delete(s.id);
  };
}

/** One record of the run log, at `time` seconds into the run (the log is capped at 4 MiB). */
export function appendLog(s: KernelSessionRecord, stream: KernelLogEntry["stream_name"], data: string, time: number): void {
  const used = logBytes.get(s) ?? 0;
  if (used > MAX_LOG_BYTES) return;
  logBytes.set(s, used + data.length);
  s.log.push({ stream_name: stream, time, data: used + data.length > MAX_LOG_BYTES ? "[kaggle-emulator] log truncated\n" : data });
  notify(s);
}

export function finish(rt: Runtime, k: KernelRecord, s: KernelSessionRecord, status: KernelSessionRecord["status"], failureMessage?: string): void {
  s.status = status;
  if (failureMessage) s.failureMessage = failureMessage;
  else delete s.failureMessage;
  s.finishedAt = isoTime(rt.clock.now());
  void k;
  persist(rt);
  notify(s);
}
