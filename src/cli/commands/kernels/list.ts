/** `kaggle kernels list` → `ListKernels`, validated in the official CLI's order and words. */
import { defineRun, table } from "../../command";
import { kernelColumns } from "../../output/kernel-columns";
import { lookupEnum } from "../../../core/enums";
import { ConfigurationError } from "../../../core/errors";
import { checkDatasetString, parseKernelRef } from "../../../core/refs";
import { MAX_KERNELS_PAGE_SIZE } from "../../../core/resources/kernels";
import type { KernelsListSortType } from "../../../core/types/kernels";
import { LIST } from "./flags";

const LANGUAGES = ["all", "python", "r", "sqlite", "julia"];
const KERNEL_TYPES = ["all", "script", "notebook"];
const OUTPUT_TYPES = ["all", "visualization", "data"];
const SORTS: Record<string, KernelsListSortType> = {
  hotness: "HOTNESS",
  commentCount: "COMMENT_COUNT",
  dateCreated: "DATE_CREATED",
  dateRun: "DATE_RUN",
  relevance: "RELEVANCE",
  scoreAscending: "SCORE_ASCENDING",
  scoreDescending: "SCORE_DESCENDING",
  viewCount: "VIEW_COUNT",
  voteCount: "VOTE_COUNT",
};

export const run = defineRun(LIST, async (args, ctx) => {
  const page = args.page ?? 1;
  let pageSize = args.page_size ?? 20;
  if (page <= 0) throw new ConfigurationError("Page number must be >= 1");
  if (pageSize <= 0) throw new ConfigurationError("Page size must be >= 1");
  const language = lookupEnum(LANGUAGES, args.language, "language");
  const kernelType = lookupEnum(KERNEL_TYPES, args.kernel_type, "kernel type");
  const outputType = lookupEnum(OUTPUT_TYPES, args.output_type, "output type");
  const sortBy = lookupEnum(SORTS, args.sort_by, "sort by type");
  const search = args.search;
  if (sortBy === "RELEVANCE" && search === "") throw new ConfigurationError("Cannot sort by relevance without a search term.");
  const dataset = args.dataset;
  const problem = dataset ? checkDatasetString(dataset) : undefined;
  if (problem) throw new ConfigurationError(problem);
  const parent = args.parent;
  if (parent) parseKernelRef(parent);
  if (pageSize > MAX_KERNELS_PAGE_SIZE) {
    ctx.streams.stderr.write(`Warning: --page-size ${pageSize} lowered to ${MAX_KERNELS_PAGE_SIZE}, the largest page Kaggle serves\n`);
    pageSize = MAX_KERNELS_PAGE_SIZE;
  }
  ctx.formatChoice(args); // a bad --format fails before any request
  const res = await ctx.client.kernels.list({
    group: args.mine ? "PROFILE" : "EVERYONE",
    page,
    pageSize,
    ...(search !== undefined ? { search } : {}),
    ...(parent !== undefined ? { parentKernel: parent } : {}),
    ...(args.competition !== undefined ? { competition: args.competition } : {}),
    ...(dataset !== undefined ? { dataset } : {}),
    ...(args.user !== undefined ? { user: args.user } : {}),
    ...(language !== undefined ? { language } : {}),
    ...(kernelType !== undefined ? { kernelType } : {}),
    ...(outputType !== undefined ? { outputType } : {}),
    ...(sortBy ? { sortBy } : {}),
  });
  return table(res.kernels ?? [], kernelColumns, { empty: "Not found" });
});
