/**
 * `datasets metadata --update` from a metadata file: the cover image beside it and the
 * settings sent, from the file's top level or its `info`.
 */
import fs from "node:fs";
import path from "node:path";
import type { DatasetSettings, DatasetSettingsFile } from "../types/datasets";
import { fail, type MetadataDocument } from "./dataset-file";
import { checkResources } from "./dataset-validate";

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
  const collaborators = settingsCollaborators(doc, src.collaborators);
  if (collaborators) settings.collaborators = collaborators;
  const data = settingsFiles(doc, src);
  if (data) settings.data = data;
  if (typeof src.expectedUpdateFrequency === "string") {
    settings.expectedUpdateFrequency = src.expectedUpdateFrequency;
  }
  settings.userSpecifiedSources = typeof src.userSpecifiedSources === "string" ? src.userSpecifiedSources : "";
  return settings;
}

/** `collaborators` with their roles (`reader` when not given); undefined when there are none. */
function settingsCollaborators(doc: MetadataDocument, collaborators: unknown): DatasetSettings["collaborators"] {
  if (!Array.isArray(collaborators) || !collaborators.length) return undefined;
  return collaborators.map((c: unknown) => {
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

/** The files' descriptions and columns: from `data` as `datasets metadata` writes it, else from `resources`. */
function settingsFiles(doc: MetadataDocument, src: Record<string, unknown>): DatasetSettingsFile[] | undefined {
  if (Array.isArray(src.data) && src.data.length) {
    return src.data.map((d: unknown) => {
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
    return resources.map((r) => ({
      name: r.path,
      ...(r.description !== undefined ? { description: r.description } : {}),
      ...(r.columns?.length
        ? { columns: r.columns.map((c) => ({ name: c.name ?? "", description: c.description ?? "", ...(c.type ? { type: c.type } : {}) })) }
        : {}),
    }));
  }
  return undefined;
}
