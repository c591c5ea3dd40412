import { COMPETITION_INPUT, CREDENTIAL_INPUTS } from "../common/shared-inputs";
import { defineAction } from "../common/spec";

export const spec = defineAction({
  name: "dataset-download",
  title: "Kaggle dataset download",
  description:
    "Downloads a Kaggle dataset or model (a given version or the latest) or a competition's data into a folder, unzipped, cached with actions/cache by the exact version so a second run downloads nothing.",
  inputs: {
    dataset: { description: "Dataset as `owner/slug` or `owner/slug/version`. Give this, `model` or `competition`." },
    model: { description: "Model instance as `owner/model/framework/variation` or `owner/model/framework/variation/version`." },
    competition: { ...COMPETITION_INPUT },
    path: { description: "Folder to download into (created when missing).", default: "kaggle-data" },
    files: { description: "Only files whose names match these globs, comma- or newline-separated (e.g. `*.csv`). Default: every file." },
    unzip: { description: "Extract downloaded zip archives (and a model's tar.gz) and delete them.", kind: "boolean", default: "true" },
    cache: {
      description: "Restore the folder from the Actions cache when this exact version was downloaded before, and save it after a download.",
      kind: "boolean",
      default: "true",
    },
    ...CREDENTIAL_INPUTS,
  },
  outputs: {
    path: "Absolute path of the folder holding the files.",
    version: "Dataset or model version number downloaded (empty for competition data, which has no versions).",
    "cache-hit": "true when the files came from the Actions cache.",
    bytes: "Total size of the files in the folder.",
  },
});
