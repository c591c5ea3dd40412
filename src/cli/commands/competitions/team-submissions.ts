/** `kaggle competitions team-submissions <team_id>` → `ListTeamPublicSubmissions`. */
import { defineRun, table } from "../../command";
import { teamSubmissionColumns } from "../../output/columns";
import { TEAM_SUBMISSIONS } from "./flags";

export const run = defineRun(TEAM_SUBMISSIONS, async (args, ctx) => {
  ctx.formatChoice(args); // a bad --format fails before any request
  const submissions = await ctx.client.competitions.teamSubmissions(args.team_id);
  return table(submissions, teamSubmissionColumns, { empty: "No submissions found" });
});
