/** `kaggle datasets list` → `ListDatasets`. */
import { defineRun, table } from "../../command";
import { datasetColumns } from "../../output/dataset-columns";
import { lookupEnum } from "../../../core/enums";
import { ConfigurationError } from "../../../core/errors";
import type { DatasetFileTypeGroup, DatasetLicenseGroup, DatasetSortBy } from "../../../core/types/datasets";
import { LIST } from "./flags";

const SORTS: Record<string, DatasetSortBy> = {
  hottest: "DATASET_SORT_BY_HOTTEST",
  votes: "DATASET_SORT_BY_VOTES",
  updated: "DATASET_SORT_BY_UPDATED",
  active: "DATASET_SORT_BY_ACTIVE",
  published: "DATASET_SORT_BY_PUBLISHED",
};
const FILE_TYPES: Record<string, DatasetFileTypeGroup> = {
  all: "DATASET_FILE_TYPE_GROUP_ALL",
  csv: "DATASET_FILE_TYPE_GROUP_CSV",
  sqlite: "DATASET_FILE_TYPE_GROUP_SQLITE",
  json: "DATASET_FILE_TYPE_GROUP_JSON",
  bigQuery: "DATASET_FILE_TYPE_GROUP_BIG_QUERY",
  parquet: "DATASET_FILE_TYPE_GROUP_PARQUET",
};
const LICENSES: Record<string, DatasetLicenseGroup> = {
  all: "DATASET_LICENSE_GROUP_ALL",
  cc: "DATASET_LICENSE_GROUP_CC",
  gpl: "DATASET_LICENSE_GROUP_GPL",
  odb: "DATASET_LICENSE_GROUP_ODB",
  other: "DATASET_LICENSE_GROUP_OTHER",
};

export const run = defineRun(LIST, async (args, ctx) => {
  // The official order of checks (kaggle_api_extended.dataset_list).
  const sortBy = lookupEnum(SORTS, args.sort_by, "sort by");
  if (args.size !== undefined) {
    throw new ConfigurationError("The --size parameter has been deprecated. Please use --max-size and --min-size to filter dataset sizes.");
  }
  const fileType = lookupEnum(FILE_TYPES, args.file_type, "file type");
  const license = lookupEnum(LICENSES, args.license_name, "license");
  const page = args.page ?? 1;
  if (page < 0) throw new ConfigurationError("Page number must be >= 1");
  const maxSize = args.max_size ?? 0;
  const minSize = args.min_size ?? 0;
  if (maxSize && minSize && maxSize < minSize) throw new ConfigurationError("Max Size must be max_size >= min_size");
  if (maxSize && maxSize <= 0) throw new ConfigurationError("Max Size must be > 0");
  if (minSize && minSize < 0) throw new ConfigurationError("Min Size must be >= 0");
  const mine = args.mine;
  const user = args.user;
  if (mine && user) throw new ConfigurationError("Cannot specify both mine and a user");
  ctx.formatChoice(args); // a bad --format fails before any request
  const res = await ctx.client.datasets.list({
    ...(mine ? { group: "DATASET_SELECTION_GROUP_MY" as const } : user ? { group: "DATASET_SELECTION_GROUP_USER" as const } : {}),
    ...(sortBy ? { sortBy } : {}),
    ...(fileType ? { fileType } : {}),
    ...(license ? { license } : {}),
    tagIds: args.tag_ids ?? "",
    search: args.search ?? "",
    user: user ?? "",
    minSize,
    maxSize,
    page,
  });
  return table(res.datasets ?? [], datasetColumns, { empty: "No datasets found" });
});
