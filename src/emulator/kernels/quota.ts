/**
 * Accelerator quota, per user and per week: `GetAcceleratorQuotaStatistics` and the check
 * `SaveKernel` makes before a GPU or TPU run. Time used is the overlap of the user's GPU (TPU)
 * sessions with the current window (a running session counts up to now); time reserved is what a
 * running session may still take before its timeout. The emulator's choices where Kaggle's rule
 * is not public: the window starts on Saturday 00:00 UTC, and a push that needs an accelerator
 * whose quota is used up is refused with an `error`.
 */
import * as s from "../schema";
import { method } from "../service";
import { wireTime } from "../wire";
import type { KernelsState, KernelSessionRecord } from "./state";

const WEEK_MS = 7 * 86400_000;
/** 1970-01-01 was a Thursday; Saturday 00:00 UTC windows start two days later. */
const FIRST_SATURDAY_MS = 2 * 86400_000;

export type Accelerator = "gpu" | "tpu";

export interface AcceleratorUsage {
  usedMs: number;
  reservedMs: number;
  totalMs: number;
  hasEverRun: boolean;
}

/** The window `now` falls in: [start, start + one week). */
export function quotaWindow(now: number): { start: number; end: number } {
  const start = Math.floor((now - FIRST_SATURDAY_MS) / WEEK_MS) * WEEK_MS + FIRST_SATURDAY_MS;
  return { start, end: start + WEEK_MS };
}

function holds(sess: KernelSessionRecord, acc: Accelerator): boolean {
  return acc === "gpu" ? sess.gpu : sess.tpu === true;
}

/** `username`'s use of `acc` in the window of `now`. */
export function usage(st: KernelsState, username: string, acc: Accelerator, now: number): AcceleratorUsage {
  const { start } = quotaWindow(now);
  const u = username.toLowerCase();
  const seeded = (st.quotaUsedHours?.[u]?.[acc] ?? 0) * 3600_000;
  let usedMs = seeded;
  let reservedMs = 0;
  let hasEverRun = seeded > 0;
  for (const k of st.kernels) {
    if (k.owner.toLowerCase() !== u) continue;
    for (const v of k.versions) {
      const sess = v.session;
      if (!holds(sess, acc) || !sess.startedAt) continue;
      hasEverRun = true;
      const from = Date.parse(sess.startedAt);
      const to = sess.finishedAt ? Date.parse(sess.finishedAt) : now;
      usedMs += Math.max(0, Math.min(to, now) - Math.max(from, start));
      if (!sess.finishedAt) reservedMs += Math.max(0, from + sess.timeoutSeconds * 1000 - now);
    }
  }
  const totalMs = (acc === "gpu" ? (st.gpuQuotaHours ?? 30) : (st.tpuQuotaHours ?? 20)) * 3600_000;
  return { usedMs, reservedMs, totalMs, hasEverRun };
}

/** A protobuf JSON duration: `"3600s"`, `"151.5s"`. */
function duration(ms: number): string {
  return `${Math.round(ms) / 1000}s`;
}

export const getAcceleratorQuotaStatistics = method({
  request: s.object({}),
  handler(ctx) {
    const user = ctx.requireUser();
    const now = ctx.now();
    const quota = (acc: Accelerator) => {
      const u = usage(ctx.state.kernels, user.username, acc, now);
      return {
        timeUsed: duration(u.usedMs),
        timeReserved: duration(u.reservedMs),
        totalTimeAllowed: duration(u.totalMs),
        minimumTimeAllowed: duration(u.totalMs),
        isPayToScaleEnabled: false,
        hasEverRun: u.hasEverRun,
      };
    };
    return { quotaRefreshTime: wireTime(quotaWindow(now).end), gpuQuota: quota("gpu"), tpuQuota: quota("tpu") };
  },
});

/** Kaggle-style refusal when `username` has no `acc` quota left this week, else undefined. */
export function quotaRefusal(st: KernelsState, username: string, acc: Accelerator, now: number): string | undefined {
  const u = usage(st, username, acc, now);
  if (u.usedMs < u.totalMs) return undefined;
  const hours = (ms: number) => (ms / 3600_000).toFixed(2);
  return `Your weekly ${acc.toUpperCase()} quota is used up (${hours(u.usedMs)} of ${hours(u.totalMs)} hours); it refreshes at ${wireTime(quotaWindow(now).end)}`;
}
