/** `kaggle forums topics [list] [forum]` → `ListTopics` (all forums when none is named). */
import { defineRun } from "../../command";
import { checkPageSize } from "../shared";
import { FORUM_TOPICS_LIST } from "./flags";
import { printTopicPage } from "./topic-page";

export const run = defineRun(FORUM_TOPICS_LIST, async (args, ctx) => {
  checkPageSize(args.page_size);
  ctx.formatChoice(args); // a bad --format fails before any request
  const page = await ctx.client.discussions.topics({
    forum: args.forum,
    sortBy: args.sort_by,
    search: args.search,
    category: args.category,
    group: args.group,
    pageSize: args.page_size,
    pageToken: args.page_token,
  });
  printTopicPage(ctx, args, page);
});
