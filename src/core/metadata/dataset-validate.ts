/**
 * Validation of `dataset-metadata.json` for `datasets create` and `datasets version`: runs
 * before any network call, follows the official order of checks, and fails with one line naming
 * the file, the line, the field and the fix. Checks the official CLI leaves to the server (slug
 * characters, licence names, placeholder owners) are made here too, so a bad file fails before
 * anything is uploaded.
 */
import path from "node:path";
import { statOrUndefined } from "../fs";
import { LICENSE_NAMES, type ApiDatasetColumn } from "../types/datasets";
import { DEFAULT_SLUG, DEFAULT_TITLE, fail, type MetadataDocument } from "./dataset-file";

export { LICENSE_NAMES };

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
export function checkResources(doc: MetadataDocument, opts: ValidateOptions): ResourceSpec[] {
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
      if (!statOrUndefined(full)?.isFile())
        fail(doc, `${full} does not exist`, `add the file or remove the resource with "path": "${p}"`, "resources", "path");
    }
    if (seen.has(p)) fail(doc, `${p} path was specified more than once in the metadata`, "describe each file once", "resources");
    seen.add(p);
    const spec: ResourceSpec = { path: p };
    if (r.description !== undefined && r.description !== null) {
      if (typeof r.description !== "string")
        fail(doc, `${at}.description must be a string`, "write the description as text", "resources", "description");
      spec.description = r.description;
    }
    const columns = schemaColumns(doc, at, r.schema);
    if (columns) spec.columns = columns;
    out.push(spec);
  });
  return out;
}

/** `resources[i].schema.fields` → columns (upstream `process_column`, 2.2's `title` fallback); undefined without fields. */
function schemaColumns(doc: MetadataDocument, at: string, rawSchema: unknown): ApiDatasetColumn[] | undefined {
  const schema = rawSchema as Record<string, unknown> | undefined | null;
  if (schema !== undefined && schema !== null) {
    if (typeof schema !== "object" || Array.isArray(schema))
      fail(doc, `${at}.schema must be an object`, 'write it as "schema": {"fields": [...]}', "resources", "schema");
    const fields = schema.fields;
    if (fields !== undefined && fields !== null) {
      if (!Array.isArray(fields))
        fail(doc, `${at}.schema.fields must be a list`, 'write it as "fields": [{"name": "col", "type": "string"}]', "resources", "fields");
      return fields.map((fr: unknown, j: number) => {
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
  return undefined;
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
