/** `kaggle competitions topics [list] [comp]` → `ListCompetitionTopics` (1-based `-p/--page`, default 1). */
import type { ParsedArgs } from "../../args";
import type { CliContext } from "../../context";
import { competitionTopicColumns } from "../../output/discussion-columns";
import { int, str } from "../shared";
import { competitionArg } from "./common";

export async function run(args: ParsedArgs, ctx: CliContext): Promise<void> {
  ctx.formatChoice(args); // a bad --format fails before any request
  const competition = competitionArg(ctx, args);
  const page = await ctx.client.discussions.competitionTopics(competition, { sortBy: str(args, "sort_by"), page: int(args, "page") ?? 1 });
  ctx.printPage(page.topics ?? [], competitionTopicColumns, args, { empty: "No topics found" });
}
