import { CREDENTIAL_INPUTS } from "../common/shared-inputs";
import { defineAction } from "../common/spec";

export const spec = defineAction({
  name: "setup",
  title: "Kaggle setup",
  description:
    "Saves Kaggle credentials for the rest of the job (kaggle.json in a fresh folder under RUNNER_TEMP, removed after the job), checks them, and puts the kaggle CLI on PATH.",
  inputs: {
    ...CREDENTIAL_INPUTS,
    validate: {
      description: "Make one cheap API call to prove the credentials, failing fast with a clear message when Kaggle rejects them.",
      kind: "boolean",
      default: "true",
    },
  },
  outputs: {
    username: "The Kaggle user name the credentials belong to (empty for an unchecked token).",
    "config-dir": "The folder holding kaggle.json, exported as KAGGLE_CONFIG_DIR.",
    "cli-version": "Version of the kaggle CLI put on PATH.",
  },
});
