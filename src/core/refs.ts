/**
 * The one parser and formatter of the references users and servers write: datasets
 * (`owner/slug[/version]`), kernels (`owner/slug[/version]`, `/code/owner/slug`, URLs),
 * competitions (a slug or its URL), models, their instances and versions, and the kaggle.com pages they
 * name. Messages are the official CLI's.
 */
import { frameworkWord, lookupFramework } from "./enums";
import { ConfigurationError } from "./errors";
import type { ModelFramework } from "./types/models";

/** `owner/slug`, as refs are labelled in messages and requests. */
export function refName(ref: { owner: string; slug: string }): string {
  return `${ref.owner}/${ref.slug}`;
}

// ---------------------------------------------------------------- datasets

/** `owner/slug[/version]` as parsed from the command line or a metadata file. */
export interface DatasetRef {
  owner: string;
  slug: string;
  version?: number;
}

/**
 * Parses `owner/slug`, `owner/slug/N` or a bare `slug` (owner = `defaultOwner`), with the
 * official CLI's messages.
 */
export function parseDatasetRef(text: string, defaultOwner?: string): DatasetRef {
  const parts = text.split("/");
  if (parts.length === 1) {
    if (!defaultOwner || !text) {
      throw new ConfigurationError(`Dataset must be specified in the form of '{username}/{dataset-slug}', got '${text}'`);
    }
    return { owner: defaultOwner, slug: text };
  }
  if (parts.length > 3 || !parts[0] || !parts[1]) {
    throw new ConfigurationError(`Invalid dataset specification ${text}; write it as <owner>/<dataset-slug>[/<version>]`);
  }
  const ref: DatasetRef = { owner: parts[0], slug: parts[1] };
  if (parts.length === 3) {
    const v = parts[2]!;
    if (!/^\d+$/.test(v.trim())) {
      throw new ConfigurationError(`invalid literal for int() with base 10: '${v}'; the version after the second '/' must be a number`);
    }
    ref.version = Number(v);
  }
  return ref;
}

/** The ref in a dataset answer (`owner/slug`, `/datasets/owner/slug` or its URL). */
export function datasetRefFromAnswer(ref: string): DatasetRef {
  return parseDatasetRef(ref.replace(/^https?:\/\/[^/]+\/(datasets\/)?/, ""));
}

/**
 * What is wrong with `owner/slug[/version]` as the official CLI's `validate_dataset_string`
 * sees it, or undefined; `numberedVersion` also refuses a version that is not a number.
 */
export function checkDatasetString(text: string, opts: { numberedVersion?: boolean } = {}): string | undefined {
  if (!text.includes("/")) return "Dataset must be specified in the form of '{username}/{dataset-slug}'";
  const parts = text.split("/");
  if (!parts[0] || !parts[1] || parts.length > 3) return `Invalid dataset specification ${text}`;
  if (opts.numberedVersion && parts.length === 3 && !/^\d+$/.test(parts[2]!))
    return `Invalid dataset version '${parts[2]}' in ${text}: the version must be a number`;
  return undefined;
}

// ---------------------------------------------------------------- kernels

export interface KernelRef {
  owner: string;
  slug: string;
  /** Version number given as `owner/slug/N`. */
  version?: number;
}

export const KERNEL_FORM_MESSAGE = "Kernel must be specified in the form of '{username}/{kernel-slug}' or '{username}/{kernel-slug}/{version}'";

/**
 * `owner/slug`, `owner/slug/version` or a bare `slug` (owner = `defaultOwner`), checked as
 * kaggle 2.2 checks it.
 */
export function parseKernelRef(text: string, defaultOwner?: string): KernelRef {
  if (!text) throw new ConfigurationError("A kernel must be specified");
  if (!text.includes("/")) {
    if (!defaultOwner) throw new ConfigurationError(KERNEL_FORM_MESSAGE);
    return { owner: defaultOwner, slug: text };
  }
  const parts = text.split("/");
  if (parts.length > 3 || !parts[0] || !parts[1]) throw new ConfigurationError(KERNEL_FORM_MESSAGE);
  if (parts[1].length < 5) throw new ConfigurationError("Kernel slug must be at least five characters");
  const ref: KernelRef = { owner: parts[0], slug: parts[1] };
  if (parts.length === 3) {
    const v = parts[2]!;
    if (!v) throw new ConfigurationError("Kernel version cannot be empty if specified");
    if (!/^\d+$/.test(v) || Number(v) < 1) {
      throw new ConfigurationError(`Kernel version must be a positive number, got '${v}' in '${text}'`);
    }
    ref.version = Number(v);
  }
  return ref;
}

/**
 * Owner and slug of a pushed kernel from the push answer: its `ref` (`/code/owner/slug`) or its
 * URL, the first that names one; undefined when none does.
 */
export function pushedKernelRef(...texts: (string | undefined)[]): KernelRef | undefined {
  for (const text of texts) {
    const m = /(?:^|\/code\/|^\/)([^/\s]+)\/([^/\s?#]+)\/?$/.exec((text ?? "").replace(/^https?:\/\/[^/]+/, ""));
    if (m) return { owner: m[1]!, slug: m[2]! };
  }
  return undefined;
}

// ---------------------------------------------------------------- competitions

/** `https://www.kaggle.com/competitions/titanic` → `titanic`; a bare slug stays as it is. */
export function competitionSlug(ref: string): string {
  const trimmed = ref.replace(/\/+$/, "");
  const m = /\/(?:competitions|c)\/([^/?#]+)/.exec(trimmed);
  return m ? m[1]! : trimmed;
}

// ---------------------------------------------------------------- models

/** `owner/model`. */
export interface ModelRef {
  owner: string;
  slug: string;
}
/** `owner/model/framework/instance`; `framework` is the wire enum member. */
export interface ModelInstanceRef extends ModelRef {
  framework: ModelFramework;
  instance: string;
}
/** `owner/model/framework/instance/version`. */
export interface ModelVersionRef extends ModelInstanceRef {
  version: number;
}

export const MODEL_FORM_MESSAGE = "Model must be specified in the form of '{owner}/{model-slug}'";
export const MODEL_INSTANCE_FORM_MESSAGE = "Model instance must be specified in the form of '{owner}/{model-slug}/{framework}/{instance-slug}'";

/** `owner/model`, or a bare `model` owned by `defaultOwner` (the configured user), as the official CLI. */
export function parseModelRef(text: string, defaultOwner?: string): ModelRef {
  if (!text.includes("/")) {
    if (!defaultOwner || !text) throw new ConfigurationError(`${MODEL_FORM_MESSAGE}, got '${text}'`);
    return { owner: defaultOwner, slug: text };
  }
  const parts = text.split("/");
  if (parts.length !== 2) throw new ConfigurationError(MODEL_FORM_MESSAGE);
  if (!parts[0] || !parts[1]) throw new ConfigurationError(`Invalid model specification ${text}`);
  return { owner: parts[0], slug: parts[1] };
}

/** `owner/model/framework/instance`; the framework word is matched as the official CLI does (`pytorch` = `PyTorch`). */
export function parseModelInstanceRef(text: string): ModelInstanceRef {
  const parts = text.split("/");
  if (parts.length !== 4) throw new ConfigurationError(MODEL_INSTANCE_FORM_MESSAGE);
  if (parts.some((p) => p === "")) throw new ConfigurationError(`Invalid model instance specification ${text}`);
  return { owner: parts[0]!, slug: parts[1]!, framework: lookupFramework(parts[2]!), instance: parts[3]! };
}

/** `owner/model/framework/instance/N`, checked by {@link checkModelString}. */
export function parseModelVersionRef(text: string): ModelVersionRef {
  const problem = checkModelString(text);
  if (problem) throw new ConfigurationError(problem);
  const parts = text.split("/");
  return { ...parseModelInstanceRef(parts.slice(0, 4).join("/")), version: Number(parts[4]) };
}

/** `owner/model/framework/instance[/N]` with the framework in Kaggle's URL spelling (`pyTorch`). */
export function modelInstanceName(ref: ModelInstanceRef & { version?: number }): string {
  const base = `${ref.owner}/${ref.slug}/${frameworkWord(ref.framework)}/${ref.instance}`;
  return ref.version !== undefined ? `${base}/${ref.version}` : base;
}

export const modelUrl = (ref: ModelRef) => `${KAGGLE_WEB}/models/${refName(ref)}`;
export const modelInstanceUrl = (ref: ModelInstanceRef & { version?: number }) => `${KAGGLE_WEB}/models/${modelInstanceName(ref)}`;

/** `owner/model/framework/instance/version` of a model source, checked as the official CLI does. */
export function checkModelString(text: string): string | undefined {
  const parts = text.split("/");
  if (parts.length !== 5 || parts.some((p) => p === "")) {
    return "Model instance version must be specified in the form of '{owner}/{model-slug}/{framework}/{instance-slug}/{version-number}'";
  }
  if (!/^\d+$/.test(parts[4]!)) return "Model instance version's version-number must be an integer";
  return undefined;
}

// ---------------------------------------------------------------- kaggle.com pages

/** Links to kaggle.com pages, in the forms Kaggle prints today. */
export const KAGGLE_WEB = "https://www.kaggle.com";

/**
 * Where the pages of an API endpoint are: kaggle.com for Kaggle's own hosts (and when the
 * endpoint is unknown), else the endpoint's origin, since a kaggle-emulator serves its web view
 * at kaggle.com's paths on its own host.
 */
export function webBase(endpoint: string | undefined): string {
  if (!endpoint) return KAGGLE_WEB;
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return KAGGLE_WEB;
  }
  const host = url.hostname.toLowerCase();
  return host === "kaggle.com" || host.endsWith(".kaggle.com") ? KAGGLE_WEB : url.origin;
}

/** A kaggle.com page URL (as a server answers it) moved to `base`; other URLs are left as they are. */
export function onWeb(url: string, base: string): string {
  if (base === KAGGLE_WEB) return url;
  return url.replace(/^https?:\/\/(?:www\.)?kaggle\.com(?=[/?#]|$)/i, base);
}

export const competitionUrl = (slug: string, base = KAGGLE_WEB) => `${base}/competitions/${slug}`;
export const submissionsUrl = (slug: string, base = KAGGLE_WEB) => `${competitionUrl(slug, base)}/submissions`;
export const leaderboardUrl = (slug: string, base = KAGGLE_WEB) => `${competitionUrl(slug, base)}/leaderboard`;
/** A dataset's page (`owner/slug`), or one version's (`.../versions/N`) when the ref has one. */
export function datasetUrl(ref: string | DatasetRef, base = KAGGLE_WEB): string {
  if (typeof ref === "string") return `${base}/datasets/${ref}`;
  return `${datasetUrl(refName(ref), base)}${ref.version !== undefined ? `/versions/${ref.version}` : ""}`;
}
export const kernelUrl = (ref: string, base = KAGGLE_WEB) => `${base}/code/${ref}`;
