/**
 * kernel-push: pushes a kernel version, waits for its run, downloads its output when asked, and
 * fails the step when the run fails (unless `fail-on-error: false`). Made for pull request checks.
 */
import fs from "node:fs";
import path from "node:path";
import * as core from "@actions/core";
import { ConfigurationError, DeadlineExceededError } from "../../core/errors";
import { kernelUrl, pushedKernelRef, refName, type KernelRef } from "../../core/refs";
import { compileFilePattern, isFinalStatus, type KernelStatus } from "../../core/resources/kernels";
import type { KernelLogRecord } from "../../core/types/kernels";
import { createClient } from "../common/credentials";
import { durationInput } from "../common/inputs";
import { runAction, StepFailure } from "../common/run";
import { cell, link } from "../common/summary";
import { spec } from "./spec";

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
    const folder = path.resolve(inputs.path!);
    if (!fs.statSync(folder, { throwIfNoEntry: false })?.isDirectory()) {
      throw new ConfigurationError(`Input 'path': ${inputs.path} is not a folder`);
    }
    // Every input is checked before the push: a run must not start for a step that then fails.
    const timeoutMs = durationInput("timeout", inputs.timeout)!;
    if (timeoutMs <= 0) throw new ConfigurationError(`Input 'timeout' must be more than 0 seconds, got '${inputs.timeout}'`);
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
    const { client } = createClient(inputs);

    const started = Date.now();
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
    outputs.setAll({ kernel: label, version, url: res.url || kernelUrl(label), status: "QUEUED" });
    core.info(`Kernel version ${version ?? "?"} pushed: ${outputs.get("url")}`);

    let status: KernelStatus = { status: "QUEUED", failureMessage: "" };
    let timedOut: string | undefined;
    if (inputs.wait) {
      let last = "";
      try {
        status = await core.group(`Waiting for the run (up to ${Math.round(timeoutMs / 1000)} s)`, () =>
          client.kernels.waitForRun(
            { ...ref, ...(version !== undefined ? { version } : {}) },
            {
              timeoutMs,
              onPoll: (s) => {
                if (s.status !== last) core.info(`${label}: ${s.status}`);
                last = s.status;
                status = s;
              },
            },
          ),
        );
      } catch (err) {
        if (!(err instanceof DeadlineExceededError)) throw err;
        timedOut = err.message;
        if (inputs["cancel-on-timeout"]) {
          core.warning(
            `${label} is still running and was not cancelled: Kaggle's public API does not tell which session to cancel; stop it on ${outputs.get("url")}`,
          );
        }
      }
    } else {
      status = await client.kernels.status(ref);
    }
    const runSeconds = Math.round((Date.now() - started) / 1000);
    outputs.setAll({ status: status.status, "failure-message": status.failureMessage });

    const final = isFinalStatus(status.status);
    let outputFiles: string[] = [];
    let log = "";
    if (final) {
      if (inputs["download-output"]) {
        const dir = path.resolve(inputs["download-output"]);
        const got = await core.group(`Downloading the output into ${dir}`, () =>
          client.kernels.downloadOutput(ref, dir, { force: true, ...(inputs["output-pattern"] ? { pattern: inputs["output-pattern"] } : {}) }),
        );
        outputFiles = got.files.map((f) => f.fileName);
        if (got.logPath) log = logText(fs.readFileSync(got.logPath, "utf8"));
        outputs.set("output-path", dir);
      } else {
        const listed = await client.kernels.outputFiles(ref);
        outputFiles = listed.files.map((f) => f.fileName ?? "").filter(Boolean);
        log = logText(listed.log);
      }
    }

    const ok = status.status === "COMPLETE";
    summary.heading(`Kaggle kernel ${cell(label)}: ${ok ? ":white_check_mark:" : final ? ":x:" : ":hourglass:"} ${cell(status.status)}`).facts([
      ["Kernel", link(label, outputs.get("url")!)],
      ["Version", cell(version)],
      ["Status", cell(status.status)],
      ["Failure", cell(status.failureMessage)],
      ["Run time", inputs.wait ? `${runSeconds} s${timedOut ? " (timed out)" : ""}` : "not waited for"],
      ["Output folder", outputs.get("output-path") ? `\`${cell(outputs.get("output-path"))}\`` : undefined],
    ]);
    if (outputFiles.length) {
      summary.foldedMarkdown(`${outputFiles.length} output file${outputFiles.length === 1 ? "" : "s"}`, ["| File |", "| --- |", ...outputFiles.slice(0, 1000).map((f) => `| \`${cell(f)}\` |`)].join("\n"));
    }
    if (final && !ok && log) summary.details("End of the run log", log, 64 * 1024);

    if (timedOut) throw new StepFailure(timedOut);
    if (final && !ok && inputs["fail-on-error"]) {
      throw new StepFailure(`The run of ${label} version ${version ?? "?"} ended with ${status.status}${status.failureMessage ? `: ${status.failureMessage}` : ""}`);
    }
  });
}
