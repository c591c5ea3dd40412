/** `kaggle competitions replay <episode_id>` → `GetEpisodeReplay`, saved as `episode-<id>-replay.json`. */
import { defineRun } from "../../command";
import { downloadEpisodeFile } from "./episode-file";
import { REPLAY } from "./flags";

export const run = defineRun(REPLAY, async (args, ctx) => {
  const episode = args.episode_id;
  const opts = { path: args.path, quiet: args.quiet, fileName: `episode-${episode}-replay.json`, done: "Replay downloaded to:" };
  await downloadEpisodeFile(ctx, opts, (target) => ctx.client.competitions.downloadReplay(episode, target));
});
