/** `kaggle competitions topic-messages [comp] [topic_id]` → `ListTopicMessages`, the reply tree flattened. */
import { defineRun, table } from "../../command";
import { ConfigurationError } from "../../../core/errors";
import { flattenReplies, topicMessageColumns } from "../../output/discussion-columns";
import { competitionArg } from "./common";
import { TOPIC_MESSAGES } from "./flags";

export const run = defineRun(TOPIC_MESSAGES, async (args, ctx) => {
  ctx.formatChoice(args); // a bad --format fails before any request
  const competition = competitionArg(ctx, args);
  if (args.topic_id === undefined) {
    throw new ConfigurationError(
      "No topic_id specified: give the topic id after the competition, e.g. kaggle competitions topic-messages titanic 123",
    );
  }
  const page = await ctx.client.discussions.competitionTopicMessages(competition, args.topic_id, { sortBy: args.sort_by, pageSize: args.page_size });
  return table(flattenReplies(page.messages), topicMessageColumns, { empty: "No messages found" });
});
