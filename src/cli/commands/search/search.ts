/** `kaggle search <query>` → `search.SearchApiService/ListEntities` (one page; default 20 results). */
import type { ParsedArgs } from "../../args";
import type { CliContext } from "../../context";
import { searchColumns } from "../../output/search-columns";
import { checkPageSize, flag, int, pageOptions, str } from "../shared";

export async function run(args: ParsedArgs, ctx: CliContext): Promise<void> {
  checkPageSize(int(args, "page_size"), 100);
  ctx.formatChoice(args); // a bad --format fails before any request
  const page = await ctx.client.search.entities(str(args, "query") ?? "", {
    ...pageOptions(args, 20),
    types: str(args, "document_type"),
    mine: flag(args, "mine"),
    sortBy: str(args, "sort_by"),
  });
  ctx.printPage(page.documents ?? [], searchColumns, args, { nextPageToken: page.nextPageToken, empty: "No results found" });
}
