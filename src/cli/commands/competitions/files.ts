/** `kaggle competitions files` → `ListDataFiles`. */
import type { ParsedArgs } from "../../args";
import type { CliContext } from "../../context";
import { dataFileColumns } from "../../output/columns";
import { checkPageSize, int, str } from "../shared";
import { competitionArg } from "./common";

export async function run(args: ParsedArgs, ctx: CliContext): Promise<void> {
  checkPageSize(int(args, "page_size"));
  const choice = ctx.formatChoice(args);
  const competition = competitionArg(ctx, args);
  const page = await ctx.client.competitions.files(competition, {
    pageSize: int(args, "page_size") ?? 20,
    ...(str(args, "page_token") !== undefined ? { pageToken: str(args, "page_token")! } : {}),
  });
  ctx.nextPageToken(page.nextPageToken, choice);
  const files = page.files ?? [];
  if (files.length === 0 && choice.format === "table") {
    ctx.streams.stderr.write("No files found\n");
    return;
  }
  ctx.print(files, dataFileColumns, args);
}
