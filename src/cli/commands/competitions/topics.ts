/** `kaggle competitions topics [list] [comp]` → `ListCompetitionTopics` (1-based `-p/--page`, default 1). */
import { defineRun, table } from "../../command";
import { competitionTopicColumns } from "../../output/discussion-columns";
import { competitionArg } from "./common";
import { COMPETITION_TOPICS_LIST } from "./flags";

export const run = defineRun(COMPETITION_TOPICS_LIST, async (args, ctx) => {
  ctx.formatChoice(args); // a bad --format fails before any request
  const competition = competitionArg(ctx, args);
  const page = await ctx.client.discussions.competitionTopics(competition, { sortBy: args.sort_by, page: args.page ?? 1 });
  return table(page.topics ?? [], competitionTopicColumns, { empty: "No topics found" });
});
