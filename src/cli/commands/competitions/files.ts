/** `kaggle competitions files` → `ListDataFiles`. */
import type { ParsedArgs } from "../../args";
import type { CliContext } from "../../context";
import { dataFileColumns } from "../../output/columns";
import { checkPageSize, int, pageOptions } from "../shared";
import { competitionArg } from "./common";

export async function run(args: ParsedArgs, ctx: CliContext): Promise<void> {
  checkPageSize(int(args, "page_size"));
  ctx.formatChoice(args); // a bad --format fails before any request
  const competition = competitionArg(ctx, args);
  const page = await ctx.client.competitions.files(competition, pageOptions(args, 20));
  ctx.printPage(page.files ?? [], dataFileColumns, args, {
    nextPageToken: page.nextPageToken,
    empty: "No files found",
    emptyOnStderr: true,
    tableOnly: true,
  });
}
