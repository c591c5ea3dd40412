/** How every topic listing but competitions' prints: the rows, then `Next page token: …` unless quiet. */
import type { ParsedArgs } from "../../args";
import type { CliContext } from "../../context";
import type { ApiListTopicsResponse } from "../../../core/types/discussions";
import { topicColumns } from "../../output/discussion-columns";

export function printTopicPage(ctx: CliContext, args: ParsedArgs & { quiet: boolean }, page: ApiListTopicsResponse): void {
  const topics = page.topics ?? [];
  ctx.printPage(topics, topicColumns, args, { empty: "No topics found" });
  if (!topics.length || !page.nextPageToken || args.quiet) return;
  // After the rows, as upstream prints it; on stderr when stdout carries JSON.
  const stream = ctx.formatChoice(args).format === "json" ? ctx.streams.stderr : ctx.streams.stdout;
  stream.write(ctx.scrub(`Next page token: ${page.nextPageToken}\n`));
}
