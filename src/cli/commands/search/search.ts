/** `kaggle search <query>` → `search.SearchApiService/ListEntities` (one page; default 20 results). */
import { defineRun, table } from "../../command";
import { searchColumns } from "../../output/search-columns";
import { checkPageSize } from "../shared";
import { SEARCH } from "./flags";

export const run = defineRun(SEARCH, async (args, ctx) => {
  checkPageSize(args.page_size, 100);
  ctx.formatChoice(args); // a bad --format fails before any request
  const page = await ctx.client.search.entities(args.query, {
    types: args.document_type,
    mine: args.mine,
    sortBy: args.sort_by,
    pageSize: args.page_size ?? 20,
    pageToken: args.page_token,
  });
  return table(page.documents ?? [], searchColumns, { nextPageToken: page.nextPageToken, empty: "No results found" });
});
