/** `kaggle competitions topic-messages [comp] [topic_id]` → `ListTopicMessages`, the reply tree flattened. */
import type { ParsedArgs } from "../../args";
import type { CliContext } from "../../context";
import { ConfigurationError } from "../../../core/errors";
import { flattenReplies, topicMessageColumns } from "../../output/discussion-columns";
import { int, str } from "../shared";
import { competitionArg } from "./common";

export async function run(args: ParsedArgs, ctx: CliContext): Promise<void> {
  ctx.formatChoice(args);
  const competition = competitionArg(ctx, args);
  const topicId = int(args, "topic_id");
  if (topicId === undefined)
    throw new ConfigurationError(
      "No topic_id specified: give the topic id after the competition, e.g. kaggle competitions topic-messages titanic 123",
    );
  const page = await ctx.client.discussions.competitionTopicMessages(competition, topicId, {
    sortBy: str(args, "sort_by"),
    pageSize: int(args, "page_size"),
  });
  ctx.printPage(flattenReplies(page.messages), topicMessageColumns, args, { empty: "No messages found" });
}
