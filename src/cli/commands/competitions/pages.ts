/** `kaggle competitions pages [list] [competition] [--page-name N] [--content]` → `ListCompetitionPages`. */
import type { ParsedArgs } from "../../args";
import type { CliContext } from "../../context";
import { pageColumns, pageContentColumns } from "../../output/columns";
import { flag, str } from "../shared";
import { competitionArg } from "./common";

export async function run(args: ParsedArgs, ctx: CliContext): Promise<void> {
  ctx.formatChoice(args); // a bad --format fails before any request
  const competition = competitionArg(ctx, args);
  const pages = await ctx.client.competitions.pages(competition, str(args, "page_name"));
  ctx.printPage(pages, flag(args, "content") ? pageContentColumns : pageColumns, args, { empty: "No pages found" });
}
