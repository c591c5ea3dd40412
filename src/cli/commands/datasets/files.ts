/** `kaggle datasets files` → `ListDatasetFiles`. */
import { defineRun, table } from "../../command";
import { CommandFailed } from "../../errors";
import { datasetFileColumns } from "../../output/dataset-columns";
import { checkPageSize, pageOptions } from "../shared";
import { datasetArg } from "./common";
import { FILES } from "./flags";

export const run = defineRun(FILES, async (args, ctx) => {
  checkPageSize(args.page_size);
  ctx.formatChoice(args); // a bad --format fails before any request
  const ref = await datasetArg(ctx, args);
  const page = await ctx.client.datasets.files(ref, pageOptions(args, 20));
  if (page.errorMessage) {
    // The official CLI prints this and exits 0; a failure must not look like success.
    ctx.line(page.errorMessage);
    throw new CommandFailed("", 1);
  }
  return table(page.datasetFiles ?? [], datasetFileColumns, { nextPageToken: page.nextPageToken });
});
