/** `<group> topics show <ref> [id]` → `GetTopic`, then `ListComments` (one page with `--page-size`, else all). */
import { defineRun } from "../../command";
import { ConfigurationError } from "../../../core/errors";
import { renderTopic } from "../../output/topic";
import { checkPageSize } from "../shared";
import { TOPIC_SHOW } from "./flags";

const FORMS = "write it as <topic-id> or <slug>/<topic-id>, e.g. kaggle forums topics show 123";

/** The topic id of `123`, `forum-slug/123` (the slug may hold slashes) or `<slug> 123`. */
export function topicId(ref: string | undefined, second: number | undefined): number {
  if (second !== undefined) return second;
  if (ref === undefined) throw new ConfigurationError(`No topic specified: ${FORMS}`);
  const last = ref.includes("/") ? ref.slice(ref.lastIndexOf("/") + 1) : ref;
  if (!/^[-+]?\d+$/.test(last.trim())) {
    const what = ref.includes("/") ? `the part after the last '/' must be a numeric topic ID, got '${last}'` : "expected a numeric topic ID";
    throw new ConfigurationError(`Invalid topic reference '${ref}': ${what}; ${FORMS}`);
  }
  return Number.parseInt(last, 10);
}

export const run = defineRun(TOPIC_SHOW, async (args, ctx) => {
  const id = topicId(args.topic_ref, args.topic_id_arg);
  checkPageSize(args.page_size);
  const choice = ctx.formatChoice(args);
  const { topic, comments, nextPageToken } = await ctx.client.discussions.topicWithComments(id, {
    pageSize: args.page_size,
    pageToken: args.page_token,
  });
  if (!topic) {
    ctx.line("Topic not found");
    return;
  }
  ctx.out(renderTopic(topic, comments, choice, args.quiet));
  if (!args.quiet && nextPageToken) {
    (choice.format === "json" ? ctx.streams.stderr : ctx.streams.stdout).write(ctx.scrub(`Next page token: ${nextPageToken}\n`));
  }
});
