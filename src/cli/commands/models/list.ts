/** `kaggle models list` → `ListModels`. */
import { defineRun, table } from "../../command";
import { ConfigurationError } from "../../../core/errors";
import { lookupEnum } from "../../../core/enums";
import type { ListModelsOrderBy } from "../../../core/types/models";
import { modelColumns } from "../../output/model-columns";
import { LIST } from "./flags";

const SORTS: Record<string, ListModelsOrderBy> = {
  hotness: "LIST_MODELS_ORDER_BY_HOTNESS",
  downloadCount: "LIST_MODELS_ORDER_BY_DOWNLOAD_COUNT",
  voteCount: "LIST_MODELS_ORDER_BY_VOTE_COUNT",
  notebookCount: "LIST_MODELS_ORDER_BY_NOTEBOOK_COUNT",
  createTime: "LIST_MODELS_ORDER_BY_CREATE_TIME",
};

export const run = defineRun(LIST, async (args, ctx) => {
  const sortBy = lookupEnum(SORTS, args.sort_by, "sort by") ?? "LIST_MODELS_ORDER_BY_HOTNESS";
  const pageSize = args.page_size ?? 20;
  if (pageSize <= 0) throw new ConfigurationError("Page size must be >= 1");
  ctx.formatChoice(args); // a bad --format fails before any request
  const page = await ctx.client.models.list({ sortBy, search: args.search, owner: args.owner, pageSize, pageToken: args.page_token });
  return table(page.models ?? [], modelColumns, { nextPageToken: page.nextPageToken, empty: "No models found" });
});
