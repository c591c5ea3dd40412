/** `kaggle models instances files <owner/model/framework/instance>`: the files of the current version. */
import { defineRun, table } from "../../../command";
import { parseModelInstanceRef } from "../../../../core/refs";
import { instanceFileColumns } from "../../../output/model-columns";
import { checkPageSize } from "../../shared";
import { INSTANCE_FILES } from "../flags";

export const run = defineRun(INSTANCE_FILES, async (args, ctx) => {
  checkPageSize(args.page_size);
  ctx.formatChoice(args);
  const page = await ctx.client.models.files(parseModelInstanceRef(args.model_instance), {
    pageSize: args.page_size ?? 20,
    pageToken: args.page_token,
  });
  return table(page.files ?? [], instanceFileColumns, { nextPageToken: page.nextPageToken });
});
