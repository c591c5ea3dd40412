import { DIR_MODES } from "../../core/uploads";
import { CREDENTIAL_INPUTS, PUBLISH_INPUTS } from "../common/shared-inputs";
import { defineAction } from "../common/spec";

export const spec = defineAction({
  name: "dataset-version",
  title: "Kaggle dataset version",
  description:
    "Publishes a folder as a new version of a Kaggle dataset (creating the dataset the first time), skipping the upload when the content has not changed, and waits until Kaggle has processed it.",
  inputs: {
    path: { description: "Folder holding dataset-metadata.json and the files.", default: "." },
    "version-notes": { description: "Notes of the new version. Default: the commit subject and short SHA." },
    create: { description: "Create the dataset when it does not exist yet.", kind: "boolean", default: "true" },
    public: { description: "When creating, make the dataset public (otherwise private).", kind: "boolean", default: "false" },
    "dir-mode": { description: "What to do with subfolders: skip, zip or tar them.", kind: "choice", choices: DIR_MODES, default: "skip" },
    ignore: PUBLISH_INPUTS.ignore,
    "delete-old-versions": { description: "Delete the dataset's earlier versions.", kind: "boolean", default: "false" },
    "skip-unchanged": {
      description: "Publish nothing when the content digest of the files equals the one recorded in the latest version's notes.",
      kind: "boolean",
      default: "true",
    },
    wait: PUBLISH_INPUTS.wait,
    timeout: PUBLISH_INPUTS.timeout,
    ...CREDENTIAL_INPUTS,
  },
  outputs: {
    dataset: "The dataset, owner/slug.",
    version: "Version number now current (the existing one when nothing changed).",
    url: "Link to the dataset on kaggle.com.",
    status: "Processing status: READY, or the last status seen (unchanged: the current version's).",
    changed: "true when a version was published (or the dataset created), false when skipped as unchanged.",
    files: "Number of files uploaded.",
    bytes: "Bytes uploaded.",
  },
});
