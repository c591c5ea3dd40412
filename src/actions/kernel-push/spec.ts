import { CREDENTIAL_INPUTS } from "../common/shared-inputs";
import { defineAction } from "../common/spec";

export const spec = defineAction({
  name: "kernel-push",
  title: "Kaggle kernel push",
  description:
    "Pushes a notebook or script as a new version of a Kaggle kernel, waits for the run (its log live), reports its status, run time, quota, output files and (on failure) the end of its log, and can download the output; or returns at once for kernel-status to collect.",
  inputs: {
    path: { description: "Folder holding kernel-metadata.json and the code file.", default: "." },
    wait: {
      description:
        "Wait until the run ends (complete, error or cancelled). false: return the kernel and version at once, for a later kernel-status step.",
      kind: "boolean",
      default: "true",
    },
    timeout: {
      description: "How long to wait for the run: seconds, or a duration such as 90s, 15m or 1h30m.",
      kind: "duration",
      positive: true,
      default: "1h",
    },
    accelerator: { description: "Accelerator for this run, e.g. NvidiaTeslaT4 (overrides machine_shape in the metadata)." },
    "download-output": { description: "Folder to download the run's output files and log into. Empty: download nothing." },
    "output-pattern": { description: "Only download output files whose names match this regular expression." },
    "show-log": { description: "Show the run's log live in a collapsed group of the step log while waiting.", kind: "boolean", default: "true" },
    "min-quota-hours": {
      description:
        "For a GPU or TPU kernel: fail before pushing unless at least this many hours of the week's accelerator quota are left. Empty: no check.",
      kind: "number",
    },
    "fail-on-error": { description: "Fail the step when the run ends in error or is cancelled.", kind: "boolean", default: "true" },
    ...CREDENTIAL_INPUTS,
  },
  outputs: {
    kernel: "The kernel, owner/slug.",
    version: "Version number of the pushed kernel.",
    url: "Link to the kernel on kaggle.com.",
    status: "Run status: QUEUED, RUNNING, COMPLETE, ERROR, CANCEL_REQUESTED or CANCEL_ACKNOWLEDGED (the last seen when not waiting).",
    "failure-message": "Kaggle's failure message when the run failed.",
    "output-path": "Absolute path of the folder the output was downloaded into (empty when not downloaded).",
  },
});
