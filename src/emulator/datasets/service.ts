/**
 * `datasets.DatasetApiService`: list (filters, sort orders, paging), files, download (302 to a
 * signed URL; the whole dataset as a zip built once and cached), status, metadata get/update,
 * create and version from completed blob uploads, delete. Failures are answered the way the
 * official CLI reports them: `{"status": "error", "error": …}` bodies for create/version
 * problems, HTTP errors (`{code, message}`) for missing datasets and permissions.
 */
import { createHash } from "node:crypto";
import {
  CollaboratorTypes,
  DatasetFileTypeGroups,
  DatasetLicenseGroups,
  DatasetSelectionGroups,
  DatasetSizeGroups,
  DatasetSortBys,
  DatasetViewedGroups,
  ExpectedUpdateFrequencies,
  type ApiDataset,
  type ApiDatasetColumn,
  type ApiDatasetFile,
  type DatasetInfo,
} from "../../core/types/datasets";
import {
  canRead,
  canWrite,
  canonicalLicense,
  currentVersion,
  isOwner,
  liveVersions,
  totalBytes,
  versionStatus,
  type DatasetFileRecord,
  type DatasetRecord,
  type DatasetVersionRecord,
} from "./state";
import { ApiError, badRequest, forbidden, notFound } from "../errors";
import * as s from "../schema";
import { defineService, method, reply, type RequestContext } from "../service";
import { findUser, type User } from "../state";
import type { StoredFile } from "../storage";
import { paginate, wireTime } from "../wire";

/** The license of a dataset created without one, as on Kaggle. */
const DEFAULT_LICENSE = "unknown";
const datasetUrl = (ds: DatasetRecord): string => `https://www.kaggle.com/datasets/${ds.owner}/${ds.slug}`;

/** Tags the emulated server knows; others come back in `invalidTags`. */
const KNOWN_TAGS = new Set(
  [
    "arts and entertainment", "business", "computer science", "data analytics", "data cleaning", "data visualization",
    "deep learning", "economics", "education", "finance", "games", "geography", "government", "health", "history",
    "image", "internet", "law", "machine learning", "mathematics", "news", "nlp", "politics", "public health", "science",
    "social science", "sports", "tabular", "text", "time series", "travel", "weather", "beginner", "intermediate",
    "advanced", "classification", "regression", "clustering", "computer vision", "audio", "video", "energy", "food",
    "real estate", "transportation", "covid19", "statistics", "earth and nature", "biology", "chemistry", "physics",
    "medicine", "music", "movies and tv shows", "social networks", "investing", "cryptocurrency", "retail", "software",
  ].map((t) => t.toLowerCase()),
);

const column = s.object({
  order: s.optional(s.int()),
  name: s.optional(s.string()),
  type: s.optional(s.string()),
  originalType: s.optional(s.string()),
  description: s.optional(s.string()),
});
const newFile = s.object({ token: s.string({ required: true }), description: s.optional(s.string()), columns: s.array(column) });
interface DirectoryInfo {
  name: string;
  directories: DirectoryInfo[];
  files: { token: string; description?: string; columns: ApiDatasetColumn[] }[];
}
/** `ApiUploadDirectoryInfo` (recursive). */
const directory: s.Schema<DirectoryInfo> = {
  kind: "object",
  fallback: () => ({ name: "", directories: [], files: [] }),
  parse: (v, path, opts) => s.object({ name: s.string({ required: true }), directories: s.array(directory), files: s.array(newFile) }).parse(v, path, opts) as DirectoryInfo,
};
const versionBody = s.object({
  versionNotes: s.optional(s.string()),
  deleteOldVersions: s.bool(),
  files: s.array(newFile),
  subtitle: s.optional(s.string()),
  description: s.optional(s.string()),
  categoryIds: s.array(s.string()),
  directories: s.array(directory),
});
const refRequest = s.object({ ownerSlug: s.string({ required: true }), datasetSlug: s.string({ required: true }) });

function find(ctx: RequestContext, owner: string, slug: string): DatasetRecord | undefined {
  const o = owner.toLowerCase();
  const sl = slug.toLowerCase();
  return ctx.state.datasets.datasets.find((d) => d.owner.toLowerCase() === o && d.slug === sl);
}

/** The dataset, visible to the caller, or 404 (a private dataset is not revealed). */
function findVisible(ctx: RequestContext, owner: string, slug: string): DatasetRecord {
  const ds = find(ctx, owner, slug);
  if (!ds || !canRead(ds, ctx.user)) throw notFound(`Dataset ${owner}/${slug} was not found.`);
  return ds;
}

function versionOf(ds: DatasetRecord, number: number | undefined): DatasetVersionRecord {
  const live = liveVersions(ds);
  const v = number ? live.find((x) => x.number === number) : live.at(-1);
  if (!v) throw notFound(number ? `Version ${number} of dataset ${ds.owner}/${ds.slug} was not found.` : `Dataset ${ds.owner}/${ds.slug} has no versions.`);
  return v;
}

function fileType(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot > name.lastIndexOf("/") ? name.slice(dot) : "";
}

function toApiFile(ds: DatasetRecord, f: DatasetFileRecord): ApiDatasetFile {
  return {
    ref: f.name,
    datasetRef: `${ds.owner}/${ds.slug}`,
    ownerRef: ds.owner,
    name: f.name,
    creationDate: wireTime(f.creationDate),
    description: f.description,
    fileType: fileType(f.name),
    url: `${datasetUrl(ds)}?select=${encodeURIComponent(f.name)}`,
    totalBytes: f.size,
    columns: f.columns,
  };
}

function ownerName(ctx: RequestContext, ds: DatasetRecord): string {
  return findUser(ctx.state, ds.owner)?.displayName ?? ds.owner;
}

function toApiDataset(ctx: RequestContext, ds: DatasetRecord, full = false): ApiDataset {
  const cur = currentVersion(ds);
  const out: ApiDataset = {
    id: ds.id,
    ref: `${ds.owner}/${ds.slug}`,
    subtitle: ds.subtitle,
    creatorName: ownerName(ctx, ds),
    creatorUrl: ds.owner,
    totalBytes: totalBytes(cur),
    url: datasetUrl(ds),
    lastUpdated: wireTime(ds.updatedAt),
    downloadCount: ds.downloadCount,
    isPrivate: ds.isPrivate,
    isFeatured: ds.featured,
    licenseName: ds.licenseName,
    description: ds.description,
    ownerName: ownerName(ctx, ds),
    ownerRef: ds.owner,
    kernelCount: ds.kernelCount,
    title: ds.title,
    topicCount: ds.topicCount,
    viewCount: ds.viewCount,
    voteCount: ds.voteCount,
    currentVersionNumber: cur?.number,
    usabilityRating: ds.usabilityRating,
    tags: ds.keywords.map((k) => ({ ref: k.replace(/\s+/g, "-"), name: k })),
    thumbnailImageUrl: `https://storage.googleapis.com/kaggle-datasets-images/${ds.id}/thumbnail.png`,
  };
  if (full) {
    out.files = (cur?.files ?? []).map((f) => toApiFile(ds, f));
    out.versions = liveVersions(ds).map((v) => ({
      versionNumber: v.number,
      creationDate: wireTime(v.creationDate),
      creatorName: findUser(ctx.state, v.creator)?.displayName ?? v.creator,
      creatorRef: v.creator,
      versionNotes: v.notes,
      status: versionStatus(v, ctx.now()).toLowerCase(),
    }));
  }
  return out;
}

function toInfo(ds: DatasetRecord): DatasetInfo {
  return {
    datasetId: ds.id,
    datasetSlug: ds.slug,
    ownerUser: ds.owner,
    usabilityRating: ds.usabilityRating,
    totalViews: ds.viewCount,
    totalVotes: ds.voteCount,
    totalDownloads: ds.downloadCount,
    title: ds.title,
    subtitle: ds.subtitle,
    description: ds.description,
    isPrivate: ds.isPrivate,
    keywords: ds.keywords,
    licenses: [{ name: ds.licenseName }],
    collaborators: ds.collaborators.map((c) => ({ username: c.username, role: c.role })),
    expectedUpdateFrequency: ds.expectedUpdateFrequency ?? "not specified",
    userSpecifiedSources: ds.userSpecifiedSources,
  };
}

const LICENSE_GROUP_TEST: Record<string, (l: string) => boolean> = {
  DATASET_LICENSE_GROUP_CC: (l) => /^(CC|Attribution|CC0)/i.test(l) || /\(CC[0 ]/i.test(l),
  DATASET_LICENSE_GROUP_GPL: (l) => /GPL/i.test(l),
  DATASET_LICENSE_GROUP_ODB: (l) => /^(ODbL|ODC|PDDL|DbCL)/i.test(l),
};

const FILE_TYPE_EXT: Record<string, RegExp> = {
  DATASET_FILE_TYPE_GROUP_CSV: /\.csv$/i,
  DATASET_FILE_TYPE_GROUP_SQLITE: /\.(sqlite|sqlite3|db)$/i,
  DATASET_FILE_TYPE_GROUP_JSON: /\.(json|jsonl)$/i,
  DATASET_FILE_TYPE_GROUP_PARQUET: /\.parquet$/i,
  DATASET_FILE_TYPE_GROUP_BIG_QUERY: /^$/,
};

/** A failure reported inside a 200 body, as Kaggle does for create/version. */
function errorBody(error: string): ReturnType<typeof reply.json> {
  return reply.json({ status: "error", error });
}

/** Turns the request's tokens into files; undefined and an error text when one is unusable. */
function resolveFiles(
  ctx: RequestContext,
  user: User,
  files: { token: string; description?: string; columns: ApiDatasetColumn[] }[],
  directories: DirectoryInfo[],
  now: string,
): { files: DatasetFileRecord[] } | { error: string } {
  const out: DatasetFileRecord[] = [];
  const add = (list: typeof files, prefix: string): string | undefined => {
    for (const f of list) {
      const upload = ctx.storage.uploadByToken(f.token);
      if (!upload || upload.kind !== "DATASET") return `Invalid file token: ${f.token.slice(0, 12)}… is not a dataset upload. Start the upload with StartBlobUpload (type DATASET).`;
      if (!upload.complete) return `The upload of ${upload.name} is not complete (${upload.size} of ${upload.contentLength ?? "?"} bytes received). Finish the upload before creating the dataset.`;
      if (upload.owner && upload.owner.toLowerCase() !== user.username.toLowerCase()) return `Invalid file token for ${upload.name}: it belongs to another user.`;
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
  if (out.length === 0) return { error: "A dataset version needs at least one file; none was uploaded." };
  return { files: out };
}

function splitTags(ids: string[]): { tags: string[]; invalid: string[] } {
  const tags: string[] = [];
  const invalid: string[] = [];
  for (const t of ids) {
    if (KNOWN_TAGS.has(t.trim().toLowerCase())) tags.push(t.trim().toLowerCase());
    else invalid.push(t);
  }
  return { tags, invalid };
}

function textLengthError(what: string, value: string, min: number, max: number): string | undefined {
  const n = [...value].length;
  return n < min || n > max ? `The dataset ${what} must be between ${min} and ${max} characters` : undefined;
}

function consume(ctx: RequestContext, files: DatasetFileRecord[], tokens: string[], by: string): void {
  void files;
  for (const t of tokens) ctx.storage.consume(t, by);
}

function allTokens(files: { token: string }[], dirs: DirectoryInfo[]): string[] {
  return [...files.map((f) => f.token), ...dirs.flatMap((d) => allTokens(d.files, d.directories))];
}

function newVersion(ctx: RequestContext, ds: DatasetRecord, user: User, notes: string, files: DatasetFileRecord[]): DatasetVersionRecord {
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

function createVersion(
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

export const datasetsService = defineService({
  service: "datasets.DatasetApiService",
  methods: {
    ListDatasets: method({
      request: s.object({
        group: s.enumOf(DatasetSelectionGroups),
        sortBy: s.enumOf(DatasetSortBys),
        size: s.enumOf(DatasetSizeGroups),
        fileType: s.enumOf(DatasetFileTypeGroups),
        license: s.enumOf(DatasetLicenseGroups),
        viewed: s.enumOf(DatasetViewedGroups),
        tagIds: s.optional(s.string()),
        search: s.optional(s.string()),
        user: s.optional(s.string()),
        minSize: s.optional(s.int({ min: 0 })),
        maxSize: s.optional(s.int({ min: 0 })),
        page: s.optional(s.int()),
        pageToken: s.optional(s.string()),
        pageSize: s.optional(s.int()),
      }),
      auth: "optional",
      handler(ctx, body) {
        const user = ctx.user;
        let list = ctx.state.datasets.datasets.filter((d) => currentVersion(d));
        switch (body.group) {
          case "DATASET_SELECTION_GROUP_PUBLIC":
          case "DATASET_SELECTION_GROUP_ALL":
            list = list.filter((d) => !d.isPrivate);
            break;
          case "DATASET_SELECTION_GROUP_MY":
            if (!user) throw new ApiError(401, "Listing your own datasets requires authentication.");
            list = list.filter((d) => isOwner(d, user));
            break;
          case "DATASET_SELECTION_GROUP_MY_PRIVATE":
          case "DATASET_SELECTION_GROUP_MY_PUBLIC":
            if (!user) throw new ApiError(401, "Listing your own datasets requires authentication.");
            list = list.filter((d) => isOwner(d, user) && d.isPrivate === (body.group === "DATASET_SELECTION_GROUP_MY_PRIVATE"));
            break;
          case "DATASET_SELECTION_GROUP_USER": {
            if (!body.user) throw badRequest("Invalid value for field 'user': a user name is required with DATASET_SELECTION_GROUP_USER");
            const u = body.user.toLowerCase();
            list = list.filter((d) => d.owner.toLowerCase() === u && canRead(d, user));
            break;
          }
          case "DATASET_SELECTION_GROUP_FEATURED":
            list = list.filter((d) => !d.isPrivate && d.featured);
            break;
          case "DATASET_SELECTION_GROUP_USER_SHARED_WITH_ME":
          case "DATASET_SELECTION_GROUP_COLLABORATION":
          case "DATASET_SELECTION_GROUP_SHARED_WITH_USER":
            list = user ? list.filter((d) => !isOwner(d, user) && canRead(d, user) && d.collaborators.length > 0) : [];
            break;
          default:
            list = list.filter((d) => canRead(d, user));
        }
        const search = (body.search ?? "").trim().toLowerCase();
        if (search) {
          const words = search.split(/\s+/);
          list = list.filter((d) => {
            const hay = `${d.title} ${d.slug} ${d.subtitle} ${d.description} ${d.keywords.join(" ")}`.toLowerCase();
            return words.every((w) => hay.includes(w));
          });
        }
        const tagIds = (body.tagIds ?? "").split(",").map((t) => t.trim().toLowerCase()).filter(Boolean);
        if (tagIds.length) list = list.filter((d) => tagIds.every((t) => d.keywords.some((k) => k.toLowerCase() === t || k.toLowerCase().replace(/\s+/g, "-") === t)));
        if (body.fileType !== "DATASET_FILE_TYPE_GROUP_ALL") {
          const re = FILE_TYPE_EXT[body.fileType]!;
          list = list.filter((d) => currentVersion(d)!.files.some((f) => re.test(f.name)));
        }
        if (body.license !== "DATASET_LICENSE_GROUP_ALL") {
          const test = LICENSE_GROUP_TEST[body.license];
          list = list.filter((d) => (test ? test(d.licenseName) : !Object.values(LICENSE_GROUP_TEST).some((t) => t(d.licenseName))));
        }
        if (body.minSize) list = list.filter((d) => totalBytes(currentVersion(d)) >= body.minSize!);
        if (body.maxSize) list = list.filter((d) => totalBytes(currentVersion(d)) <= body.maxSize!);
        const by = <T>(key: (d: DatasetRecord) => T, desc = true) => (a: DatasetRecord, b: DatasetRecord) => {
          const x = key(a);
          const y = key(b);
          return (x < y ? -1 : x > y ? 1 : 0) * (desc ? -1 : 1) || a.id - b.id;
        };
        const sorters: Record<string, (a: DatasetRecord, b: DatasetRecord) => number> = {
          DATASET_SORT_BY_HOTTEST: by((d) => d.voteCount * 10 + d.downloadCount),
          DATASET_SORT_BY_VOTES: by((d) => d.voteCount),
          DATASET_SORT_BY_UPDATED: by((d) => d.updatedAt),
          DATASET_SORT_BY_ACTIVE: by((d) => d.updatedAt),
          DATASET_SORT_BY_PUBLISHED: by((d) => d.createdAt),
          DATASET_SORT_BY_RELEVANCE: by((d) => (search && d.title.toLowerCase().includes(search) ? 1 : 0)),
          DATASET_SORT_BY_LAST_VIEWED: by((d) => d.updatedAt),
          DATASET_SORT_BY_USABILITY: by((d) => d.usabilityRating),
          DATASET_SORT_BY_DOWNLOAD_COUNT: by((d) => d.downloadCount),
        };
        list = [...list].sort(sorters[body.sortBy]);
        const page = paginate(list, {
          ...(body.page !== undefined ? { page: body.page } : {}),
          ...(body.pageSize !== undefined ? { pageSize: body.pageSize } : {}),
          ...(body.pageToken ? { pageToken: body.pageToken } : {}),
        });
        return { datasets: page.items.map((d) => toApiDataset(ctx, d)), nextPageToken: page.nextPageToken };
      },
    }),

    ListDatasetFiles: method({
      request: s.object({
        ownerSlug: s.string({ required: true }),
        datasetSlug: s.string({ required: true }),
        datasetVersionNumber: s.optional(s.int({ min: 1 })),
        pageToken: s.optional(s.string()),
        pageSize: s.optional(s.int()),
      }),
      auth: "optional",
      handler(ctx, body) {
        const ds = findVisible(ctx, body.ownerSlug, body.datasetSlug);
        const v = versionOf(ds, body.datasetVersionNumber);
        const files = [...v.files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        const page = paginate(files, {
          ...(body.pageSize !== undefined ? { pageSize: body.pageSize } : {}),
          ...(body.pageToken ? { pageToken: body.pageToken } : {}),
        });
        return { datasetFiles: page.items.map((f) => toApiFile(ds, f)), nextPageToken: page.nextPageToken };
      },
    }),

    GetDataset: method({
      request: refRequest,
      auth: "optional",
      handler(ctx, body) {
        return toApiDataset(ctx, findVisible(ctx, body.ownerSlug, body.datasetSlug), true) as Record<string, unknown>;
      },
    }),

    GetDatasetStatus: method({
      request: refRequest,
      handler(ctx, body) {
        const user = ctx.requireUser();
        const ds = find(ctx, body.ownerSlug, body.datasetSlug);
        // Status is only shown to those who may change the dataset (404 otherwise, as on Kaggle).
        if (!ds || !canWrite(ds, user)) throw notFound(`Dataset ${body.ownerSlug}/${body.datasetSlug} was not found.`);
        return reply.json({ status: versionStatus(currentVersion(ds), ctx.now()) });
      },
    }),

    GetDatasetMetadata: method({
      request: refRequest,
      auth: "optional",
      handler(ctx, body) {
        const ds = findVisible(ctx, body.ownerSlug, body.datasetSlug);
        return { info: toInfo(ds) } as Record<string, unknown>;
      },
    }),

    UpdateDatasetMetadata: method({
      request: s.object({
        ownerSlug: s.string({ required: true }),
        datasetSlug: s.string({ required: true }),
        settings: s.object({
          title: s.optional(s.string()),
          subtitle: s.optional(s.string()),
          description: s.optional(s.string()),
          isPrivate: s.bool(),
          licenses: s.array(s.object({ name: s.optional(s.string()) })),
          keywords: s.array(s.string()),
          collaborators: s.array(s.object({ username: s.optional(s.string()), groupSlug: s.optional(s.string()), role: s.enumOf(CollaboratorTypes) })),
          data: s.array(
            s.object({
              name: s.optional(s.string()),
              description: s.optional(s.string()),
              totalBytes: s.optional(s.int()),
              columns: s.array(s.object({ name: s.optional(s.string()), description: s.optional(s.string()), type: s.optional(s.string()) })),
            }),
          ),
          expectedUpdateFrequency: s.optional(s.string()),
          userSpecifiedSources: s.optional(s.string()),
          image: s.optional(
            s.object({
              token: s.optional(s.string()),
              cropRectangles: s.array(s.object({ title: s.optional(s.string()), top: s.int(), left: s.int(), width: s.int(), height: s.int() })),
            }),
          ),
        }),
      }),
      handler(ctx, body) {
        const user = ctx.requireUser();
        const ds = find(ctx, body.ownerSlug, body.datasetSlug);
        if (!ds || !canRead(ds, user)) throw notFound(`Dataset ${body.ownerSlug}/${body.datasetSlug} was not found.`);
        if (!canWrite(ds, user)) throw forbidden(`You do not have permission to edit ${ds.owner}/${ds.slug}.`);
        const st = body.settings;
        if (st.title) {
          const e = textLengthError("title", st.title, 6, 50);
          if (e) throw badRequest(e);
        }
        if (st.subtitle) {
          const e = textLengthError("subtitle", st.subtitle, 20, 80);
          if (e) throw badRequest(e.replace("The dataset subtitle", "Subtitle length"));
        }
        let license: string | undefined;
        if (st.licenses.length) {
          if (st.licenses.length !== 1) throw badRequest("Please specify exactly one license");
          license = canonicalLicense(st.licenses[0]!.name ?? "");
          if (!license) throw badRequest(`Invalid license name "${st.licenses[0]!.name ?? ""}"; use one of ${["CC0-1.0", "CC-BY-4.0", "CC-BY-SA-4.0", "ODbL-1.0", "other"].join(", ")}, …`);
        }
        if (st.expectedUpdateFrequency !== undefined && !(ExpectedUpdateFrequencies as readonly string[]).includes(st.expectedUpdateFrequency)) {
          throw badRequest(`Invalid expectedUpdateFrequency "${st.expectedUpdateFrequency}"; use one of ${ExpectedUpdateFrequencies.join(", ")} (lower case)`);
        }
        for (const c of st.collaborators) {
          if (!c.username || !findUser(ctx.state, c.username)) throw badRequest(`Unknown collaborator "${c.username ?? c.groupSlug ?? ""}"`);
          if (c.role !== "READER" && c.role !== "WRITER") throw badRequest(`Invalid collaborator role ${c.role} for ${c.username}; use READER or WRITER`);
        }
        if (st.image?.token) {
          const up = ctx.storage.uploadByToken(st.image.token);
          if (!up || !up.complete || up.kind !== "INBOX") throw badRequest("Invalid image token: upload the cover image with StartBlobUpload (type INBOX) first.");
          ctx.storage.consume(st.image.token, `dataset-image:${ds.id}`);
        }
        if (st.title) ds.title = st.title;
        if (st.subtitle !== undefined) ds.subtitle = st.subtitle;
        if (st.description !== undefined) ds.description = st.description;
        ds.isPrivate = st.isPrivate;
        if (license) ds.licenseName = license;
        if (st.keywords.length) ds.keywords = splitTags(st.keywords).tags;
        if (st.collaborators.length) ds.collaborators = st.collaborators.map((c) => ({ username: c.username!, role: c.role as "READER" | "WRITER" }));
        const cur = currentVersion(ds);
        for (const d of st.data) {
          const f = cur?.files.find((x) => x.name === d.name);
          if (!f) continue;
          if (d.description !== undefined) f.description = d.description;
          if (d.columns.length) f.columns = d.columns.map((c, i) => ({ order: i, name: c.name ?? "", description: c.description ?? "", ...(c.type ? { type: c.type } : {}) }));
        }
        if (st.expectedUpdateFrequency !== undefined) ds.expectedUpdateFrequency = st.expectedUpdateFrequency;
        if (st.userSpecifiedSources !== undefined) ds.userSpecifiedSources = st.userSpecifiedSources;
        ctx.changed();
        return reply.json({ errors: [] });
      },
    }),

    DownloadDataset: method({
      request: s.object({
        ownerSlug: s.string({ required: true }),
        datasetSlug: s.string({ required: true }),
        fileName: s.optional(s.string()),
        datasetVersionNumber: s.optional(s.int({ min: 1 })),
        raw: s.bool(),
        hashLink: s.optional(s.string()),
      }),
      auth: "optional",
      async handler(ctx, body) {
        const ds = findVisible(ctx, body.ownerSlug, body.datasetSlug);
        const v = versionOf(ds, body.datasetVersionNumber);
        if (versionStatus(v, ctx.now()) !== "READY") {
          throw notFound(`Version ${v.number} of ${ds.owner}/${ds.slug} is still being processed; try again shortly.`);
        }
        ds.downloadCount++;
        ctx.changed();
        if (body.fileName !== undefined) {
          const f = v.files.find((x) => x.name === body.fileName);
          if (!f) throw notFound(`File ${body.fileName} was not found in ${ds.owner}/${ds.slug} version ${v.number}.`);
          const file: StoredFile = { path: f.path, size: f.size, lastModified: f.creationDate, name: f.name.split("/").pop()! };
          return reply.redirect(ctx.storage.signedUrl(ctx.baseUrl, `kagglesdsdata/datasets/${ds.id}/${v.id}/${f.name}`, file));
        }
        const key = createHash("sha1")
          .update(`${ds.id}:${v.id}:${v.files.map((f) => `${f.name}:${f.size}:${f.path}`).join(",")}`)
          .digest("hex")
          .slice(0, 16);
        const zip = await ctx.storage.zip(
          `dataset-${ds.id}-${v.id}-${key}`,
          "archive.zip",
          v.files.map((f) => ({ name: f.name, path: f.path, mtime: new Date(f.creationDate) })),
          v.creationDate,
        );
        return reply.redirect(
          ctx.storage.signedUrl(ctx.baseUrl, `kaggle-data-sets/${ds.id}/${v.id}/bundle/archive.zip`, zip, {
            expiresSec: 259200,
            serviceAccount: "gcp-kaggle-com@kaggle-161607.iam.gserviceaccount.com",
          }),
        );
      },
    }),

    CreateDataset: method({
      request: s.object({
        id: s.optional(s.int()),
        ownerSlug: s.optional(s.string()),
        slug: s.optional(s.string()),
        title: s.optional(s.string()),
        licenseName: s.optional(s.string()),
        isPrivate: s.bool(),
        files: s.array(newFile),
        subtitle: s.optional(s.string()),
        description: s.optional(s.string()),
        categoryIds: s.array(s.string()),
        directories: s.array(directory),
      }),
      handler(ctx, body) {
        const user = ctx.requireUser();
        const owner = body.ownerSlug || user.username;
        if (owner.toLowerCase() !== user.username.toLowerCase()) {
          throw forbidden(`You cannot create datasets for ${owner}; the id in dataset-metadata.json must start with your user name (${user.username}).`);
        }
        const slug = body.slug ?? "";
        if (!slug) return errorBody("A slug is required.");
        if (!/^[A-Za-z0-9-]+$/.test(slug)) return errorBody('Slug can only contain alphanumeric or "-" characters');
        const lenErr = textLengthError("slug", slug, 3, 50);
        if (lenErr) return errorBody(lenErr);
        const title = body.title ?? "";
        const titleErr = textLengthError("title", title, 6, 50);
        if (titleErr) return errorBody(`${titleErr} (got "${title}")`);
        if (body.subtitle) {
          const e = textLengthError("subtitle", body.subtitle, 20, 80);
          if (e) return errorBody(e.replace("The dataset subtitle", "Subtitle length"));
        }
        // No license (kagglehub's dataset_upload sends none) is Kaggle's default, "unknown" (the API's
        // DatasetNewRequest.license_name defaults to it); a name Kaggle does not know is still refused.
        const license = body.licenseName ? canonicalLicense(body.licenseName) : DEFAULT_LICENSE;
        if (!license) return errorBody(`Invalid license name "${body.licenseName ?? ""}". Use one of: CC0-1.0, CC-BY-4.0, CC-BY-SA-4.0, CC-BY-NC-4.0, ODbL-1.0, GPL-2.0, other, unknown, …`);
        if (find(ctx, owner, slug.toLowerCase())) {
          return errorBody(`The requested title "${title}" is already in use by a dataset. Please choose another title.`);
        }
        const resolved = resolveFiles(ctx, user, body.files, body.directories, new Date(ctx.now()).toISOString());
        if ("error" in resolved) return errorBody(resolved.error);
        const { tags, invalid } = splitTags(body.categoryIds);
        const now = new Date(ctx.now()).toISOString();
        const ds: DatasetRecord = {
          id: ctx.nextId("dataset", 5000000),
          owner: user.username,
          slug: slug.toLowerCase(),
          title,
          subtitle: body.subtitle ?? "",
          description: body.description ?? "",
          licenseName: license,
          isPrivate: body.isPrivate,
          keywords: tags,
          collaborators: [],
          createdAt: now,
          updatedAt: now,
          downloadCount: 0,
          viewCount: 0,
          voteCount: 0,
          usabilityRating: 0,
          kernelCount: 0,
          topicCount: 0,
          featured: false,
          versions: [],
        };
        ctx.state.datasets.datasets.push(ds);
        newVersion(ctx, ds, user, "Initial release", resolved.files);
        consume(ctx, resolved.files, allTokens(body.files, body.directories), `dataset:${ds.id}:1`);
        ctx.changed();
        return reply.json({ ref: `${ds.owner}/${ds.slug}`, url: datasetUrl(ds), status: "ok", ...(invalid.length ? { invalidTags: invalid } : {}) });
      },
    }),

    CreateDatasetVersion: method({
      request: s.object({ ownerSlug: s.string({ required: true }), datasetSlug: s.string({ required: true }), body: versionBody }),
      handler(ctx, body) {
        return createVersion(ctx, find(ctx, body.ownerSlug, body.datasetSlug), body.body);
      },
    }),

    CreateDatasetVersionById: method({
      request: s.object({ id: s.int({ min: 1 }), body: versionBody }),
      handler(ctx, body) {
        return createVersion(ctx, ctx.state.datasets.datasets.find((d) => d.id === body.id), body.body);
      },
    }),

    DeleteDataset: method({
      request: refRequest,
      handler(ctx, body) {
        const user = ctx.requireUser();
        const ds = find(ctx, body.ownerSlug, body.datasetSlug);
        if (!ds || !canRead(ds, user)) throw notFound(`Dataset ${body.ownerSlug}/${body.datasetSlug} was not found.`);
        if (!isOwner(ds, user)) throw forbidden(`Only the owner can delete ${ds.owner}/${ds.slug}.`);
        ctx.state.datasets.datasets = ctx.state.datasets.datasets.filter((d) => d !== ds);
        ctx.changed();
        return reply.json({});
      },
    }),
  },
});
