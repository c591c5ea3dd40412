import { DIR_MODES } from "../../core/uploads";
import { CREDENTIAL_INPUTS, PUBLISH_INPUTS } from "../common/shared-inputs";
import { defineAction } from "../common/spec";

export const spec = defineAction({
  name: "model-version",
  title: "Kaggle model version",
  description:
    "Publishes a folder as a new version of a Kaggle model instance (owner/model/framework/variation), creating the model and the instance when missing, skipping the upload when the content has not changed, and waits until Kaggle has processed it.",
  inputs: {
    model: { description: "The model instance: owner/model/framework/variation, e.g. alice/tiny-mlp/pytorch/default.", required: true },
    path: { description: "Folder holding the model files.", default: "." },
    "version-notes": { description: "Notes of the new version. Default: the commit subject and short SHA." },
    create: { description: "Create the model and the instance when they do not exist yet.", kind: "boolean", default: "true" },
    license: {
      description: "When creating the instance, its licence (a name Kaggle knows, e.g. Apache 2.0, MIT, CC-BY-4.0).",
      default: "Apache 2.0",
    },
    public: { description: "When creating the model, make it public (otherwise private).", kind: "boolean", default: "false" },
    "dir-mode": { description: "What to do with subfolders: skip, zip or tar them.", kind: "choice", choices: DIR_MODES, default: "zip" },
    ignore: PUBLISH_INPUTS.ignore,
    "skip-unchanged": {
      description: "Publish nothing when the content digest of the files equals the one recorded with the latest version.",
      kind: "boolean",
      default: "true",
    },
    wait: PUBLISH_INPUTS.wait,
    timeout: PUBLISH_INPUTS.timeout,
    ...CREDENTIAL_INPUTS,
  },
  outputs: {
    model: "The model, owner/model.",
    instance: "The instance, owner/model/framework/variation (framework as kaggle.com spells it).",
    version: "Version number now current (the existing one when nothing changed).",
    url: "Link to the version (or the instance) on kaggle.com.",
    changed: "true when a version was published (or the instance created), false when skipped as unchanged.",
    files: "Number of files uploaded.",
    bytes: "Bytes uploaded.",
  },
});
