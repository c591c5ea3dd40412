/** `kaggle forums [list]` → `ListForums`. */
import { defineRun, table } from "../../command";
import { forumColumns } from "../../output/discussion-columns";
import { FORUMS_LIST } from "./flags";

export const run = defineRun(FORUMS_LIST, async (args, ctx) => {
  ctx.formatChoice(args); // a bad --format fails before any request
  const { forums } = await ctx.client.discussions.forums();
  return table(forums ?? [], forumColumns, { empty: "No forums found" });
});
