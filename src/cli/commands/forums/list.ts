/** `kaggle forums [list]` → `ListForums`. */
import type { ParsedArgs } from "../../args";
import type { CliContext } from "../../context";
import { forumColumns } from "../../output/discussion-columns";

export async function run(args: ParsedArgs, ctx: CliContext): Promise<void> {
  ctx.formatChoice(args); // a bad --format fails before any request
  const { forums } = await ctx.client.discussions.forums();
  ctx.printPage(forums ?? [], forumColumns, args, { empty: "No forums found" });
}
