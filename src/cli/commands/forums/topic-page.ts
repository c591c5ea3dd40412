/** How every topic listing but competitions' prints: the rows, then `Next page token: …` unless quiet. */
import type { ParsedArgs } from "../../args";
import type { CliContext } from "../../context";
import type { TopicListOptions } from "../../../core/resources/discussions";
import type { ApiListTopicsResponse } from "../../../core/types/discussions";
import { topicColumns } from "../../output/discussion-columns";
import { checkPageSize } from "../shared";

export function printTopicPage(ctx: CliContext, args: ParsedArgs & { quiet: boolean }, page: ApiListTopicsResponse): void {
  const topics = page.topics ?? [];
  ctx.printPage(topics, topicColumns, args, { empty: "No topics found" });
  if (!topics.length || !page.nextPageToken || args.quiet) return;
  // After the rows, as upstream prints it; on stderr when stdout carries JSON.
  const stream = ctx.formatChoice(args).format === "json" ? ctx.streams.stderr : ctx.streams.stdout;
  stream.write(ctx.scrub(`Next page token: ${page.nextPageToken}\n`));
}

interface EntityTopicArgs {
  page_size?: number | undefined;
  page_token?: string | undefined;
  sort_by?: string | undefined;
  search?: string | undefined;
  quiet: boolean;
}

/**
 * `datasets|kernels|models topics list <entity>`: the flags checked before any request, then
 * `fetch` (which resolves the entity and asks for its topics) with the list options, printed.
 */
export async function listEntityTopics(
  ctx: CliContext,
  args: ParsedArgs & EntityTopicArgs,
  fetch: (opts: TopicListOptions) => Promise<ApiListTopicsResponse>,
): Promise<void> {
  checkPageSize(args.page_size);
  ctx.formatChoice(args); // a bad --format fails before any request
  const page = await fetch({ sortBy: args.sort_by, search: args.search, pageSize: args.page_size, pageToken: args.page_token });
  printTopicPage(ctx, args, page);
}
