/**
 * `kaggle competitions episodes <submission_id>` → `ListSubmissionEpisodes`, then the hint naming
 * `replay` and `logs` (on stderr when stdout carries CSV or JSON, so the data stays parseable).
 */
import { defineRun } from "../../command";
import { episodeColumns } from "../../output/columns";
import { EPISODES } from "./flags";

const HINT =
  'Use "kaggle competitions replay <episode_id>" to download a replay, or "kaggle competitions logs <episode_id> <agent_index>" for agent logs.';

export const run = defineRun(EPISODES, async (args, ctx) => {
  const choice = ctx.formatChoice(args);
  const episodes = await ctx.client.competitions.episodes(args.submission_id);
  ctx.printPage(episodes, episodeColumns, args, { empty: "No episodes found" });
  if (!episodes.length || args.quiet) return;
  if (choice.format === "table") ctx.line(`\n${HINT}`);
  else ctx.streams.stderr.write(`\n${HINT}\n`);
});
