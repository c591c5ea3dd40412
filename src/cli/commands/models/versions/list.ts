/** `kaggle models instances versions list <owner/model/framework/instance>`. */
import { defineRun, table } from "../../../command";
import { parseModelInstanceRef } from "../../../../core/refs";
import { versionColumns } from "../../../output/model-columns";
import { checkPageSize } from "../../shared";
import { VERSION_LIST } from "../flags";

export const run = defineRun(VERSION_LIST, async (args, ctx) => {
  checkPageSize(args.page_size);
  ctx.formatChoice(args);
  const page = await ctx.client.models.versions(parseModelInstanceRef(args.model_instance), {
    pageSize: args.page_size ?? 20,
    pageToken: args.page_token,
  });
  return table(page.versionList?.versions ?? [], versionColumns, { nextPageToken: page.nextPageToken, empty: "No versions found" });
});
