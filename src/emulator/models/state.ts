/**
 * The models domain: its state slice, its scenario section (`models`, `modelProcessingDelayMs`)
 * and the queries the handlers share.
 *
 * Scenario format (every key but `owner`, `slug`, `instances[].framework`, `instances[].slug`
 * and `versions[].files` is optional):
 *
 *     modelProcessingDelayMs: 1000
 *     models:
 *       - owner: alice
 *         slug: tiny-mlp
 *         title: Tiny MLP
 *         subtitle: A two-layer perceptron
 *         description: "Markdown text"
 *         private: false
 *         downloads: 10
 *         votes: 3
 *         notebooks: 1
 *         created: 2025-01-10T00:00:00Z
 *         publishTime: 2025-01-11T00:00:00Z
 *         instances:
 *           - framework: pytorch          # a ModelFramework word: pytorch, keras, jax, MODEL_FRAMEWORK_ONNX, …
 *             slug: default
 *             license: Apache 2.0
 *             overview: "..."
 *             usage: "..."
 *             fineTunable: false
 *             trainingData: [alice/city-weather]
 *             versions:
 *               - notes: Initial release
 *                 date: 2025-01-10T00:00:00Z
 *                 files:
 *                   - { name: model.pt, size: 4096 }
 *                   - { name: config/params.json, content: "{}" }
 */
import { ModelFrameworks, ModelInstanceTypes, type ModelFramework, type ModelInstanceType } from "../../core/types/models";
import type { DatasetFileRecord } from "../datasets/state";
import { canonicalLicense } from "../datasets/state";
import { Fields, type DomainDefinition, type LoadContext, type ScenarioDocument, loadEach } from "../scenario";
import { findUser, type User } from "../state";
import { isoTime } from "../wire";

export type ModelFileRecord = DatasetFileRecord;

export interface ModelVersionRecord {
  number: number;
  id: number;
  notes: string;
  creationDate: string;
  creator: string;
  files: ModelFileRecord[];
  /** Processing ends at this time; before, the version is not downloadable. */
  readyAt: string;
  deleted?: boolean;
}

export interface ModelInstanceRecord {
  id: number;
  slug: string;
  framework: ModelFramework;
  overview: string;
  usage: string;
  licenseName: string;
  fineTunable: boolean;
  trainingData: string[];
  modelInstanceType: ModelInstanceType;
  baseModelInstance: string;
  externalBaseModelUrl: string;
  createdAt: string;
  versions: ModelVersionRecord[];
}

export interface ModelRecord {
  id: number;
  owner: string;
  slug: string;
  title: string;
  subtitle: string;
  description: string;
  isPrivate: boolean;
  publishTime?: string;
  provenanceSources: string;
  createdAt: string;
  updatedAt: string;
  downloadCount: number;
  voteCount: number;
  notebookCount: number;
  instances: ModelInstanceRecord[];
}

export interface ModelsState {
  processingDelayMs: number;
  models: ModelRecord[];
}

declare module "../state" {
  interface StateSlices {
    models: ModelsState;
  }
}

/** Model slugs: 3-50 lower-case letters, digits and '-', starting and ending with a letter or digit. */
export const MODEL_SLUG = /^[a-z0-9](?:[a-z0-9-]{1,48})[a-z0-9]$/;
/** Instance (variation) slugs: 1-50 lower-case letters, digits, '-', '_' and '.', starting with a letter or digit. */
export const INSTANCE_SLUG = /^[a-z0-9][a-z0-9._-]{0,49}$/;
export const DEFAULT_MODEL_LICENSE = "Apache 2.0";

/** A framework word as the scenario or a request may spell it (`pytorch`, `PyTorch`, the member name). */
export function frameworkFromWord(word: string): ModelFramework | undefined {
  const squash = (w: string) =>
    w
      .toUpperCase()
      .replace(/^MODEL_FRAMEWORK_/, "")
      .replace(/_/g, "");
  const hit = ModelFrameworks.find((m) => squash(m) === squash(word));
  return hit === "MODEL_FRAMEWORK_UNSPECIFIED" ? undefined : hit;
}

const MODEL_KEYS = [
  "id",
  "owner",
  "slug",
  "title",
  "subtitle",
  "description",
  "private",
  "downloads",
  "votes",
  "notebooks",
  "created",
  "publishTime",
  "provenanceSources",
  "instances",
];
const INSTANCE_KEYS = ["framework", "slug", "license", "overview", "usage", "fineTunable", "trainingData", "type", "versions"];

async function loadInstance(raw: unknown, where: string, ctx: LoadContext, m: ModelRecord): Promise<void> {
  const f = Fields.of(raw, where, INSTANCE_KEYS);
  const fwText = f.str("framework");
  const framework = frameworkFromWord(fwText) ?? f.fail("framework", `unknown framework '${fwText}'`);
  const slug = f.str("slug");
  if (!INSTANCE_SLUG.test(slug)) f.fail("slug", "1-50 lower-case letters, digits, '-', '_' and '.'");
  if (m.instances.some((i) => i.framework === framework && i.slug === slug)) f.fail("slug", `duplicate instance '${fwText}/${slug}'`);
  const licenseText = f.optStr("license") ?? DEFAULT_MODEL_LICENSE;
  const typeText = f.optStr("type") ?? "MODEL_INSTANCE_TYPE_UNSPECIFIED";
  const inst: ModelInstanceRecord = {
    id: ctx.nextId("modelInstance", 7000000),
    slug,
    framework,
    overview: f.optStr("overview") ?? "",
    usage: f.optStr("usage") ?? "",
    licenseName: canonicalLicense(licenseText) ?? f.fail("license", `unknown licence '${licenseText}'`),
    fineTunable: f.bool("fineTunable", false),
    trainingData: f.strList("trainingData"),
    modelInstanceType: (ModelInstanceTypes as readonly string[]).includes(typeText)
      ? (typeText as ModelInstanceType)
      : f.fail("type", "a ModelInstanceType member"),
    baseModelInstance: "",
    externalBaseModelUrl: "",
    createdAt: m.createdAt,
    versions: [],
  };
  const versions = f.list("versions");
  if (versions.length === 0) f.fail("versions", "an instance needs at least one version with files");
  for (const [j, vr] of versions.entries()) {
    const vf = Fields.of(vr, `${where}.versions[${j}]`, ["notes", "date", "files"]);
    const date = vf.time("date", m.createdAt);
    const number = j + 1;
    const v: ModelVersionRecord = {
      number,
      id: ctx.nextId("modelVersion", 8000000),
      notes: vf.optStr("notes") ?? (number === 1 ? "Initial release" : `Version ${number}`),
      creationDate: date,
      creator: m.owner,
      files: [],
      readyAt: date,
    };
    for (const [k, fr] of vf.list("files").entries()) {
      const ff = Fields.of(fr, `${vf.where}.files[${k}]`, ["name", "path", "content", "size"]);
      const name = ff.str("name");
      if (name.startsWith("/") || name.split("/").includes("..")) ff.fail("name", "must be a relative path");
      if (v.files.some((x) => x.name === name)) ff.fail("name", `duplicate file '${name}'`);
      const dest = ["models", m.owner, m.slug, framework, slug, String(number), name];
      const { path, size } = await ctx.materialize(ff.file(), dest, ff.where);
      v.files.push({ name, path, size, creationDate: date });
    }
    if (v.files.length === 0) vf.fail("files", "a version needs at least one file");
    inst.versions.push(v);
    if (date > m.updatedAt) m.updatedAt = date;
  }
  m.instances.push(inst);
}

async function loadModel(raw: unknown, i: number, ctx: LoadContext, st: ModelsState): Promise<void> {
  const where = `models[${i}]`;
  const f = Fields.of(raw, where, MODEL_KEYS);
  const ownerName = f.str("owner");
  const owner = findUser(ctx.state, ownerName) ?? f.fail("owner", `unknown user '${ownerName}'`);
  const slug = f.str("slug");
  if (!MODEL_SLUG.test(slug)) f.fail("slug", "3-50 lower-case letters, digits and '-'");
  if (st.models.some((m) => m.owner === owner.username && m.slug === slug)) f.fail("slug", `duplicate model '${ownerName}/${slug}'`);
  const created = f.time("created", isoTime(ctx.now() - 20 * 86400_000));
  const m: ModelRecord = {
    id: f.int("id", ctx.nextId("model", 600000)),
    owner: owner.username,
    slug,
    title: f.optStr("title") ?? slug,
    subtitle: f.optStr("subtitle") ?? "",
    description: f.optStr("description") ?? "",
    isPrivate: f.bool("private", false),
    provenanceSources: f.optStr("provenanceSources") ?? "",
    createdAt: created,
    updatedAt: created,
    downloadCount: f.int("downloads", 0),
    voteCount: f.int("votes", 0),
    notebookCount: f.int("notebooks", 0),
    instances: [],
  };
  const publish = f.optStr("publishTime");
  if (publish !== undefined) m.publishTime = f.time("publishTime", created);
  for (const [j, ir] of f.list("instances").entries()) await loadInstance(ir, `${where}.instances[${j}]`, ctx, m);
  st.models.push(m);
}

export const modelsDomain: DomainDefinition = {
  name: "models",
  sections: ["models", "modelProcessingDelayMs"],
  async load(doc: ScenarioDocument, ctx: LoadContext): Promise<ModelsState> {
    const top = new Fields(doc, "scenario");
    const st: ModelsState = { processingDelayMs: top.int("modelProcessingDelayMs", 1000), models: [] };
    await loadEach("models", top.list("models"), (raw, i) => loadModel(raw, i, ctx, st));
    return st;
  },
};

// ---------------------------------------------------------------- queries

export function isModelOwner(m: ModelRecord, user: User | undefined): boolean {
  return user !== undefined && m.owner.toLowerCase() === user.username.toLowerCase();
}

export function canReadModel(m: ModelRecord, user: User | undefined): boolean {
  return !m.isPrivate || isModelOwner(m, user);
}

export function liveModelVersions(inst: ModelInstanceRecord): ModelVersionRecord[] {
  return inst.versions.filter((v) => !v.deleted);
}

export function latestModelVersion(inst: ModelInstanceRecord): ModelVersionRecord | undefined {
  return liveModelVersions(inst).at(-1);
}

export function modelVersionReady(v: ModelVersionRecord, now: number): boolean {
  return now >= Date.parse(v.readyAt);
}

export function versionBytes(v: ModelVersionRecord | undefined): number {
  return (v?.files ?? []).reduce((n, f) => n + f.size, 0);
}
