/**
 * The datasets domain: its state slice, its scenario section (`datasets`,
 * `datasetProcessingDelayMs`) and the queries the RPC handlers share.
 *
 * Scenario format (every key but `owner`, `slug` and `versions[].files` is optional):
 *
 *     datasetProcessingDelayMs: 1000
 *     datasets:
 *       - owner: alice
 *         slug: city-weather
 *         title: City Weather Daily
 *         subtitle: Daily temperatures of ten cities since 2020
 *         description: "Markdown text"
 *         license: CC0-1.0
 *         private: false
 *         keywords: [weather, tabular]
 *         downloads: 120
 *         votes: 14
 *         views: 900
 *         usability: 0.875
 *         created: 2025-01-10T00:00:00Z
 *         collaborators: [{ username: bob, role: writer }]
 *         versions:
 *           - notes: Initial release
 *             date: 2025-01-10T00:00:00Z
 *             files:
 *               - { name: weather.csv, content: "...", description: "...",
 *                   columns: [{ name: city, type: string, description: City name }] }
 *               - { name: big.bin, size: 1048576 }
 */
import type { ApiDatasetColumn, DatabundleVersionStatus } from "../../core/types/datasets";
import { Fields, type DomainDefinition, type LoadContext, type ScenarioDocument, loadEach } from "../scenario";
import { findUser, type User } from "../state";
import { isoTime } from "../wire";
import { LICENSE_NAMES } from "../../core/types/datasets";

export interface DatasetFileRecord {
  /** Relative path inside the dataset (forward slashes). */
  name: string;
  /** Absolute path of the bytes on disk (a scenario file or a completed upload). */
  path: string;
  size: number;
  creationDate: string;
  description?: string;
  columns?: ApiDatasetColumn[];
}

export interface DatasetVersionRecord {
  number: number;
  /** Databundle version id (used in signed URLs). */
  id: number;
  notes: string;
  creationDate: string;
  creator: string;
  files: DatasetFileRecord[];
  /** The version is `READY` from this time on; before, it is processing. */
  readyAt: string;
  failed?: string;
  deleted?: boolean;
}

export interface DatasetCollaboratorRecord {
  username: string;
  role: "READER" | "WRITER";
}

export interface DatasetRecord {
  id: number;
  owner: string;
  slug: string;
  title: string;
  subtitle: string;
  description: string;
  licenseName: string;
  isPrivate: boolean;
  keywords: string[];
  collaborators: DatasetCollaboratorRecord[];
  createdAt: string;
  updatedAt: string;
  downloadCount: number;
  viewCount: number;
  voteCount: number;
  usabilityRating: number;
  kernelCount: number;
  topicCount: number;
  featured: boolean;
  expectedUpdateFrequency?: string;
  userSpecifiedSources?: string;
  versions: DatasetVersionRecord[];
}

export interface DatasetsState {
  processingDelayMs: number;
  datasets: DatasetRecord[];
}

declare module "../state" {
  interface StateSlices {
    datasets: DatasetsState;
  }
}

/** Licence names the emulated server accepts (ids from Kaggle's docs plus names it shows). */
export const KNOWN_LICENSES: readonly string[] = [...LICENSE_NAMES, "MIT", "Apache 2.0"];

/** The canonical spelling of a licence name, or undefined if the server does not know it. */
export function canonicalLicense(name: string): string | undefined {
  const lower = name.trim().toLowerCase();
  const hit = KNOWN_LICENSES.find((l) => l.toLowerCase() === lower);
  if (hit) return hit;
  if (/\((CC[0 ][^)]*|ODC-[^)]*|ODbL[^)]*)\)\s*$/i.test(name)) return name.trim();
  return undefined;
}

const DATASET_KEYS = [
  "id",
  "owner",
  "slug",
  "title",
  "subtitle",
  "description",
  "license",
  "private",
  "keywords",
  "downloads",
  "votes",
  "views",
  "usability",
  "created",
  "collaborators",
  "versions",
  "featured",
  "kernels",
  "topics",
  "expectedUpdateFrequency",
  "userSpecifiedSources",
];

/** The dataset's own fields, checked (owner, slug, licence) in the order a scenario author reads them. */
function datasetRecord(f: Fields, ctx: LoadContext, st: DatasetsState): DatasetRecord {
  const ownerName = f.str("owner");
  const owner = findUser(ctx.state, ownerName) ?? f.fail("owner", `unknown user '${ownerName}'`);
  const slug = f.str("slug");
  if (!/^[a-z0-9][a-z0-9-]{2,49}$/.test(slug)) f.fail("slug", "3-50 lower-case letters, digits and '-'");
  if (st.datasets.some((d) => d.owner === owner.username && d.slug === slug)) f.fail("slug", `duplicate dataset '${ownerName}/${slug}'`);
  const licenseText = f.optStr("license") ?? "CC0-1.0";
  const license = canonicalLicense(licenseText) ?? f.fail("license", `unknown licence '${licenseText}'`);
  const now = ctx.now();
  const created = f.time("created", isoTime(now - 30 * 86400_000));
  const ds: DatasetRecord = {
    id: f.int("id", ctx.nextId("dataset", 5000000)),
    owner: owner.username,
    slug,
    title: f.optStr("title") ?? slug,
    subtitle: f.optStr("subtitle") ?? "",
    description: f.optStr("description") ?? "",
    licenseName: license,
    isPrivate: f.bool("private", false),
    keywords: f.strList("keywords"),
    collaborators: [],
    createdAt: created,
    updatedAt: created,
    downloadCount: f.int("downloads", 0),
    viewCount: f.int("views", 0),
    voteCount: f.int("votes", 0),
    usabilityRating: f.num("usability") ?? 0,
    kernelCount: f.int("kernels", 0),
    topicCount: f.int("topics", 0),
    featured: f.bool("featured", false),
    versions: [],
  };
  const freq = f.optStr("expectedUpdateFrequency");
  if (freq !== undefined) ds.expectedUpdateFrequency = freq;
  const sources = f.optStr("userSpecifiedSources");
  if (sources !== undefined) ds.userSpecifiedSources = sources;
  return ds;
}

function collaborator(raw: unknown, where: string): DatasetRecord["collaborators"][number] {
  const cf: Fields = Fields.of(raw, where, ["username", "role"]);
  const roleText = (cf.optStr("role") ?? "reader").toUpperCase();
  const role = roleText === "READER" || roleText === "WRITER" ? roleText : cf.fail("role", "reader or writer");
  return { username: cf.str("username"), role };
}

/** Version `number` of `ds`, its files stored under `datasets/<owner>/<slug>/<number>/`. */
async function loadVersion(raw: unknown, where: string, number: number, ds: DatasetRecord, ctx: LoadContext): Promise<DatasetVersionRecord> {
  const vf = Fields.of(raw, where, ["notes", "date", "files"]);
  const date = vf.time("date", ds.createdAt);
  const version: DatasetVersionRecord = {
    number,
    id: ctx.nextId("datasetVersion", 9000000),
    notes: vf.optStr("notes") ?? (number === 1 ? "Initial release" : `Version ${number}`),
    creationDate: date,
    creator: ds.owner,
    files: [],
    readyAt: date,
  };
  for (const [k, fr] of vf.list("files").entries()) {
    const ff = Fields.of(fr, `${vf.where}.files[${k}]`, ["name", "path", "content", "size", "description", "columns"]);
    const name = ff.str("name");
    if (name.startsWith("/") || name.split("/").includes("..")) ff.fail("name", "must be a relative path");
    if (version.files.some((x) => x.name === name)) ff.fail("name", `duplicate file '${name}'`);
    const { path, size } = await ctx.materialize(ff.file(), ["datasets", ds.owner, ds.slug, String(number), name], ff.where);
    const rec: DatasetFileRecord = { name, path, size, creationDate: date };
    const d = ff.optStr("description");
    if (d !== undefined) rec.description = d;
    const cols = ff.list("columns");
    if (cols.length) rec.columns = cols.map((c, n) => column(c, `${ff.where}.columns[${n}]`, n));
    version.files.push(rec);
  }
  if (version.files.length === 0) vf.fail("files", "a version needs at least one file");
  return version;
}

function column(raw: unknown, where: string, order: number): NonNullable<DatasetFileRecord["columns"]>[number] {
  const cf = Fields.of(raw, where, ["name", "type", "description"]);
  const type = cf.optStr("type");
  return { order, name: cf.str("name"), ...(type ? { type, originalType: type } : {}), description: cf.optStr("description") ?? "" };
}

async function loadDataset(raw: unknown, i: number, ctx: LoadContext, st: DatasetsState): Promise<void> {
  const where = `datasets[${i}]`;
  const f: Fields = Fields.of(raw, where, DATASET_KEYS);
  const ds = datasetRecord(f, ctx, st);
  for (const [j, cr] of f.list("collaborators").entries()) ds.collaborators.push(collaborator(cr, `${where}.collaborators[${j}]`));
  const versions = f.list("versions");
  if (versions.length === 0) f.fail("versions", "a dataset needs at least one version with files");
  for (const [j, vr] of versions.entries()) {
    const version = await loadVersion(vr, `${where}.versions[${j}]`, j + 1, ds, ctx);
    ds.versions.push(version);
    if (version.creationDate > ds.updatedAt) ds.updatedAt = version.creationDate;
  }
  st.datasets.push(ds);
}

export const datasetsDomain: DomainDefinition = {
  name: "datasets",
  sections: ["datasets", "datasetProcessingDelayMs"],
  async load(doc: ScenarioDocument, ctx: LoadContext): Promise<DatasetsState> {
    const top = new Fields(doc, "scenario");
    const st: DatasetsState = { processingDelayMs: top.int("datasetProcessingDelayMs", 1000), datasets: [] };
    await loadEach("datasets", top.list("datasets"), (raw, i) => loadDataset(raw, i, ctx, st));
    return st;
  },
};

// ---------------------------------------------------------------- queries

export function liveVersions(ds: DatasetRecord): DatasetVersionRecord[] {
  return ds.versions.filter((v) => !v.deleted);
}

export function currentVersion(ds: DatasetRecord): DatasetVersionRecord | undefined {
  return liveVersions(ds).at(-1);
}

export function versionStatus(v: DatasetVersionRecord | undefined, now: number): DatabundleVersionStatus {
  if (!v) return "NOT_YET_PERSISTED";
  if (v.failed) return "FAILED";
  const ready = Date.parse(v.readyAt);
  if (now >= ready) return "READY";
  // Walk through the processing steps as the deadline approaches.
  const started = Date.parse(v.creationDate);
  const span = Math.max(1, ready - started);
  const done = (now - started) / span;
  return done < 0.34 ? "BLOBS_RECEIVED" : done < 0.67 ? "BLOBS_DECOMPRESSED" : "BLOBS_COPIED_TO_SDS";
}

export function isOwner(ds: DatasetRecord, user: User | undefined): boolean {
  return user !== undefined && ds.owner.toLowerCase() === user.username.toLowerCase();
}

export function canWrite(ds: DatasetRecord, user: User | undefined): boolean {
  if (!user) return false;
  if (isOwner(ds, user)) return true;
  const u = user.username.toLowerCase();
  return ds.collaborators.some((c) => c.username.toLowerCase() === u && c.role === "WRITER");
}

export function canRead(ds: DatasetRecord, user: User | undefined): boolean {
  if (!ds.isPrivate) return true;
  if (!user) return false;
  const u = user.username.toLowerCase();
  return isOwner(ds, user) || ds.collaborators.some((c) => c.username.toLowerCase() === u);
}

export function totalBytes(v: DatasetVersionRecord | undefined): number {
  return (v?.files ?? []).reduce((n, f) => n + f.size, 0);
}
