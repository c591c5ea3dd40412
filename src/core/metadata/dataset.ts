/**
 * `dataset-metadata.json` (and the legacy `datapackage.json`): finding, reading, validating and
 * writing it exactly as the official CLI does. Validation runs before any network call, follows
 * the official order of checks, and fails with one line naming the file, the line, the field
 * and the fix. Checks the official CLI leaves to the server (slug characters, licence names,
 * placeholder owners) are made here too, so a bad file fails before anything is uploaded.
 */
import fs from "node:fs";
import path from "node:path";
import { ConfigurationError } from "../errors";
import { joinLikePython, writeFileAtomicSync } from "../fs";
import { toWireJson } from "../json";
import type { ApiDatasetColumn, DatasetInfo, DatasetSettings, DatasetSettingsFile } from "../types/datasets";

export const METADATA_FILE = "dataset-metadata.json";
export const LEGACY_METADATA_FILE = "datapackage.json";
export const DEFAULT_SLUG = "INSERT_SLUG_HERE";
export const DEFAULT_TITLE = "INSERT_TITLE_HERE";

/** Licence ids the Kaggle docs list for `licenses[].name`. */
export const LICENSE_NAMES = [
  "CC0-1.0",
  "CC-BY-SA-3.0",
  "CC-BY-SA-4.0",
  "CC-BY-NC-SA-4.0",
  "GPL-2.0",
  "ODbL-1.0",
  "DbCL-1.0",
  "copyright-authors",
  "other",
  "unknown",
  "CC-BY-4.0",
  "CC-BY-NC-4.0",
  "PDDL",
  "CC-BY-3.0",
  "CC-BY-3.0-IGO",
  "US-Government-Works",
  "CC-BY-NC-SA-3.0-IGO",
  "CDLA-Permissive-1.0",
  "CDLA-Sharing-1.0",
  "CC-BY-ND-4.0",
  "CC-BY-NC-ND-4.0",
  "ODC-BY-1.0",
  "LGPL-3.0",
  "AGPL-3.0",
  "FDL-1.3",
  "EU-ODP-Legal-Notice",
  "apache-2.0",
  "GPL-3.0",
] as const;

/** Other names Kaggle's server knows: short ids it offers in the web UI and the display names `datasets metadata` writes back. */
const LICENSE_ALIASES = ["MIT", "Apache 2.0", "BSD-3-Clause", "GPL 2", "CC0: Public Domain", "Unknown", "Other (specified in description)"];

/** True for a licence name the server accepts (ids, aliases, or a long Creative Commons display name). */
export function isKnownLicense(name: string): boolean {
  const lower = name.trim().toLowerCase();
  if ([...LICENSE_NAMES, ...LICENSE_ALIASES].some((n) => n.toLowerCase() === lower)) return true;
  // Display names such as "Attribution-NonCommercial 4.0 International (CC BY-NC 4.0)".
  return (
    /\((CC[0 ][^)]*|ODC-[^)]*|ODbL[^)]*)\)\s*$/i.test(name) || /^(Database: Open Database|Data files ©|Community Data License Agreement)/i.test(name)
  );
}

/** The metadata as read: where it came from, its text (for line numbers) and the parsed object. */
export interface MetadataDocument {
  file: string;
  text: string;
  data: Record<string, unknown>;
}

/** `<folder>/dataset-metadata.json`, else the legacy `datapackage.json`. */
export function findMetadataFile(folder: string): string {
  for (const name of [METADATA_FILE, LEGACY_METADATA_FILE]) {
    const file = path.join(folder, name);
    if (fs.existsSync(file)) return file;
  }
  throw new ConfigurationError(`Metadata file not found: ${METADATA_FILE} in ${folder}; create one with 'kaggle datasets init -p ${folder}'`);
}

/** Line (1-based) and column of a character offset. */
function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      last = i;
    }
  }
  return { line, column: offset - last };
}

/** Parses metadata text; a syntax error names the line and column. */
export function parseMetadata(file: string, raw: string): MetadataDocument {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    const msg = (err as Error).message;
    const m = /position (\d+)/.exec(msg);
    const where = m ? position(text, Number(m[1])) : text.trim() === "" ? { line: 1, column: 1 } : undefined;
    const detail = msg.replace(/\s*\(line \d+ column \d+\)/, "").replace(/ in JSON at position \d+/, "");
    throw new ConfigurationError(
      `${file}${where ? `:${where.line}:${where.column}` : ""}: invalid JSON (${text.trim() === "" ? "the file is empty" : detail}); fix the syntax, e.g. a trailing comma or a missing quote`,
      { file, ...(where ? { line: where.line } : {}) },
    );
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    throw new ConfigurationError(`${file}:1: the metadata must be a JSON object ({"title": ..., "id": ..., "licenses": [...]})`, { file, line: 1 });
  }
  return { file, text, data: data as Record<string, unknown> };
}

export function readMetadata(folder: string): MetadataDocument {
  const file = findMetadataFile(folder);
  return parseMetadata(file, fs.readFileSync(file, "utf8"));
}

/** Line of `"a"` then `"b"` … (each searched after the previous), or undefined. */
export function lineOf(doc: MetadataDocument, ...keys: (string | number)[]): number | undefined {
  let from = 0;
  let found: number | undefined;
  for (const key of keys) {
    if (typeof key === "number") continue;
    const re = new RegExp(`"${key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"\\s*:`, "g");
    re.lastIndex = from;
    const m = re.exec(doc.text);
    if (!m) return found;
    found = m.index;
    from = m.index + m[0].length;
  }
  return found === undefined ? undefined : position(doc.text, found).line;
}

function fail(doc: MetadataDocument, problem: string, fix: string, ...keys: (string | number)[]): never {
  const line = keys.length ? lineOf(doc, ...keys) : undefined;
  throw new ConfigurationError(`${doc.file}${line ? `:${line}` : ""}: ${problem}; ${fix}`, {
    file: doc.file,
    ...(line ? { line } : {}),
  });
}

/** Python's `len()`: code points, not UTF-16 units. */
function chars(s: string): number {
  return [...s].length;
}

export interface ResourceSpec {
  path: string;
  description?: string;
  columns?: ApiDatasetColumn[];
}

export interface DatasetCreateSpec {
  ownerSlug: string;
  slug: string;
  title: string;
  licenseName: string;
  subtitle?: string;
  description?: string;
  keywords: string[];
  resources: ResourceSpec[];
}

export interface DatasetVersionSpec {
  /** `id_no`: the numeric dataset id (preferred over `id`). */
  id?: number;
  ownerSlug?: string;
  datasetSlug?: string;
  subtitle?: string;
  description?: string;
  keywords: string[];
  resources: ResourceSpec[];
}

export interface ValidateOptions {
  /** The configured user name (for the template's default id). */
  username: string;
  /** The dataset folder; resource paths must name files in it. */
  folder?: string;
  /** Check that `resources[].path` files exist (default true when a folder is given). */
  checkFiles?: boolean;
}

const PLACEHOLDER_OWNER = /^(INSERT_.*|REPLACE_.*|<.*>|\*+|your[_-]?(kaggle[_-]?)?user(_?name)?|username|user[_-]?name)$/i;

function str(doc: MetadataDocument, key: string, fix: string): string | undefined {
  const v = doc.data[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== "string") fail(doc, `"${key}" must be a string, not ${describeJson(v)}`, fix, key);
  return v;
}

function describeJson(v: unknown): string {
  if (Array.isArray(v)) return "a list";
  if (v === null) return "null";
  return typeof v === "object" ? "an object" : `${typeof v} ${JSON.stringify(v)}`;
}

function checkSubtitle(doc: MetadataDocument): string | undefined {
  const subtitle = str(doc, "subtitle", 'give "subtitle" as text of 20 to 80 characters');
  if (subtitle && (chars(subtitle) < 20 || chars(subtitle) > 80)) {
    fail(
      doc,
      `Subtitle length must be between 20 and 80 characters (it has ${chars(subtitle)})`,
      'shorten or lengthen "subtitle", or remove it',
      "subtitle",
    );
  }
  return subtitle;
}

function checkKeywords(doc: MetadataDocument): string[] {
  const v = doc.data.keywords;
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v) || v.some((k) => typeof k !== "string")) {
    fail(doc, '"keywords" must be a list of strings', 'write it as "keywords": ["tabular", "finance"]', "keywords");
  }
  return v as string[];
}

const TYPE_MAP: Record<string, string> = {
  string: "string",
  date: "string",
  time: "string",
  yearmonth: "string",
  duration: "string",
  geopoint: "string",
  geojson: "string",
  numeric: "numeric",
  number: "numeric",
  year: "numeric",
  boolean: "boolean",
  datetime: "datetime",
};

/** `resources` → per-file descriptions and columns (upstream `process_column`, 2.2's `title` fallback). */
function checkResources(doc: MetadataDocument, opts: ValidateOptions): ResourceSpec[] {
  const v = doc.data.resources;
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v))
    fail(doc, '"resources" must be a list', 'write it as "resources": [{"path": "data.csv", "description": "..."}]', "resources");
  const out: ResourceSpec[] = [];
  const seen = new Set<string>();
  const checkFiles = opts.checkFiles ?? opts.folder !== undefined;
  v.forEach((raw: unknown, i: number) => {
    const at = `resources[${i}]`;
    if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
      fail(doc, `${at} must be an object`, 'give each resource as {"path": "<file in the folder>", "description": "..."}', "resources");
    }
    const r = raw as Record<string, unknown>;
    if (typeof r.path !== "string" || r.path === "") {
      fail(doc, `${at} has no "path"`, 'give the name of a file in the dataset folder, e.g. "path": "data.csv"', "resources");
    }
    const p = r.path;
    if (path.isAbsolute(p) || p.split(/[\\/]/).includes("..")) {
      fail(doc, `${at}.path "${p}" points outside the dataset folder`, "use the name of a file inside the folder", "resources", "path");
    }
    if (checkFiles && opts.folder) {
      const full = path.join(opts.folder, p);
      let ok: boolean;
      try {
        ok = fs.statSync(full).isFile();
      } catch {
        ok = false;
      }
      if (!ok) fail(doc, `${full} does not exist`, `add the file or remove the resource with "path": "${p}"`, "resources", "path");
    }
    if (seen.has(p)) fail(doc, `${p} path was specified more than once in the metadata`, "describe each file once", "resources");
    seen.add(p);
    const spec: ResourceSpec = { path: p };
    if (r.description !== undefined && r.description !== null) {
      if (typeof r.description !== "string")
        fail(doc, `${at}.description must be a string`, "write the description as text", "resources", "description");
      spec.description = r.description;
    }
    const schema = r.schema as Record<string, unknown> | undefined | null;
    if (schema !== undefined && schema !== null) {
      if (typeof schema !== "object" || Array.isArray(schema))
        fail(doc, `${at}.schema must be an object`, 'write it as "schema": {"fields": [...]}', "resources", "schema");
      const fields = schema.fields;
      if (fields !== undefined && fields !== null) {
        if (!Array.isArray(fields))
          fail(doc, `${at}.schema.fields must be a list`, 'write it as "fields": [{"name": "col", "type": "string"}]', "resources", "fields");
        spec.columns = fields.map((fr: unknown, j: number) => {
          const fat = `${at}.schema.fields[${j}]`;
          if (fr === null || typeof fr !== "object" || Array.isArray(fr))
            fail(doc, `${fat} must be an object`, 'write it as {"name": "col", "type": "string"}', "resources", "fields");
          const f = fr as Record<string, unknown>;
          if (typeof f.name !== "string") fail(doc, `Key name not found in data (${fat})`, 'give every schema field a "name"', "resources", "fields");
          const description = typeof f.description === "string" ? f.description : typeof f.title === "string" ? f.title : "";
          const col: ApiDatasetColumn = { order: j, name: f.name };
          if (f.type !== undefined && f.type !== null) {
            if (typeof f.type !== "string")
              fail(doc, `${fat}.type must be a string`, 'use a type such as "string", "number", "boolean" or "datetime"', "resources", "type");
            const original = f.type.toLowerCase();
            col.type = TYPE_MAP[original] ?? original;
            col.originalType = original;
          }
          col.description = description;
          return col;
        });
      }
    }
    out.push(spec);
  });
  return out;
}

/** `owner/slug` with the official messages, plus our slug-character and placeholder checks. */
function splitId(doc: MetadataDocument, id: string, opts: ValidateOptions): { owner: string; slug: string } {
  const parts = id.split("/");
  if (parts.length < 2) {
    fail(doc, `"id" must be "<owner>/<dataset-slug>", got "${id}"`, `write it as "${opts.username || "<username>"}/${id || "<dataset-slug>"}"`, "id");
  }
  if (parts.length > 2 || !parts[0] || !parts[1]) {
    fail(doc, `Invalid dataset specification ${id}`, 'write "id" as "<owner>/<dataset-slug>"', "id");
  }
  return { owner: parts[0]!, slug: parts[1]! };
}

function checkOwnerAndSlug(doc: MetadataDocument, owner: string, slug: string, lengthRule: boolean): void {
  if (PLACEHOLDER_OWNER.test(owner)) {
    fail(doc, `"id" still has the placeholder owner "${owner}"`, "put your Kaggle user name (or your organization's) before the '/'", "id");
  }
  if (lengthRule && (chars(slug) < 6 || chars(slug) > 50)) {
    fail(doc, `The dataset slug must be between 6 and 50 characters ("${slug}" has ${chars(slug)})`, "change the part of \"id\" after the '/'", "id");
  }
  if (!/^[A-Za-z0-9-]+$/.test(slug)) {
    fail(
      doc,
      `Slug can only contain alphanumeric or "-" characters ("${slug}")`,
      'use letters, digits and "-" in the part of "id" after the \'/\'',
      "id",
    );
  }
}

/** Validation of `datasets create`, in the official order (§6.1). */
export function validateForCreate(doc: MetadataDocument, opts: ValidateOptions): DatasetCreateSpec {
  for (const key of ["id", "title", "licenses"]) {
    if (doc.data[key] === undefined || doc.data[key] === null) {
      const hint =
        key === "id" && doc.data.info !== undefined
          ? "this file holds the \"info\" written by 'kaggle datasets metadata'; run 'kaggle datasets init' for a template or move the fields to the top level"
          : key === "id"
            ? `add "id": "${opts.username || "<username>"}/<dataset-slug>"`
            : key === "title"
              ? 'add "title": "<a title of 6 to 50 characters>"'
              : 'add "licenses": [{"name": "CC0-1.0"}]';
      fail(doc, `Key ${key} not found in data`, hint);
    }
  }
  const id = str(doc, "id", 'write "id" as "<owner>/<dataset-slug>"')!;
  const title = str(doc, "title", 'give "title" as text')!;
  const { owner, slug } = splitId(doc, id, opts);
  if (slug === DEFAULT_SLUG || id === `${opts.username}/${DEFAULT_SLUG}`) {
    fail(doc, "Default slug detected, please change values before uploading", 'replace INSERT_SLUG_HERE in "id" with your dataset\'s slug', "id");
  }
  if (title === DEFAULT_TITLE) {
    fail(doc, "Default title detected, please change values before uploading", 'replace INSERT_TITLE_HERE in "title"', "title");
  }
  const licenses = doc.data.licenses;
  if (!Array.isArray(licenses) || licenses.length !== 1) {
    fail(doc, "Please specify exactly one license", 'write "licenses": [{"name": "CC0-1.0"}]', "licenses");
  }
  checkOwnerAndSlug(doc, owner, slug, true);
  if (chars(title) < 6 || chars(title) > 50) {
    fail(doc, `The dataset title must be between 6 and 50 characters ("${title}" has ${chars(title)})`, 'change "title"', "title");
  }
  const resources = checkResources(doc, opts);
  const lic = licenses[0] as Record<string, unknown> | null;
  if (lic === null || typeof lic !== "object" || lic.name === undefined || lic.name === null) {
    fail(doc, "Key name not found in data (licenses[0])", 'write "licenses": [{"name": "CC0-1.0"}]', "licenses");
  }
  if (typeof lic.name !== "string" || !isKnownLicense(lic.name)) {
    fail(doc, `Unknown license ${JSON.stringify(lic.name)} in licenses[0].name`, `use one of ${LICENSE_NAMES.join(", ")}`, "licenses", "name");
  }
  const subtitle = checkSubtitle(doc);
  const description = str(doc, "description", 'give "description" as text (Markdown)');
  const keywords = checkKeywords(doc);
  return {
    ownerSlug: owner,
    slug,
    title,
    licenseName: lic.name,
    ...(subtitle !== undefined ? { subtitle } : {}),
    ...(description !== undefined ? { description } : {}),
    keywords,
    resources,
  };
}

/** Validation of `datasets version` (§6.2): no title or licence checks. */
export function validateForVersion(doc: MetadataDocument, opts: ValidateOptions): DatasetVersionSpec {
  const rawId = doc.data.id;
  const rawNo = doc.data.id_no;
  if ((rawId === undefined || rawId === null) && (rawNo === undefined || rawNo === null)) {
    fail(
      doc,
      "ID or slug must be specified in the metadata",
      `add "id": "${opts.username || "<username>"}/<dataset-slug>"${doc.data.info !== undefined ? " (this file holds the \"info\" written by 'kaggle datasets metadata'; move the fields to the top level)" : ""}`,
    );
  }
  if (rawId !== undefined && rawId !== null && typeof rawId !== "string")
    fail(doc, `"id" must be a string, not ${describeJson(rawId)}`, 'write "id" as "<owner>/<dataset-slug>"', "id");
  const id = rawId as string | undefined;
  if (id !== undefined && (id === `${opts.username}/${DEFAULT_SLUG}` || id.split("/")[1] === DEFAULT_SLUG)) {
    fail(doc, "Default slug detected, please change values before uploading", 'replace INSERT_SLUG_HERE in "id" with your dataset\'s slug', "id");
  }
  const subtitle = checkSubtitle(doc);
  const resources = checkResources(doc, opts);
  const description = str(doc, "description", 'give "description" as text (Markdown)');
  const keywords = checkKeywords(doc);
  const base = {
    ...(subtitle !== undefined ? { subtitle } : {}),
    ...(description !== undefined ? { description } : {}),
    keywords,
    resources,
  };
  if (rawNo !== undefined && rawNo !== null) {
    const n = typeof rawNo === "number" ? rawNo : typeof rawNo === "string" && /^\s*\d+\s*$/.test(rawNo) ? Number(rawNo) : NaN;
    if (!Number.isInteger(n) || n <= 0)
      fail(doc, `"id_no" must be a dataset number, got ${JSON.stringify(rawNo)}`, 'fix "id_no" or remove it and use "id"', "id_no");
    return { id: n, ...base };
  }
  const { owner, slug } = splitId(doc, id!, opts);
  checkOwnerAndSlug(doc, owner, slug, false);
  return { ownerSlug: owner, datasetSlug: slug, ...base };
}

/** The template `datasets init` writes: 2-space indent, no trailing newline. */
export function initTemplate(username: string): string {
  return JSON.stringify({ title: DEFAULT_TITLE, id: `${username}/${DEFAULT_SLUG}`, licenses: [{ name: "CC0-1.0" }] }, null, 2);
}

/** Writes the template into `folder`; returns the file written, spelled as the official CLI prints it. */
export function writeInitTemplate(folder: string, username: string): string {
  let st: fs.Stats | undefined;
  try {
    st = fs.statSync(folder);
  } catch {
    st = undefined;
  }
  if (!st?.isDirectory()) throw new ConfigurationError(`Invalid folder: ${folder}; give an existing folder with -p`);
  const file = joinLikePython(folder, METADATA_FILE);
  writeFileAtomicSync(file, initTemplate(username));
  return file;
}

const INFO_ORDER: (keyof DatasetInfo)[] = [
  "datasetId",
  "datasetSlug",
  "ownerUser",
  "usabilityRating",
  "totalViews",
  "totalVotes",
  "totalDownloads",
  "title",
  "subtitle",
  "description",
  "isPrivate",
  "keywords",
  "licenses",
  "collaborators",
  "data",
  "expectedUpdateFrequency",
  "userSpecifiedSources",
];
const NON_OPTIONAL_DEFAULTS = new Set<string>(["datasetId", "totalViews", "totalVotes", "totalDownloads", "usabilityRating", "isPrivate"]);

/**
 * The text `datasets metadata` writes: `{"info": {...}}` on one line, no trailing newline,
 * Python `json.dumps` spacing and escaping, fields in the SDK's order with defaults left out.
 */
export function metadataFileText(info: DatasetInfo): string {
  const ordered: Record<string, unknown> = {};
  const src = info as Record<string, unknown>;
  for (const key of [...INFO_ORDER, ...Object.keys(src).filter((k) => !INFO_ORDER.includes(k as keyof DatasetInfo))]) {
    const v = src[key];
    if (v === undefined || v === null) continue;
    if (Array.isArray(v) && v.length === 0) continue;
    if (NON_OPTIONAL_DEFAULTS.has(key) && (v === 0 || v === false)) continue;
    ordered[key] = v;
  }
  return toWireJson({ info: ordered });
}

/** Cover image names picked up beside the metadata file (and never uploaded as data). */
export const COVER_IMAGE_NAMES = ["dataset-cover-image.png", "dataset-cover-image.jpg", "dataset-cover-image.jpeg", "dataset-cover-image.webp"];

const IMAGE_TYPES: Record<string, string> = { ".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".webp": "image/webp" };

/**
 * The cover image for `metadata --update`: the file named by the metadata's `image` key
 * (relative to the folder), else a `dataset-cover-image.*` beside it; undefined if neither.
 */
export function coverImage(doc: MetadataDocument, folder: string): { path: string; contentType: string } | undefined {
  const src = (doc.data.info && typeof doc.data.info === "object" ? doc.data.info : doc.data) as Record<string, unknown>;
  let file: string | undefined;
  if (typeof src.image === "string" && src.image !== "") {
    file = path.resolve(folder, src.image);
    if (!fs.existsSync(file)) fail(doc, `Image file was not found: ${file}`, 'fix the "image" path (relative to the metadata folder)', "image");
  } else {
    file = COVER_IMAGE_NAMES.map((n) => path.join(folder, n)).find((f) => fs.existsSync(f));
  }
  if (!file) return undefined;
  const contentType = IMAGE_TYPES[path.extname(file).toLowerCase()];
  if (!contentType) fail(doc, `Image file requires an extension of .jpg, .jpeg, .png, or .webp: ${file}`, "convert the image or rename it", "image");
  return { path: file, contentType };
}

/** `metadata --update`: the settings sent, from the file's top level or its `info` (kaggle 2.2 rules). */
export function settingsFromMetadata(doc: MetadataDocument): DatasetSettings {
  const src = (doc.data.info && typeof doc.data.info === "object" ? doc.data.info : doc.data) as Record<string, unknown>;
  const text = (key: string): string => {
    const v = src[key];
    if (v === undefined || v === null) return "";
    if (typeof v !== "string") fail(doc, `"${key}" must be a string`, `write "${key}" as text`, key);
    return v;
  };
  const settings: DatasetSettings = { title: text("title"), subtitle: text("subtitle"), description: text("description") };
  if (src.isPrivate === true) settings.isPrivate = true;
  const licenses = src.licenses;
  if (licenses !== undefined && licenses !== null) {
    if (!Array.isArray(licenses)) fail(doc, '"licenses" must be a list', 'write "licenses": [{"name": "CC0-1.0"}]', "licenses");
    settings.licenses = licenses.map((l: unknown) => {
      const name = (l as { name?: unknown } | null)?.name;
      if (typeof name !== "string") fail(doc, "Key name not found in data (licenses)", 'write "licenses": [{"name": "CC0-1.0"}]', "licenses");
      return { name };
    });
  }
  const keywords = src.keywords;
  if (keywords !== undefined && keywords !== null) {
    if (!Array.isArray(keywords) || keywords.some((k) => typeof k !== "string"))
      fail(doc, '"keywords" must be a list of strings', 'write "keywords": ["tabular"]', "keywords");
    if (keywords.length) settings.keywords = keywords as string[];
  }
  const collaborators = src.collaborators;
  if (Array.isArray(collaborators) && collaborators.length) {
    settings.collaborators = collaborators.map((c: unknown) => {
      const o = (c ?? {}) as Record<string, unknown>;
      const role = typeof o.role === "string" ? o.role.toUpperCase().replace(/^COLLABORATOR_TYPE_/, "") : "READER";
      if (!["READER", "WRITER", "OWNER", "ADMIN"].includes(role))
        fail(doc, `collaborator role "${String(o.role)}" is not valid`, "use reader or writer", "collaborators", "role");
      return {
        ...(typeof o.username === "string" ? { username: o.username } : {}),
        ...(typeof o.groupSlug === "string" ? { groupSlug: o.groupSlug } : {}),
        role: role as "READER",
      };
    });
  }
  let data: DatasetSettingsFile[] | undefined;
  if (Array.isArray(src.data) && src.data.length) {
    data = src.data.map((d: unknown) => {
      const o = (d ?? {}) as Record<string, unknown>;
      const file: DatasetSettingsFile = {};
      if (typeof o.name === "string") file.name = o.name;
      if (typeof o.description === "string") file.description = o.description;
      if (typeof o.totalBytes === "number" && o.totalBytes) file.totalBytes = o.totalBytes;
      if (Array.isArray(o.columns) && o.columns.length) {
        file.columns = o.columns.map((c: unknown) => {
          const co = (c ?? {}) as Record<string, unknown>;
          return {
            ...(typeof co.name === "string" ? { name: co.name } : {}),
            ...(typeof co.description === "string" ? { description: co.description } : {}),
            ...(typeof co.type === "string" ? { type: co.type } : {}),
          };
        });
      }
      return file;
    });
  } else if (Array.isArray(src.resources) && src.resources.length) {
    const resources = checkResources({ ...doc, data: src }, { username: "", checkFiles: false });
    data = resources.map((r) => ({
      name: r.path,
      ...(r.description !== undefined ? { description: r.description } : {}),
      ...(r.columns?.length
        ? { columns: r.columns.map((c) => ({ name: c.name ?? "", description: c.description ?? "", ...(c.type ? { type: c.type } : {}) })) }
        : {}),
    }));
  }
  if (data) settings.data = data;
  if (typeof src.expectedUpdateFrequency === "string") {
    settings.expectedUpdateFrequency = src.expectedUpdateFrequency;
  }
  settings.userSpecifiedSources = typeof src.userSpecifiedSources === "string" ? src.userSpecifiedSources : "";
  return settings;
}
