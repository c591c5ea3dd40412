/**
 * kernel-status: the collecting half of "dispatch now, collect later". Waits (or looks once) for
 * a version pushed earlier, with its own deadline, downloads the ended run's output, and fails
 * the step when the run failed. plan: inputs checked before any request; act: wait, fetch the
 * output; report: the summary and the verdict.
 */
import * as core from "@actions/core";
import type { KaggleClient } from "../../core/client";
import { ConfigurationError } from "../../core/errors";
import { kernelUrl, parseKernelRef, refName, type KernelRef } from "../../core/refs";
import { createClient } from "../common/credentials";
import { checkOutputInputs, fetchOutput, isFinalStatus, reportRun, runVerdict, waitWithLog, type Ran } from "../common/kernel-run";
import { runAction, StepFailure } from "../common/run";
import type { InputValues } from "../common/spec";
import { spec } from "./spec";

type Inputs = InputValues<typeof spec.inputs>;

export function run() {
  return runAction(spec, async ({ inputs, outputs, summary }) => {
    const ref = plan(inputs);
    const label = refName({ owner: ref.owner, slug: ref.slug });
    const url = kernelUrl(label);
    outputs.setAll({ kernel: label, version: ref.version, url });
    const { client } = createClient(inputs);
    const started = Date.now();
    const ran: Ran = inputs.wait
      ? await waitWithLog(client, ref, { timeoutMs: inputs.timeout, showLog: inputs["show-log"] })
      : { status: await client.kernels.status(ref) };
    const final = isFinalStatus(ran.status.status);
    outputs.setAll({ status: ran.status.status, "failure-message": ran.status.failureMessage, done: final });
    if (!final && !ran.timedOut)
      core.notice(`${label}${ref.version !== undefined ? ` version ${ref.version}` : ""} is still ${ran.status.status}; look again later`);
    const stale = final ? await newerVersion(client, ref) : undefined;
    if (stale && inputs["download-output"]) throw new StepFailure(stale);
    if (stale) core.warning(stale);
    const fetch = final && !stale;
    const output = fetch
      ? await fetchOutput(client, ref, { folder: inputs["download-output"], pattern: inputs["output-pattern"] })
      : { files: [], log: "" };
    if ("outputPath" in output) outputs.set("output-path", output.outputPath);
    const runTime = inputs.wait ? `waited ${Math.round((Date.now() - started) / 1000)} s` : "looked once";
    reportRun(summary, { ...ran, ...output, label, url, version: ref.version, final, runTime });
    const failure = runVerdict({ ...ran, label, version: ref.version, final, failOnError: inputs["fail-on-error"] });
    if (failure) throw new StepFailure(failure);
  });
}

function plan(inputs: Inputs): KernelRef {
  let ref: KernelRef;
  try {
    ref = parseKernelRef(inputs.kernel);
  } catch (err) {
    throw new ConfigurationError(`Input 'kernel': ${(err as Error).message}`);
  }
  if (ref.version !== undefined && inputs.version !== undefined && ref.version !== inputs.version) {
    throw new ConfigurationError(`Input 'kernel' names version ${ref.version} but input 'version' is ${inputs.version}; give one`);
  }
  const version = inputs.version ?? ref.version;
  checkOutputInputs(inputs["download-output"], inputs["output-pattern"]);
  return { owner: ref.owner, slug: ref.slug, ...(version !== undefined ? { version } : {}) };
}

/** Kaggle lists the output of the latest run only: why an older version's output cannot be had, or undefined. */
async function newerVersion(client: KaggleClient, ref: KernelRef): Promise<string | undefined> {
  if (ref.version === undefined) return undefined;
  const current = (await client.kernels.get({ owner: ref.owner, slug: ref.slug })).metadata?.currentVersionNumber;
  if (current === undefined || current <= ref.version) return undefined;
  return `${refName(ref)} version ${ref.version} has ended, but version ${current} was pushed since, and Kaggle serves the output of the latest run only; collect each version before pushing the next`;
}
