/**
 * What kernel-push and kernel-status share: waiting for a kernel version's run with the run's
 * log shown live in a collapsed group, fetching the output of the ended run, the summary and the
 * step's verdict.
 */
import fs from "node:fs";
import path from "node:path";
import * as core from "@actions/core";
import type { KaggleClient } from "../../core/client";
import { ConfigurationError, DeadlineExceededError } from "../../core/errors";
import { refName, type KernelRef } from "../../core/refs";
import { compileFilePattern, isFinalStatus, type AcceleratorQuota, type KernelStatus } from "../../core/resources/kernels";
import type { KernelLogRecord } from "../../core/types/kernels";
import { cell, link, type Summary } from "./summary";

/** Lines of Kaggle's JSON run log as plain text (the raw text when it is not JSON). */
export function logText(raw: string): string {
  try {
    const records = JSON.parse(raw) as KernelLogRecord[];
    if (Array.isArray(records)) return records.map((r) => r.data ?? "").join("");
  } catch {
    // not the JSON form
  }
  return raw;
}

export interface Ran {
  status: KernelStatus;
  /** The deadline's message when the wait timed out. */
  timedOut?: string | undefined;
}

/** How long the live log may lag behind the status once the run has ended. */
const LOG_TAIL_MS = 30_000;

/**
 * Waits for the run of `ref` (with a version, that version's) until it ends or `timeoutMs`
 * passes, printing status changes and (with `showLog`) the run's log as it is produced, in a
 * collapsed group. The log is best effort: a failing log stream is a warning, never the verdict.
 */
export async function waitWithLog(client: KaggleClient, ref: KernelRef, opts: { timeoutMs: number; showLog: boolean }): Promise<Ran> {
  const label = refName(ref);
  let status: KernelStatus = { status: "QUEUED", failureMessage: "" };
  let last = "";
  const stopLog = new AbortController();
  core.startGroup(`Run of ${label}${ref.version !== undefined ? ` version ${ref.version}` : ""} (up to ${Math.round(opts.timeoutMs / 1000)} s)`);
  const following = opts.showLog
    ? client.kernels
        .followLog(ref, {
          timeoutMs: opts.timeoutMs,
          signal: stopLog.signal,
          onEvent: (e) => {
            if (typeof e.data === "string") core.info(e.data.replace(/\n$/, ""));
          },
        })
        .catch((err: unknown) => {
          if (!stopLog.signal.aborted) core.warning(`The live log of ${label} stopped: ${(err as Error).message}`);
        })
    : Promise.resolve();
  try {
    status = await client.kernels.waitForRun(ref, {
      timeoutMs: opts.timeoutMs,
      onPoll: (s) => {
        if (s.status !== last) core.info(`${label}: ${s.status}`);
        last = s.status;
        status = s;
      },
    });
    await Promise.race([following, client.clock.sleep(LOG_TAIL_MS, stopLog.signal).catch(() => {})]);
    return { status };
  } catch (err) {
    if (!(err instanceof DeadlineExceededError)) throw err;
    return { status, timedOut: err.message };
  } finally {
    stopLog.abort();
    await following;
    core.endGroup();
  }
}

/** `download-output` and `output-pattern`, checked before any request. */
export function checkOutputInputs(folder: string | undefined, pattern: string | undefined): void {
  if (pattern !== undefined) {
    if (!folder) {
      throw new ConfigurationError("Input 'output-pattern' needs 'download-output': set the folder to download the matching output files into");
    }
    try {
      compileFilePattern(pattern);
    } catch (err) {
      throw new ConfigurationError(`Input 'output-pattern': ${(err as Error).message}`);
    }
  }
  if (folder && fs.statSync(path.resolve(folder), { throwIfNoEntry: false })?.isFile()) {
    throw new ConfigurationError(`Input 'download-output': ${folder} is a file; give a folder`);
  }
}

export interface RunOutput {
  files: string[];
  log: string;
}

/** The ended run's output files (downloaded when a folder is given, else listed) and its log as text. */
export async function fetchOutput(
  client: KaggleClient,
  ref: KernelRef,
  opts: { folder: string | undefined; pattern: string | undefined },
): Promise<RunOutput & { outputPath?: string }> {
  const latest = { owner: ref.owner, slug: ref.slug };
  if (!opts.folder) {
    const listed = await client.kernels.outputFiles(latest);
    return { files: listed.files.map((f) => f.fileName ?? "").filter(Boolean), log: logText(listed.log) };
  }
  const dir = path.resolve(opts.folder);
  const got = await core.group(`Downloading the output into ${dir}`, () =>
    client.kernels.downloadOutput(latest, dir, { force: true, ...(opts.pattern ? { pattern: opts.pattern } : {}) }),
  );
  return { files: got.files.map((f) => f.fileName), log: got.logPath ? logText(fs.readFileSync(got.logPath, "utf8")) : "", outputPath: dir };
}

export interface RunReport extends Ran, RunOutput {
  label: string;
  url: string;
  version: number | undefined;
  final: boolean;
  /** `"<n> s"`, `"not waited for"`, … */
  runTime: string;
  outputPath?: string | undefined;
  quota?: AcceleratorQuota | undefined;
}

const hours = (seconds: number) => (seconds / 3600).toFixed(2);

export function reportRun(summary: Summary, r: RunReport): void {
  const ok = r.status.status === "COMPLETE";
  summary.heading(`Kaggle kernel ${cell(r.label)}: ${ok ? ":white_check_mark:" : r.final ? ":x:" : ":hourglass:"} ${cell(r.status.status)}`).facts([
    ["Kernel", link(r.label, r.url)],
    ["Version", cell(r.version)],
    ["Status", cell(r.status.status)],
    ["Failure", cell(r.status.failureMessage)],
    ["Run time", `${r.runTime}${r.timedOut ? " (timed out)" : ""}`],
    ["Output folder", r.outputPath ? `\`${cell(r.outputPath)}\`` : undefined],
    [
      "Quota",
      r.quota
        ? `${r.quota.resource}: ${hours(r.quota.availableSeconds)} of ${hours(r.quota.totalSeconds)} hours left this week (${hours(r.quota.usedSeconds)} used, ${hours(r.quota.reservedSeconds)} held by running sessions)`
        : undefined,
    ],
  ]);
  if (r.files.length) {
    summary.foldedMarkdown(
      `${r.files.length} output file${r.files.length === 1 ? "" : "s"}`,
      ["| File |", "| --- |", ...r.files.slice(0, 1000).map((f) => `| \`${cell(f)}\` |`)].join("\n"),
    );
  }
  if (r.final && !ok && r.log) summary.details("End of the run log", r.log, 64 * 1024);
}

/** Why the step fails: a timeout, or a run that did not complete (unless `failOnError` is false); undefined when it passes. */
export function runVerdict(r: Ran & { label: string; version: number | undefined; final: boolean; failOnError: boolean }): string | undefined {
  if (r.timedOut) return r.timedOut;
  if (r.final && r.status.status !== "COMPLETE" && r.failOnError) {
    return `The run of ${r.label} version ${r.version ?? "?"} ended with ${r.status.status}${r.status.failureMessage ? `: ${r.status.failureMessage}` : ""}`;
  }
  return undefined;
}

export { isFinalStatus };
