/** `kaggle competitions submission <ref>` → `GetSubmission`: one row as `submissions` prints it, and an error's reason. */
import { defineRun } from "../../command";
import { submissionColumns } from "../../output/columns";
import { SUBMISSION } from "./flags";

export const run = defineRun(SUBMISSION, async (args, ctx) => {
  const choice = ctx.formatChoice(args);
  const submission = await ctx.client.competitions.getSubmission(args.ref);
  ctx.print([submission], submissionColumns, args);
  if (submission.status === "ERROR" && choice.format === "table") ctx.line(`Error: ${submission.errorDescription || "the server gave no reason"}`);
});
