/** `ListDatasets`: the selection group, the filters and the sort orders. */
import {
  DatasetFileTypeGroups,
  DatasetLicenseGroups,
  DatasetSelectionGroups,
  DatasetSizeGroups,
  DatasetSortBys,
  DatasetViewedGroups,
  type ApiDataset,
} from "../../core/types/datasets";
import { ApiError, badRequest } from "../errors";
import * as s from "../schema";
import type { RequestContext } from "../service";
import { paginate } from "../wire";
import { canRead, currentVersion, isOwner, totalBytes, type DatasetRecord } from "./state";
import { toApiDataset } from "./wire";

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

export const listRequest = s.object({
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
});

type ListRequest = s.Infer<typeof listRequest>;

/** The datasets of the requested selection group the caller may see. */
function inGroup(ctx: RequestContext, body: ListRequest, list: DatasetRecord[]): DatasetRecord[] {
  const user = ctx.user;
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
  return list;
}

/** The search words, tags, file type, license and size bounds. */
function matching(body: ListRequest, list: DatasetRecord[], search: string): DatasetRecord[] {
  if (search) {
    const words = search.split(/\s+/);
    list = list.filter((d) => {
      const hay = `${d.title} ${d.slug} ${d.subtitle} ${d.description} ${d.keywords.join(" ")}`.toLowerCase();
      return words.every((w) => hay.includes(w));
    });
  }
  const tagIds = (body.tagIds ?? "")
    .split(",")
    .map((t) => t.trim().toLowerCase())
    .filter(Boolean);
  if (tagIds.length)
    list = list.filter((d) => tagIds.every((t) => d.keywords.some((k) => k.toLowerCase() === t || k.toLowerCase().replace(/\s+/g, "-") === t)));
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
  return list;
}

function sorted(list: DatasetRecord[], sortBy: ListRequest["sortBy"], search: string): DatasetRecord[] {
  const by =
    <T>(key: (d: DatasetRecord) => T, desc = true) =>
    (a: DatasetRecord, b: DatasetRecord) => {
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
  return [...list].sort(sorters[sortBy]);
}

export function listDatasets(ctx: RequestContext, body: ListRequest): { datasets: ApiDataset[]; nextPageToken: string | undefined } {
  const search = (body.search ?? "").trim().toLowerCase();
  const listed = ctx.state.datasets.datasets.filter((d) => currentVersion(d));
  const list = sorted(matching(body, inGroup(ctx, body, listed), search), body.sortBy, search);
  const page = paginate(list, {
    ...(body.page !== undefined ? { page: body.page } : {}),
    ...(body.pageSize !== undefined ? { pageSize: body.pageSize } : {}),
    ...(body.pageToken ? { pageToken: body.pageToken } : {}),
  });
  return { datasets: page.items.map((d) => toApiDataset(ctx, d)), nextPageToken: page.nextPageToken };
}
