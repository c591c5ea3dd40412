/** `kaggle models instances list <owner/model>`: the model's instances (kaggle 2.2.3 names the argument model_instance). */
import { defineRun, table } from "../../../command";
import { instanceColumns } from "../../../output/model-columns";
import { checkPageSize } from "../../shared";
import { modelArg } from "../common";
import { INSTANCE_LIST } from "../flags";

export const run = defineRun(INSTANCE_LIST, async (args, ctx) => {
  checkPageSize(args.page_size);
  ctx.formatChoice(args);
  const page = await ctx.client.models.instances(await modelArg(ctx, args.model_instance), {
    pageSize: args.page_size ?? 20,
    pageToken: args.page_token,
  });
  return table(page.instances ?? [], instanceColumns, { nextPageToken: page.nextPageToken, empty: "No instances found" });
});
