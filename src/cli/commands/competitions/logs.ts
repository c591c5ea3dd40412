/** `kaggle competitions logs <episode_id> <agent_index>` → `GetEpisodeAgentLogs`, saved as `episode-<id>-agent-<n>-logs.json`. */
import { defineRun } from "../../command";
import { downloadEpisodeFile } from "./episode-file";
import { LOGS } from "./flags";

export const run = defineRun(LOGS, async (args, ctx) => {
  const { episode_id: episode, agent_index: agent } = args;
  const opts = { path: args.path, quiet: args.quiet, fileName: `episode-${episode}-agent-${agent}-logs.json`, done: "Agent logs downloaded to:" };
  await downloadEpisodeFile(ctx, opts, (target) => ctx.client.competitions.downloadAgentLogs(episode, agent, target));
});
