/** `kaggle models instances versions files <owner/model/framework/instance/N>`. */
import { defineRun, table } from "../../../command";
import { parseModelVersionRef } from "../../../../core/refs";
import { versionFileColumns } from "../../../output/model-columns";
import { checkPageSize } from "../../shared";
import { VERSION_FILES } from "../flags";

export const run = defineRun(VERSION_FILES, async (args, ctx) => {
  checkPageSize(args.page_size);
  ctx.formatChoice(args);
  const page = await ctx.client.models.files(parseModelVersionRef(args.model_instance_version), {
    pageSize: args.page_size ?? 20,
    pageToken: args.page_token,
  });
  return table(page.files ?? [], versionFileColumns, { nextPageToken: page.nextPageToken });
});
