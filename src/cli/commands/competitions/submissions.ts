/** `kaggle competitions submissions` → `ListSubmissions` (kaggle 2.x columns, with `ref`). */
import type { ParsedArgs } from "../../args";
import type { CliContext } from "../../context";
import { submissionColumns } from "../../output/columns";
import { checkPageSize, int, pageOptions } from "../shared";
import { competitionArg } from "./common";

export async function run(args: ParsedArgs, ctx: CliContext): Promise<void> {
  checkPageSize(int(args, "page_size"));
  ctx.formatChoice(args); // a bad --format fails before any request
  const competition = competitionArg(ctx, args);
  const page = await ctx.client.competitions.submissions(competition, pageOptions(args));
  ctx.printPage(page.submissions ?? [], submissionColumns, args, { nextPageToken: page.nextPageToken, empty: "No submissions found" });
}
