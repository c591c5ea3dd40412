/**
 * kernel-push: pushes a kernel version, waits for its run, downloads its output when asked, and
 * fails the step when the run fails (unless `fail-on-error: false`). Made for pull request checks.
 * plan: every input checked before the push; act: push, wait, fetch the output; report: the
 * summary and the step's verdict.
 */
import fs from "node:fs";
import path from "node:path";
import * as core from "@actions/core";
import type { KaggleClient } from "../../core/client";
import { ConfigurationError, DeadlineExceededError } from "../../core/errors";
import { kernelUrl, pushedKernelRef, refName, type KernelRef } from "../../core/refs";
import { compileFilePattern, isFinalStatus, type KernelStatus } from "../../core/resources/kernels";
import type { KernelLogRecord } from "../../core/types/kernels";
import { createClient } from "../common/credentials";
import type { Outputs } from "../common/outputs";
import { runAction, StepFailure } from "../common/run";
import type { InputValues } from "../common/spec";
import { cell, link, type Summary } from "../common/summary";
import { spec } from "./spec";

type Inputs = InputValues<typeof spec.inputs>;
type KernelOutputs = Outputs<typeof spec.outputs>;

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

export function run() {
  return runAction(spec, async ({ inputs, outputs, summary }) => {
    const folder = plan(inputs);
    const { client } = createClient(inputs);
    const started = Date.now();
    const pushed = await push(client, folder, inputs, outputs);
    const ran = await awaitRun(client, pushed, inputs, outputs);
    const runSeconds = Math.round((Date.now() - started) / 1000);
    outputs.setAll({ status: ran.status.status, "failure-message": ran.status.failureMessage });
    const final = isFinalStatus(ran.status.status);
    const output = final ? await fetchOutput(client, pushed.ref, inputs, outputs) : { files: [], log: "" };
    report(summary, outputs, { ...pushed, ...ran, ...output, final, runSeconds, waited: inputs.wait });
    verdict({ ...pushed, ...ran, final, failOnError: inputs["fail-on-error"] });
  });
}

/** Checks every input before the push (a run must not start for a step that then fails); the folder. */
function plan(inputs: Inputs): string {
  const folder = path.resolve(inputs.path);
  if (!fs.statSync(folder, { throwIfNoEntry: false })?.isDirectory()) {
    throw new ConfigurationError(`Input 'path': ${inputs.path} is not a folder`);
  }
  const pattern = inputs["output-pattern"];
  if (pattern !== undefined) {
    if (!inputs["download-output"]) {
      throw new ConfigurationError("Input 'output-pattern' needs 'download-output': set the folder to download the matching output files into");
    }
    try {
      compileFilePattern(pattern);
    } catch (err) {
      throw new ConfigurationError(`Input 'output-pattern': ${(err as Error).message}`);
    }
  }
  if (inputs["download-output"] && fs.statSync(path.resolve(inputs["download-output"]), { throwIfNoEntry: false })?.isFile()) {
    throw new ConfigurationError(`Input 'download-output': ${inputs["download-output"]} is a file; give a folder`);
  }
  return folder;
}

interface Pushed {
  ref: KernelRef;
  label: string;
  version: number | undefined;
}

async function push(client: KaggleClient, folder: string, inputs: Inputs, outputs: KernelOutputs): Promise<Pushed> {
  const pushed = await core.group(`Pushing ${path.basename(folder)}`, async () => {
    const r = await client.kernels.push(folder, { ...(inputs.accelerator ? { accelerator: inputs.accelerator } : {}) });
    for (const w of r.plan.warnings) core.warning(w);
    return r;
  });
  const res = pushed.response;
  if (res.error) throw new StepFailure(`Kaggle refused the kernel push: ${res.error}`);
  for (const [what, list] of [
    ["tags", res.invalidTags],
    ["dataset sources", res.invalidDatasetSources],
    ["competition sources", res.invalidCompetitionSources],
    ["kernel sources", res.invalidKernelSources],
    ["model sources", res.invalidModelSources],
  ] as const) {
    if (list?.length) core.warning(`Kaggle ignored these ${what}: ${list.join(", ")}`);
  }
  const ref: KernelRef = pushedKernelRef(res.ref) ?? pushed.plan.ref!;
  const label = refName(ref);
  const version = res.versionNumber;
  outputs.setAll({ kernel: label, version, url: res.url || kernelUrl(label, client.webBase), status: "QUEUED" });
  core.info(`Kernel version ${version ?? "?"} pushed: ${outputs.get("url")}`);
  return { ref, label, version };
}

interface Ran {
  status: KernelStatus;
  /** The deadline's message when the wait timed out. */
  timedOut?: string | undefined;
}

/** The run's status: waited for until it ends (or the timeout passes), or read once. */
async function awaitRun(client: KaggleClient, pushed: Pushed, inputs: Inputs, outputs: KernelOutputs): Promise<Ran> {
  if (!inputs.wait) return { status: await client.kernels.status(pushed.ref) };
  const { ref, label, version } = pushed;
  let status: KernelStatus = { status: "QUEUED", failureMessage: "" };
  let last = "";
  try {
    status = await core.group(`Waiting for the run (up to ${Math.round(inputs.timeout / 1000)} s)`, () =>
      client.kernels.waitForRun(
        { ...ref, ...(version !== undefined ? { version } : {}) },
        {
          timeoutMs: inputs.timeout,
          onPoll: (s) => {
            if (s.status !== last) core.info(`${label}: ${s.status}`);
            last = s.status;
            status = s;
          },
        },
      ),
    );
    return { status };
  } catch (err) {
    if (!(err instanceof DeadlineExceededError)) throw err;
    if (inputs["cancel-on-timeout"]) {
      core.warning(
        `${label} is still running and was not cancelled: Kaggle's public API does not tell which session to cancel; stop it on ${outputs.get("url")}`,
      );
    }
    return { status, timedOut: err.message };
  }
}

interface RunOutput {
  files: string[];
  log: string;
}

/** The ended run's output files (downloaded when asked, else listed) and its log as text. */
async function fetchOutput(client: KaggleClient, ref: KernelRef, inputs: Inputs, outputs: KernelOutputs): Promise<RunOutput> {
  if (!inputs["download-output"]) {
    const listed = await client.kernels.outputFiles(ref);
    return { files: listed.files.map((f) => f.fileName ?? "").filter(Boolean), log: logText(listed.log) };
  }
  const dir = path.resolve(inputs["download-output"]);
  const got = await core.group(`Downloading the output into ${dir}`, () =>
    client.kernels.downloadOutput(ref, dir, { force: true, ...(inputs["output-pattern"] ? { pattern: inputs["output-pattern"] } : {}) }),
  );
  outputs.set("output-path", dir);
  return { files: got.files.map((f) => f.fileName), log: got.logPath ? logText(fs.readFileSync(got.logPath, "utf8")) : "" };
}

function report(
  summary: Summary,
  outputs: KernelOutputs,
  r: Pushed & Ran & RunOutput & { final: boolean; runSeconds: number; waited: boolean },
): void {
  const ok = r.status.status === "COMPLETE";
  summary.heading(`Kaggle kernel ${cell(r.label)}: ${ok ? ":white_check_mark:" : r.final ? ":x:" : ":hourglass:"} ${cell(r.status.status)}`).facts([
    ["Kernel", link(r.label, outputs.get("url")!)],
    ["Version", cell(r.version)],
    ["Status", cell(r.status.status)],
    ["Failure", cell(r.status.failureMessage)],
    ["Run time", r.waited ? `${r.runSeconds} s${r.timedOut ? " (timed out)" : ""}` : "not waited for"],
    ["Output folder", outputs.get("output-path") ? `\`${cell(outputs.get("output-path"))}\`` : undefined],
  ]);
  if (r.files.length) {
    summary.foldedMarkdown(
      `${r.files.length} output file${r.files.length === 1 ? "" : "s"}`,
      ["| File |", "| --- |", ...r.files.slice(0, 1000).map((f) => `| \`${cell(f)}\` |`)].join("\n"),
    );
  }
  if (r.final && !ok && r.log) summary.details("End of the run log", r.log, 64 * 1024);
}

/** Fails the step on a timeout, or on a failed run unless `fail-on-error: false`. */
function verdict(r: Pushed & Ran & { final: boolean; failOnError: boolean }): void {
  if (r.timedOut) throw new StepFailure(r.timedOut);
  if (r.final && r.status.status !== "COMPLETE" && r.failOnError) {
    throw new StepFailure(
      `The run of ${r.label} version ${r.version ?? "?"} ended with ${r.status.status}${r.status.failureMessage ? `: ${r.status.failureMessage}` : ""}`,
    );
  }
}
