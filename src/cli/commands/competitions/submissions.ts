/** `kaggle competitions submissions` → `ListSubmissions` (kaggle 2.x columns, with `ref`). */
import type { ParsedArgs } from "../../args";
import type { CliContext } from "../../context";
import { submissionColumns } from "../../output/columns";
import { checkPageSize, int, str } from "../shared";
import { competitionArg } from "./common";

export async function run(args: ParsedArgs, ctx: CliContext): Promise<void> {
  checkPageSize(int(args, "page_size"));
  const choice = ctx.formatChoice(args);
  const competition = competitionArg(ctx, args);
  const page = await ctx.client.competitions.submissions(competition, {
    ...(int(args, "page_size") !== undefined ? { pageSize: int(args, "page_size")! } : {}),
    ...(str(args, "page_token") !== undefined ? { pageToken: str(args, "page_token")! } : {}),
  });
  ctx.nextPageToken(page.nextPageToken, choice);
  const rows = page.submissions ?? [];
  if (rows.length === 0 && choice.format !== "json") {
    ctx.line("No submissions found");
    return;
  }
  ctx.print(rows, submissionColumns, args);
}
