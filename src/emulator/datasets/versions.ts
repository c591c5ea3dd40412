/**
 * Creating dataset versions from completed uploads: the request's files and directories, tags,
 * text limits, and the `{"status": "error", …}` answers Kaggle gives for unusable requests.
 */
import type { ApiDatasetColumn } from "../../core/types/datasets";
import { forbidden } from "../errors";
import * as s from "../schema";
import { reply, type RequestContext } from "../service";
import type { User } from "../state";
import { canRead, canWrite, liveVersions, versionStatus, type DatasetFileRecord, type DatasetRecord, type DatasetVersionRecord } from "./state";
import { datasetUrl } from "./wire";

/** Tags the emulated server knows; others come back in `invalidTags`. */
const KNOWN_TAGS = new Set(
  [
    "arts and entertainment",
    "business",
    "computer science",
    "data analytics",
    "data cleaning",
    "data visualization",
    "deep learning",
    "economics",
    "education",
    "finance",
    "games",
    "geography",
    "government",
    "health",
    "history",
    "image",
    "internet",
    "law",
    "machine learning",
    "mathematics",
    "news",
    "nlp",
    "politics",
    "public health",
    "science",
    "social science",
    "sports",
    "tabular",
    "text",
    "time series",
    "travel",
    "weather",
    "beginner",
    "intermediate",
    "advanced",
    "classification",
    "regression",
    "clustering",
    "computer vision",
    "audio",
    "video",
    "energy",
    "food",
    "real estate",
    "transportation",
    "covid19",
    "statistics",
    "earth and nature",
    "biology",
    "chemistry",
    "physics",
    "medicine",
    "music",
    "movies and tv shows",
    "social networks",
    "investing",
    "cryptocurrency",
    "retail",
    "software",
  ].map((t) => t.toLowerCase()),
);

const column = s.object({
  order: s.optional(s.int()),
  name: s.optional(s.string()),
  type: s.optional(s.string()),
  originalType: s.optional(s.string()),
  description: s.optional(s.string()),
});
export const newFile = s.object({ token: s.string({ required: true }), description: s.optional(s.string()), columns: s.array(column) });
export interface DirectoryInfo {
  name: string;
  directories: DirectoryInfo[];
  files: { token: string; description?: string; columns: ApiDatasetColumn[] }[];
}
/** `ApiUploadDirectoryInfo` (recursive). */
export const directory: s.Schema<DirectoryInfo> = {
  kind: "object",
  fallback: () => ({ name: "", directories: [], files: [] }),
  parse: (v, path, opts) =>
    s.object({ name: s.string({ required: true }), directories: s.array(directory), files: s.array(newFile) }).parse(v, path, opts) as DirectoryInfo,
};
export const versionBody = s.object({
  versionNotes: s.optional(s.string()),
  deleteOldVersions: s.bool(),
  files: s.array(newFile),
  subtitle: s.optional(s.string()),
  description: s.optional(s.string()),
  categoryIds: s.array(s.string()),
  directories: s.array(directory),
});

/** A failure reported inside a 200 body, as Kaggle does for create/version. */
export function errorBody(error: string): ReturnType<typeof reply.json> {
  return reply.json({ status: "error", error });
}

/** Turns the request's tokens into files; undefined and an error text when one is unusable. */
export function resolveFiles(
  ctx: RequestContext,
  user: User,
  files: { token: string; description?: string; columns: ApiDatasetColumn[] }[],
  directories: DirectoryInfo[],
  now: string,
  kind: "DATASET" | "MODEL" = "DATASET",
): { files: DatasetFileRecord[] } | { error: string } {
  const label = kind === "DATASET" ? "dataset" : "model";
  const out: DatasetFileRecord[] = [];
  const add = (list: typeof files, prefix: string): string | undefined => {
    for (const f of list) {
      const upload = ctx.storage.uploadByToken(f.token);
      if (!upload || upload.kind !== kind)
        return `Invalid file token: ${f.token.slice(0, 12)}… is not a ${label} upload. Start the upload with StartBlobUpload (type ${kind}).`;
      if (!upload.complete)
        return `The upload of ${upload.name} is not complete (${upload.size} of ${upload.contentLength ?? "?"} bytes received). Finish the upload before creating the ${label}.`;
      if (upload.owner && upload.owner.toLowerCase() !== user.username.toLowerCase())
        return `Invalid file token for ${upload.name}: it belongs to another user.`;
      if (upload.consumedBy) return `The uploaded file ${upload.name} was already used by ${upload.consumedBy}; upload it again.`;
      const blob = ctx.storage.blob(f.token)!;
      const name = `${prefix}${upload.name}`;
      if (out.some((x) => x.name === name)) return `The file name ${name} appears more than once in this version.`;
      const rec: DatasetFileRecord = { name, path: blob.path, size: blob.size, creationDate: now };
      if (f.description) rec.description = f.description;
      if (f.columns.length) rec.columns = f.columns.map((c, i) => ({ ...c, order: c.order ?? i }));
      out.push(rec);
    }
    return undefined;
  };
  let err = add(files, "");
  const walk = (dirs: DirectoryInfo[], prefix: string): string | undefined => {
    for (const d of dirs) {
      if (d.name.includes("/") || d.name === ".." || d.name === ".") return `Invalid directory name ${d.name}.`;
      const e = add(d.files, `${prefix}${d.name}/`) ?? walk(d.directories, `${prefix}${d.name}/`);
      if (e) return e;
    }
    return undefined;
  };
  err ??= walk(directories, "");
  if (err) return { error: err };
  if (out.length === 0) return { error: `A ${label} version needs at least one file; none was uploaded.` };
  return { files: out };
}

export function splitTags(ids: string[]): { tags: string[]; invalid: string[] } {
  const tags: string[] = [];
  const invalid: string[] = [];
  for (const t of ids) {
    if (KNOWN_TAGS.has(t.trim().toLowerCase())) tags.push(t.trim().toLowerCase());
    else invalid.push(t);
  }
  return { tags, invalid };
}

export function textLengthError(what: string, value: string, min: number, max: number): string | undefined {
  const n = [...value].length;
  return n < min || n > max ? `The dataset ${what} must be between ${min} and ${max} characters` : undefined;
}

export function consume(ctx: RequestContext, files: DatasetFileRecord[], tokens: string[], by: string): void {
  void files;
  for (const t of tokens) ctx.storage.consume(t, by);
}

export function allTokens(files: { token: string }[], dirs: DirectoryInfo[]): string[] {
  return [...files.map((f) => f.token), ...dirs.flatMap((d) => allTokens(d.files, d.directories))];
}

export function newVersion(ctx: RequestContext, ds: DatasetRecord, user: User, notes: string, files: DatasetFileRecord[]): DatasetVersionRecord {
  const now = ctx.now();
  const v: DatasetVersionRecord = {
    number: (ds.versions.at(-1)?.number ?? 0) + 1,
    id: ctx.nextId("datasetVersion", 9000000),
    notes,
    creationDate: new Date(now).toISOString(),
    creator: user.username,
    files,
    readyAt: new Date(now + ctx.state.datasets.processingDelayMs).toISOString(),
  };
  ds.versions.push(v);
  ds.updatedAt = v.creationDate;
  return v;
}

export function createVersion(
  ctx: RequestContext,
  ds: DatasetRecord | undefined,
  body: s.Infer<typeof versionBody>,
): ReturnType<typeof reply.json> | Record<string, unknown> {
  const user = ctx.requireUser();
  if (!ds || !canRead(ds, user)) return errorBody("Failed to resolve the necessary information from the request.");
  if (!canWrite(ds, user)) throw forbidden(`You do not have permission to create a new version of ${ds.owner}/${ds.slug}.`);
  const first = liveVersions(ds)[0];
  if (liveVersions(ds).length === 1 && first && versionStatus(first, ctx.now()) !== "READY") {
    throw forbidden(`The first version of ${ds.owner}/${ds.slug} is still being processed; try again when 'kaggle datasets status' says ready.`);
  }
  if (body.subtitle) {
    const e = textLengthError("subtitle", body.subtitle, 20, 80);
    if (e) return errorBody(e.replace("The dataset subtitle", "Subtitle length"));
  }
  const resolved = resolveFiles(ctx, user, body.files, body.directories, new Date(ctx.now()).toISOString());
  if ("error" in resolved) return errorBody(resolved.error);
  const { tags, invalid } = splitTags(body.categoryIds);
  if (body.deleteOldVersions) for (const v of ds.versions) v.deleted = true;
  const v = newVersion(ctx, ds, user, body.versionNotes ?? "", resolved.files);
  if (body.subtitle !== undefined) ds.subtitle = body.subtitle;
  if (body.description !== undefined) ds.description = body.description;
  if (body.categoryIds.length) ds.keywords = tags;
  consume(ctx, resolved.files, allTokens(body.files, body.directories), `dataset:${ds.id}:${v.number}`);
  ctx.changed();
  return reply.json({ ref: `${ds.owner}/${ds.slug}`, url: datasetUrl(ds), status: "ok", ...(invalid.length ? { invalidTags: invalid } : {}) });
}
