import { CREDENTIAL_INPUTS } from "../common/shared-inputs";
import { defineAction } from "../common/spec";

export const spec = defineAction({
  name: "kernel-status",
  title: "Kaggle kernel status",
  description:
    "Collects a kernel run started earlier (kernel-push with wait: false): waits for that version with its own deadline (its log live), downloads its output, and fails the step when the run failed.",
  inputs: {
    kernel: { description: "The kernel, owner/slug (kernel-push's `kernel` output).", required: true },
    version: { description: "The version to collect (kernel-push's `version` output). Empty: the latest version.", kind: "int" },
    wait: {
      description:
        "Wait until the run ends. false: look once; a run still going is reported (status output) and the step passes, so that a scheduled collector can look again later.",
      kind: "boolean",
      default: "true",
    },
    timeout: {
      description: "How long to wait for the run: seconds, or a duration such as 90s, 15m or 5h.",
      kind: "duration",
      positive: true,
      default: "5h",
    },
    "show-log": { description: "Show the run's log live in a collapsed group of the step log while waiting.", kind: "boolean", default: "true" },
    "download-output": { description: "Folder to download the run's output files and log into. Empty: download nothing." },
    "output-pattern": { description: "Only download output files whose names match this regular expression." },
    "fail-on-error": { description: "Fail the step when the run ends in error or is cancelled.", kind: "boolean", default: "true" },
    ...CREDENTIAL_INPUTS,
  },
  outputs: {
    kernel: "The kernel, owner/slug.",
    version: "The version collected.",
    url: "Link to the kernel on kaggle.com.",
    status: "Run status: QUEUED, RUNNING, COMPLETE, ERROR, CANCEL_REQUESTED or CANCEL_ACKNOWLEDGED.",
    done: "true once the run has ended (whatever its outcome), false while it is still queued or running.",
    "failure-message": "Kaggle's failure message when the run failed.",
    "output-path": "Absolute path of the folder the output was downloaded into (empty when not downloaded).",
  },
});
