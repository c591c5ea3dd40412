/** `kaggle datasets files` → `ListDatasetFiles`. */
import type { ParsedArgs } from "../../args";
import type { CliContext } from "../../context";
import { CommandFailed } from "../../errors";
import { datasetFileColumns } from "../../output/dataset-columns";
import { checkPageSize, int, pageOptions } from "../shared";
import { datasetArg } from "./common";

export async function run(args: ParsedArgs, ctx: CliContext): Promise<void> {
  checkPageSize(int(args, "page_size"));
  ctx.formatChoice(args); // a bad --format fails before any request
  const ref = await datasetArg(ctx, args);
  const page = await ctx.client.datasets.files(ref, pageOptions(args, 20));
  if (page.errorMessage) {
    // The official CLI prints this and exits 0; a failure must not look like success.
    ctx.line(page.errorMessage);
    throw new CommandFailed("", 1);
  }
  ctx.printPage(page.datasetFiles ?? [], datasetFileColumns, args, { nextPageToken: page.nextPageToken });
}
