/** `kaggle datasets list` → `ListDatasets`. */
import type { ParsedArgs } from "../../args";
import type { CliContext } from "../../context";
import { datasetColumns } from "../../output/dataset-columns";
import { lookupEnum } from "../../../core/enums";
import { ConfigurationError } from "../../../core/errors";
import type { DatasetFileTypeGroup, DatasetLicenseGroup, DatasetSortBy } from "../../../core/types/datasets";
import { flag, int, str } from "../shared";

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

export async function run(args: ParsedArgs, ctx: CliContext): Promise<void> {
  // The official order of checks (kaggle_api_extended.dataset_list).
  const sortBy = lookupEnum(SORTS, str(args, "sort_by"), "sort by");
  if (str(args, "size") !== undefined) {
    throw new ConfigurationError("The --size parameter has been deprecated. Please use --max-size and --min-size to filter dataset sizes.");
  }
  const fileType = lookupEnum(FILE_TYPES, str(args, "file_type"), "file type");
  const license = lookupEnum(LICENSES, str(args, "license_name"), "license");
  const page = int(args, "page") ?? 1;
  if (page < 0) throw new ConfigurationError("Page number must be >= 1");
  const maxSize = int(args, "max_size") ?? 0;
  const minSize = int(args, "min_size") ?? 0;
  if (maxSize && minSize && maxSize < minSize) throw new ConfigurationError("Max Size must be max_size >= min_size");
  if (maxSize && maxSize <= 0) throw new ConfigurationError("Max Size must be > 0");
  if (minSize && minSize < 0) throw new ConfigurationError("Min Size must be >= 0");
  const mine = flag(args, "mine");
  const user = str(args, "user");
  if (mine && user) throw new ConfigurationError("Cannot specify both mine and a user");
  const choice = ctx.formatChoice(args);
  const res = await ctx.client.datasets.list({
    ...(mine ? { group: "DATASET_SELECTION_GROUP_MY" as const } : user ? { group: "DATASET_SELECTION_GROUP_USER" as const } : {}),
    ...(sortBy ? { sortBy } : {}),
    ...(fileType ? { fileType } : {}),
    ...(license ? { license } : {}),
    tagIds: str(args, "tag_ids") ?? "",
    search: str(args, "search") ?? "",
    user: user ?? "",
    minSize,
    maxSize,
    page,
  });
  const rows = res.datasets ?? [];
  if (rows.length === 0 && choice.format !== "json") {
    ctx.line("No datasets found");
    return;
  }
  ctx.print(rows, datasetColumns, args);
}
