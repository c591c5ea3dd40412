/** `kaggle forums topics [list] [forum]` → `ListTopics` (all forums when none is named). */
import type { ParsedArgs } from "../../args";
import type { CliContext } from "../../context";
import { checkPageSize, int, pageOptions, str } from "../shared";
import { printTopicPage } from "./topic-page";

export async function run(args: ParsedArgs, ctx: CliContext): Promise<void> {
  checkPageSize(int(args, "page_size"));
  ctx.formatChoice(args); // a bad --format fails before any request
  const page = await ctx.client.discussions.topics({
    ...pageOptions(args),
    forum: str(args, "forum"),
    sortBy: str(args, "sort_by"),
    search: str(args, "search"),
    category: str(args, "category"),
    group: str(args, "group"),
  });
  printTopicPage(ctx, args, page);
}
