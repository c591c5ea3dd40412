/** `kaggle competitions files` → `ListDataFiles`. */
import { defineRun, table } from "../../command";
import { dataFileColumns } from "../../output/columns";
import { checkPageSize, pageOptions } from "../shared";
import { competitionArg } from "./common";
import { FILES } from "./flags";

export const run = defineRun(FILES, async (args, ctx) => {
  checkPageSize(args.page_size);
  ctx.formatChoice(args); // a bad --format fails before any request
  const competition = competitionArg(ctx, args);
  const page = await ctx.client.competitions.files(competition, pageOptions(args, 20));
  return table(page.files ?? [], dataFileColumns, {
    nextPageToken: page.nextPageToken,
    empty: "No files found",
    emptyOnStderr: true,
    tableOnly: true,
  });
});
