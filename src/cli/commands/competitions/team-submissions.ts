/** `kaggle competitions team-submissions <team_id>` → `ListTeamPublicSubmissions`. */
import type { ParsedArgs } from "../../args";
import type { CliContext } from "../../context";
import { teamSubmissionColumns } from "../../output/columns";
import { int } from "../shared";

export async function run(args: ParsedArgs, ctx: CliContext): Promise<void> {
  ctx.formatChoice(args); // a bad --format fails before any request
  const submissions = await ctx.client.competitions.teamSubmissions(int(args, "team_id")!);
  ctx.printPage(submissions, teamSubmissionColumns, args, { empty: "No submissions found" });
}
