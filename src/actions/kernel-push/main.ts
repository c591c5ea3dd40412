/**
 * kernel-push: pushes a kernel version, waits for its run (its log live in a collapsed group),
 * downloads its output when asked, and fails the step when the run fails (unless
 * `fail-on-error: false`). With `wait: false` it returns the kernel and version at once, for a
 * later kernel-status step to collect. `min-quota-hours` refuses a GPU/TPU push early.
 * plan: every input checked before the push; act: quota, push, wait, fetch the output; report:
 * the summary and the step's verdict.
 */
import fs from "node:fs";
import path from "node:path";
import * as core from "@actions/core";
import type { KaggleClient } from "../../core/client";
import { ConfigurationError } from "../../core/errors";
import { kernelUrl, pushedKernelRef, refName, type KernelRef } from "../../core/refs";
import { acceleratorOf, type AcceleratorQuota } from "../../core/resources/kernels";
import { createClient } from "../common/credentials";
import { checkOutputInputs, fetchOutput, isFinalStatus, reportRun, runVerdict, waitWithLog, type Ran } from "../common/kernel-run";
import type { Outputs } from "../common/outputs";
import { runAction, StepFailure } from "../common/run";
import type { InputValues } from "../common/spec";
import { spec } from "./spec";

type Inputs = InputValues<typeof spec.inputs>;
type KernelOutputs = Outputs<typeof spec.outputs>;

export function run() {
  return runAction(spec, async ({ inputs, outputs, summary }) => {
    const folder = plan(inputs);
    const { client } = createClient(inputs);
    const quota = await checkQuota(client, folder, inputs);
    const started = Date.now();
    const pushed = await push(client, folder, inputs, outputs);
    const ran: Ran = inputs.wait
      ? await waitWithLog(client, pushed.ref, { timeoutMs: inputs.timeout, showLog: inputs["show-log"] })
      : { status: await client.kernels.status(pushed.ref) };
    const runSeconds = Math.round((Date.now() - started) / 1000);
    outputs.setAll({ status: ran.status.status, "failure-message": ran.status.failureMessage });
    const final = inputs.wait && isFinalStatus(ran.status.status);
    const output = final
      ? await fetchOutput(client, pushed.ref, { folder: inputs["download-output"], pattern: inputs["output-pattern"] })
      : { files: [], log: "" };
    if ("outputPath" in output) outputs.set("output-path", output.outputPath);
    reportRun(summary, {
      ...pushed,
      ...ran,
      ...output,
      url: outputs.get("url")!,
      final,
      runTime: inputs.wait ? `${runSeconds} s` : "not waited for (collect it with kernel-status)",
      quota,
    });
    const failure = runVerdict({ ...pushed, ...ran, final, failOnError: inputs["fail-on-error"] });
    if (failure) throw new StepFailure(failure);
  });
}

/** Checks every input before the push (a run must not start for a step that then fails); the folder. */
function plan(inputs: Inputs): string {
  const folder = path.resolve(inputs.path);
  if (!fs.statSync(folder, { throwIfNoEntry: false })?.isDirectory()) {
    throw new ConfigurationError(`Input 'path': ${inputs.path} is not a folder`);
  }
  checkOutputInputs(inputs["download-output"], inputs["output-pattern"]);
  if (inputs["download-output"] && !inputs.wait) {
    throw new ConfigurationError("Input 'download-output' needs 'wait: true'; with 'wait: false' download the output with kernel-status");
  }
  return folder;
}

/**
 * The weekly quota of the accelerator the kernel uses (none: undefined). With `min-quota-hours`,
 * a push that cannot fit fails here, before anything is sent; without it, a failed quota
 * request is only a warning.
 */
async function checkQuota(client: KaggleClient, folder: string, inputs: Inputs): Promise<AcceleratorQuota | undefined> {
  const req = client.kernels.plan(folder, inputs.accelerator ? { accelerator: inputs.accelerator } : {}).request;
  const acc = acceleratorOf(inputs.accelerator ?? req.machineShape, req.enableGpu, req.enableTpu);
  const min = inputs["min-quota-hours"];
  if (!acc) return undefined;
  let quota: AcceleratorQuota | undefined;
  try {
    quota = (await client.kernels.quota()).quotas.find((q) => q.resource === acc);
  } catch (err) {
    if (min !== undefined) throw err;
    core.warning(`Could not read the ${acc} quota: ${(err as Error).message}`);
    return undefined;
  }
  if (min === undefined) return quota;
  const left = (quota?.availableSeconds ?? 0) / 3600;
  if (left < min) {
    throw new StepFailure(
      `Not pushed: this kernel needs a ${acc} and only ${left.toFixed(2)} of the week's ${((quota?.totalSeconds ?? 0) / 3600).toFixed(2)} ${acc} hours are left (min-quota-hours: ${min})`,
    );
  }
  return quota;
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
  const base: KernelRef = pushedKernelRef(res.ref) ?? pushed.plan.ref!;
  const version = res.versionNumber;
  const ref: KernelRef = { owner: base.owner, slug: base.slug, ...(version !== undefined ? { version } : {}) };
  const label = refName({ owner: ref.owner, slug: ref.slug });
  outputs.setAll({ kernel: label, version, url: res.url || kernelUrl(label, client.webBase), status: "QUEUED" });
  core.info(`Kernel version ${version ?? "?"} pushed: ${outputs.get("url")}`);
  return { ref, label, version };
}
