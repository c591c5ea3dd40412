/**
 * `model-metadata.json` and `model-instance-metadata.json`: the templates `models init` and
 * `models instances init` write, reading them (a JSON error names its line), the checks the
 * official CLI makes before create and update (placeholders, types, required keys), and the
 * files `models get -p` / `models instances get -p` write back.
 */
import fs from "node:fs";
import { ConfigurationError } from "../errors";
import { lookupFramework, looseEnum, shortEnumName } from "../enums";
import { joinLikePython, statOrUndefined, writeFileAtomicSync } from "../fs";
import { ModelInstanceTypes, type ApiModel, type ApiModelInstance, type ModelFramework, type ModelInstanceType } from "../types/models";
import { fail, parseMetadata, type MetadataDocument } from "./dataset-file";
import { pythonJson } from "./kernel-file";

export const MODEL_METADATA_FILE = "model-metadata.json";
export const MODEL_INSTANCE_METADATA_FILE = "model-instance-metadata.json";

const MODEL_DESCRIPTION = "# Model Summary\n\n# Model Characteristics\n\n# Data Overview\n\n# Evaluation Results\n";
const INSTANCE_USAGE = "# Model Format\n\n# Training Data\n\n# Model Inputs\n\n# Model Outputs\n\n# Model Usage\n\n# Fine-tuning\n\n# Changelog\n";

/** The template of `models init`, keys in the official order. */
export function modelTemplate(): string {
  return pythonJson({
    ownerSlug: "INSERT_OWNER_SLUG_HERE",
    title: "INSERT_TITLE_HERE",
    slug: "INSERT_SLUG_HERE",
    subtitle: "",
    isPrivate: true,
    description: MODEL_DESCRIPTION,
    publishTime: "",
    provenanceSources: "",
  });
}

/** The template of `models instances init`. */
export function instanceTemplate(): string {
  return pythonJson({
    ownerSlug: "INSERT_OWNER_SLUG_HERE",
    modelSlug: "INSERT_EXISTING_MODEL_SLUG_HERE",
    instanceSlug: "INSERT_INSTANCE_SLUG_HERE",
    framework: "INSERT_FRAMEWORK_HERE",
    overview: "",
    usage: INSTANCE_USAGE,
    licenseName: "Apache 2.0",
    fineTunable: false,
    trainingData: [],
    modelInstanceType: "Unspecified",
    baseModelInstanceId: 0,
    externalBaseModelUrl: "",
  });
}

function checkFolder(folder: string): void {
  if (!statOrUndefined(folder)?.isDirectory()) throw new ConfigurationError(`Invalid folder: ${folder}; give an existing folder with -p`);
}

/** Writes `text` as `<folder>/<name>`; returns the path as the official CLI prints it. */
export function writeMetadataFile(folder: string, name: string, text: string): string {
  checkFolder(folder);
  const file = joinLikePython(folder, name);
  writeFileAtomicSync(file, text);
  return file;
}

/** Reads `<folder>/<name>`, with the official CLI's message when it is missing. */
export function readModelMetadata(folder: string, name: string): MetadataDocument {
  checkFolder(folder);
  const file = joinLikePython(folder, name);
  if (!statOrUndefined(file)?.isFile()) {
    const init = name === MODEL_METADATA_FILE ? "kaggle models init" : "kaggle models instances init";
    throw new ConfigurationError(`Metadata file not found: ${name} in ${folder}; create one with '${init} -p ${folder}'`);
  }
  return parseMetadata(file, fs.readFileSync(file, "utf8"));
}

function required(doc: MetadataDocument, key: string): unknown {
  if (!(key in doc.data)) fail(doc, `Key ${key} not found in data`, `add "${key}" to the file`);
  return doc.data[key];
}

function text(doc: MetadataDocument, key: string, value: unknown, placeholder?: string): string {
  if (typeof value !== "string") fail(doc, `${key} must be a string`, `write it in quotes`, key);
  if (placeholder !== undefined && value === placeholder)
    fail(doc, `Default ${key} detected, please change values before uploading`, `replace ${placeholder}`, key);
  return value;
}

function optText(doc: MetadataDocument, key: string): string | undefined {
  const v = doc.data[key];
  return v === undefined || v === null ? undefined : text(doc, key, v);
}

function optBool(doc: MetadataDocument, key: string, what: string): boolean | undefined {
  const v = doc.data[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== "boolean") fail(doc, `${what} must be a boolean`, "write true or false without quotes", key);
  return v;
}

/** A `YYYY-MM-DD` publish time as the wire timestamp, or undefined when empty. */
function publishTime(doc: MetadataDocument): string | undefined {
  const v = optText(doc, "publishTime");
  if (!v) return undefined;
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(v);
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
  if (!d || d.getUTCDate() !== Number(m![3])) fail(doc, `publishTime '${v}' is not a date`, "write it as YYYY-MM-DD", "publishTime");
  return d.toISOString();
}

export interface ModelSpec {
  ownerSlug: string;
  slug: string;
  title?: string;
  subtitle?: string;
  isPrivate?: boolean;
  description?: string;
  publishTime?: string;
  provenanceSources?: string;
}

/** `model-metadata.json` for `models create`: every check of the official CLI. */
export function modelForCreate(doc: MetadataDocument): ModelSpec & { title: string; isPrivate: boolean; description: string } {
  const ownerSlug = text(doc, "ownerSlug", required(doc, "ownerSlug"), "INSERT_OWNER_SLUG_HERE");
  const slug = text(doc, "slug", required(doc, "slug"), "INSERT_SLUG_HERE");
  const title = text(doc, "title", required(doc, "title"), "INSERT_TITLE_HERE");
  required(doc, "isPrivate");
  const isPrivate =
    optBool(doc, "isPrivate", "model.isPrivate") ?? fail(doc, "model.isPrivate must be a boolean", "write true or false", "isPrivate");
  const description = text(doc, "description", required(doc, "description"));
  return {
    ownerSlug,
    slug,
    title,
    isPrivate,
    description,
    ...defined({
      subtitle: optText(doc, "subtitle"),
      publishTime: publishTime(doc),
      provenanceSources: optText(doc, "provenanceSources") || undefined,
    }),
  };
}

/** `model-metadata.json` for `models update`: only the slugs are required; the rest is what changes. */
export function modelForUpdate(doc: MetadataDocument): ModelSpec {
  const ownerSlug = text(doc, "ownerSlug", required(doc, "ownerSlug"), "INSERT_OWNER_SLUG_HERE");
  const slug = text(doc, "slug", required(doc, "slug"), "INSERT_SLUG_HERE");
  return {
    ownerSlug,
    slug,
    ...defined({
      title: optText(doc, "title"),
      subtitle: optText(doc, "subtitle"),
      isPrivate: optBool(doc, "isPrivate", "model.isPrivate"),
      description: optText(doc, "description"),
      publishTime: publishTime(doc),
      provenanceSources: optText(doc, "provenanceSources") || undefined,
    }),
  };
}

export interface InstanceSpec {
  ownerSlug: string;
  modelSlug: string;
  instanceSlug: string;
  framework: ModelFramework;
  overview?: string;
  usage?: string;
  licenseName?: string;
  fineTunable?: boolean;
  trainingData?: string[];
  modelInstanceType?: ModelInstanceType;
  baseModelInstance?: string;
  externalBaseModelUrl?: string;
}

function instanceType(doc: MetadataDocument): ModelInstanceType | undefined {
  const v = optText(doc, "modelInstanceType");
  if (!v) return undefined;
  return (
    looseEnum(ModelInstanceTypes, "MODEL_INSTANCE_TYPE_", v) ??
    fail(doc, `Unknown modelInstanceType '${v}'`, "use Unspecified, BaseModel, KaggleVariant or ExternalVariant", "modelInstanceType")
  );
}

function trainingData(doc: MetadataDocument): string[] | undefined {
  const v = doc.data.trainingData;
  if (v === undefined || v === null) return undefined;
  if (!Array.isArray(v) || v.some((x) => typeof x !== "string"))
    fail(doc, "modelInstance.trainingData must be a list", 'write a list of strings, e.g. ["owner/dataset"]', "trainingData");
  return v as string[];
}

function instanceCommon(
  doc: MetadataDocument,
  modelPlaceholder: string,
): Pick<InstanceSpec, "ownerSlug" | "modelSlug" | "instanceSlug" | "framework"> {
  const ownerSlug = text(doc, "ownerSlug", required(doc, "ownerSlug"), "INSERT_OWNER_SLUG_HERE");
  const modelSlug = text(doc, "modelSlug", required(doc, "modelSlug"), modelPlaceholder);
  const instanceSlug = text(doc, "instanceSlug", required(doc, "instanceSlug"), "INSERT_INSTANCE_SLUG_HERE");
  const frameworkText = text(doc, "framework", required(doc, "framework"), "INSERT_FRAMEWORK_HERE");
  let framework: ModelFramework;
  try {
    framework = lookupFramework(frameworkText);
  } catch (err) {
    fail(doc, (err as Error).message, "use one of the listed words", "framework");
  }
  return { ownerSlug, modelSlug, instanceSlug, framework };
}

/** `model-instance-metadata.json` for `models instances create`. */
export function instanceForCreate(doc: MetadataDocument): InstanceSpec & { licenseName: string } {
  const common = instanceCommon(doc, "INSERT_EXISTING_MODEL_SLUG_HERE");
  const licenseName = text(doc, "licenseName", required(doc, "licenseName"));
  if (licenseName === "") fail(doc, "Please specify a license", 'set licenseName, e.g. "Apache 2.0"', "licenseName");
  return {
    ...common,
    licenseName,
    overview: optText(doc, "overview") ?? "",
    usage: optText(doc, "usage") ?? "",
    fineTunable: optBool(doc, "fineTunable", "modelInstance.fineTunable") ?? false,
    trainingData: trainingData(doc) ?? [],
    ...defined({
      modelInstanceType: instanceType(doc),
      baseModelInstance: optText(doc, "baseModelInstance") || undefined,
      externalBaseModelUrl: optText(doc, "externalBaseModelUrl") || undefined,
    }),
  };
}

/** `model-instance-metadata.json` for `models instances update`: what is present changes. */
export function instanceForUpdate(doc: MetadataDocument): InstanceSpec {
  return {
    ...instanceCommon(doc, "INSERT_SLUG_HERE"),
    overview: optText(doc, "overview") ?? "",
    usage: optText(doc, "usage") ?? "",
    ...defined({
      licenseName: optText(doc, "licenseName"),
      fineTunable: optBool(doc, "fineTunable", "modelInstance.fineTunable"),
      trainingData: trainingData(doc),
      modelInstanceType: instanceType(doc),
      baseModelInstance: optText(doc, "baseModelInstance"),
      externalBaseModelUrl: optText(doc, "externalBaseModelUrl"),
    }),
  };
}

/** The object without its undefined members. */
function defined<T extends Record<string, unknown>>(o: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as { [K in keyof T]?: Exclude<T[K], undefined> };
}

/** What `models get -p` writes. */
export function modelFileText(m: ApiModel): string {
  const [owner = "", slug = ""] = (m.ref ?? "").split("/");
  return pythonJson({
    id: m.id ?? 0,
    ownerSlug: owner,
    slug,
    title: m.title ?? "",
    subtitle: m.subtitle ?? "",
    isPrivate: m.isPrivate ?? false,
    description: m.description ?? "",
    publishTime: m.publishTime ?? null,
  });
}

/** What `models instances get -p` writes (framework and type in the short form `py_torch`). */
export function instanceFileText(mi: ApiModelInstance, owner: string, model: string): string {
  const data: Record<string, unknown> = {
    id: mi.id ?? 0,
    ownerSlug: owner,
    modelSlug: model,
    instanceSlug: mi.slug ?? "",
    framework: shortEnumName(mi.framework ?? "MODEL_FRAMEWORK_UNSPECIFIED", "MODEL_FRAMEWORK_"),
    overview: mi.overview ?? "",
    usage: mi.usage ?? "",
    licenseName: mi.licenseName ?? "",
    fineTunable: mi.fineTunable ?? false,
    trainingData: mi.trainingData ?? [],
    versionId: mi.versionId ?? 0,
    versionNumber: mi.versionNumber ?? 0,
    modelInstanceType: shortEnumName(mi.modelInstanceType ?? "MODEL_INSTANCE_TYPE_UNSPECIFIED", "MODEL_INSTANCE_TYPE_"),
  };
  const base = mi.baseModelInstanceInformation;
  if (base) data.baseModelInstance = `${base.owner?.slug ?? ""}/${base.modelSlug ?? ""}/${base.framework ?? ""}/${base.instanceSlug ?? ""}`;
  data.externalBaseModelUrl = mi.externalBaseModelUrl ?? "";
  return pythonJson(data);
}
