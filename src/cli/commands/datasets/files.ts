/** `kaggle datasets files` → `ListDatasetFiles`. */
import type { ParsedArgs } from "../../args";
import type { CliContext } from "../../context";
import { CommandFailed } from "../../main";
import { datasetFileColumns } from "../../output/dataset-columns";
import { checkPageSize, int, str } from "../shared";
import { datasetArg } from "./common";

export async function run(args: ParsedArgs, ctx: CliContext): Promise<void> {
  checkPageSize(int(args, "page_size"));
  const choice = ctx.formatChoice(args);
  const ref = await datasetArg(ctx, args);
  const page = await ctx.client.datasets.files(ref, {
    pageSize: int(args, "page_size") ?? 20,
    ...(str(args, "page_token") !== undefined ? { pageToken: str(args, "page_token")! } : {}),
  });
  if (page.errorMessage) {
    // The official CLI prints this and exits 0; a failure must not look like success.
    ctx.line(page.errorMessage);
    throw new CommandFailed("", 1);
  }
  ctx.nextPageToken(page.nextPageToken, choice);
  ctx.print(page.datasetFiles ?? [], datasetFileColumns, args);
}
