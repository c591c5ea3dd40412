/** `kaggle competitions pages [list] [competition] [--page-name N] [--content]` → `ListCompetitionPages`. */
import { defineRun, table } from "../../command";
import { pageColumns, pageContentColumns } from "../../output/columns";
import { competitionArg } from "./common";
import { PAGES } from "./flags";

export const run = defineRun(PAGES, async (args, ctx) => {
  ctx.formatChoice(args); // a bad --format fails before any request
  const competition = competitionArg(ctx, args);
  const pages = await ctx.client.competitions.pages(competition, args.page_name);
  return table(pages, args.content ? pageContentColumns : pageColumns, { empty: "No pages found" });
});
