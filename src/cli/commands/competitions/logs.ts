/** `kaggle competitions logs <episode_id> <agent_index>` → `GetEpisodeAgentLogs`, saved as `episode-<id>-agent-<n>-logs.json`. */
import type { ParsedArgs } from "../../args";
import type { CliContext } from "../../context";
import { int } from "../shared";
import { downloadEpisodeFile } from "./episode-file";

export async function run(args: ParsedArgs, ctx: CliContext): Promise<void> {
  const episode = int(args, "episode_id")!;
  const agent = int(args, "agent_index")!;
  await downloadEpisodeFile(ctx, args, `episode-${episode}-agent-${agent}-logs.json`, "Agent logs downloaded to:", (target) =>
    ctx.client.competitions.downloadAgentLogs(episode, agent, target),
  );
}
