/**
 * `kaggle competitions episodes <submission_id>` → `ListSubmissionEpisodes`, then the hint naming
 * `replay` and `logs` (on stderr when stdout carries CSV or JSON, so the data stays parseable).
 */
import type { ParsedArgs } from "../../args";
import type { CliContext } from "../../context";
import { episodeColumns } from "../../output/columns";
import { flag, int } from "../shared";

const HINT =
  'Use "kaggle competitions replay <episode_id>" to download a replay, or "kaggle competitions logs <episode_id> <agent_index>" for agent logs.';

export async function run(args: ParsedArgs, ctx: CliContext): Promise<void> {
  const choice = ctx.formatChoice(args);
  const episodes = await ctx.client.competitions.episodes(int(args, "submission_id")!);
  ctx.printPage(episodes, episodeColumns, args, { empty: "No episodes found" });
  if (!episodes.length || flag(args, "quiet")) return;
  if (choice.format === "table") ctx.line(`\n${HINT}`);
  else ctx.streams.stderr.write(`\n${HINT}\n`);
}
