/**
 * Inputs that several actions accept. They are declared once here and spread into each action's
 * spec, so they mean (and are described) the same everywhere; a test checks it.
 */
import type { InputSpec } from "./spec";

export const CREDENTIAL_INPUTS = {
  username: {
    description: "Kaggle user name for `key`. Falls back to `KAGGLE_USERNAME`, then to the kaggle.json the setup action wrote.",
  },
  key: {
    description: "Kaggle API key (keep it in a secret). Falls back to `KAGGLE_KEY`, then to the kaggle.json the setup action wrote.",
    secret: true,
  },
  token: {
    description:
      "Kaggle API token, `KGAT_…` (keep it in a secret); used instead of `key` when both are given. Falls back to `KAGGLE_API_TOKEN`, then to what the setup action saved.",
    secret: true,
  },
  endpoint: {
    description:
      "Kaggle API base URL, for example a kaggle-emulator's `http://127.0.0.1:7777`. Falls back to `KAGGLE_API_ENDPOINT`, then `https://api.kaggle.com`.",
  },
} as const satisfies Record<string, InputSpec>;

/** Inputs of the actions that publish a folder (dataset-version, model-version). */
export const PUBLISH_INPUTS = {
  ignore: {
    description:
      "Files never to publish, on top of the defaults (.git/, .cache/, .huggingface/, .svn/, .hg/): wildcards on paths relative to `path`, a trailing / for a whole folder; comma- or newline-separated.",
    kind: "list",
  },
  wait: { description: "Wait until Kaggle has processed the version.", kind: "boolean", default: "true" },
  timeout: { description: "How long to wait for processing: seconds, or a duration such as 90s, 15m or 1h30m.", kind: "duration", default: "30m" },
} as const satisfies Record<string, InputSpec>;

export const COMPETITION_INPUT = {
  description: "Competition slug, as in `https://www.kaggle.com/competitions/<slug>`, or that URL.",
} as const satisfies InputSpec;

/** Names of every input shared through this module (for the consistency test). */
export const SHARED_INPUTS: Record<string, InputSpec> = { ...CREDENTIAL_INPUTS, competition: COMPETITION_INPUT };
