/** `kaggle competitions submission <ref>` → `GetSubmission`: one row as `submissions` prints it, and an error's reason. */
import type { ParsedArgs } from "../../args";
import type { CliContext } from "../../context";
import { submissionColumns } from "../../output/columns";
import { int } from "../shared";

export async function run(args: ParsedArgs, ctx: CliContext): Promise<void> {
  const choice = ctx.formatChoice(args);
  const submission = await ctx.client.competitions.getSubmission(int(args, "ref")!);
  ctx.print([submission], submissionColumns, args);
  if (submission.status === "ERROR" && choice.format === "table") ctx.line(`Error: ${submission.errorDescription || "the server gave no reason"}`);
}
