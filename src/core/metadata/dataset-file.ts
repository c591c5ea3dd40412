/**
 * `dataset-metadata.json` (and the legacy `datapackage.json`) as a file: finding and parsing it
 * (a syntax error names the line and column), the line of a field for error messages, the
 * template `datasets init` writes and the text `datasets metadata` writes.
 */
import fs from "node:fs";
import path from "node:path";
import { ConfigurationError } from "../errors";
import { joinLikePython, statOrUndefined, writeFileAtomicSync } from "../fs";
import { toWireJson } from "../json";
import type { DatasetInfo } from "../types/datasets";

export const METADATA_FILE = "dataset-metadata.json";
export const LEGACY_METADATA_FILE = "datapackage.json";
export const DEFAULT_SLUG = "INSERT_SLUG_HERE";
export const DEFAULT_TITLE = "INSERT_TITLE_HERE";

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

/** Throws the `ConfigurationError` for a problem, at the line of `keys` (when found), with its fix. */
export function fail(doc: MetadataDocument, problem: string, fix: string, ...keys: (string | number)[]): never {
  const line = keys.length ? lineOf(doc, ...keys) : undefined;
  throw new ConfigurationError(`${doc.file}${line ? `:${line}` : ""}: ${problem}; ${fix}`, {
    file: doc.file,
    ...(line ? { line } : {}),
  });
}

/** The template `datasets init` writes: 2-space indent, no trailing newline. */
export function initTemplate(username: string): string {
  return JSON.stringify({ title: DEFAULT_TITLE, id: `${username}/${DEFAULT_SLUG}`, licenses: [{ name: "CC0-1.0" }] }, null, 2);
}

/** Writes the template into `folder`; returns the file written, spelled as the official CLI prints it. */
export function writeInitTemplate(folder: string, username: string): string {
  if (!statOrUndefined(folder)?.isDirectory()) throw new ConfigurationError(`Invalid folder: ${folder}; give an existing folder with -p`);
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
