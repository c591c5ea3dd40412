/** `kaggle competitions submissions` → `ListSubmissions` (kaggle 2.x columns, with `ref`). */
import { defineRun, table } from "../../command";
import { submissionColumns } from "../../output/columns";
import { checkPageSize, pageOptions } from "../shared";
import { competitionArg } from "./common";
import { SUBMISSIONS } from "./flags";

export const run = defineRun(SUBMISSIONS, async (args, ctx) => {
  checkPageSize(args.page_size);
  ctx.formatChoice(args); // a bad --format fails before any request
  const competition = competitionArg(ctx, args);
  const page = await ctx.client.competitions.submissions(competition, pageOptions(args));
  return table(page.submissions ?? [], submissionColumns, { nextPageToken: page.nextPageToken, empty: "No submissions found" });
});
