/** `kaggle competitions replay <episode_id>` → `GetEpisodeReplay`, saved as `episode-<id>-replay.json`. */
import type { ParsedArgs } from "../../args";
import type { CliContext } from "../../context";
import { int } from "../shared";
import { downloadEpisodeFile } from "./episode-file";

export async function run(args: ParsedArgs, ctx: CliContext): Promise<void> {
  const episode = int(args, "episode_id")!;
  await downloadEpisodeFile(ctx, args, `episode-${episode}-replay.json`, "Replay downloaded to:", (target) =>
    ctx.client.competitions.downloadReplay(episode, target),
  );
}
