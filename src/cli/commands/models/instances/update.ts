/** `kaggle models instances update [-p DIR]`: the fields of `model-instance-metadata.json` → `UpdateModelInstance`. */
import { defineRun } from "../../../command";
import { reportAnswer } from "../common";
import { INSTANCE_UPDATE } from "../flags";

export const run = defineRun(INSTANCE_UPDATE, async (args, ctx) => {
  const res = await ctx.client.models.updateInstance(args.folder ?? process.cwd());
  reportAnswer(ctx, res.error, `Your model instance was updated. Id=${res.id ?? 0}. Url=${res.url ?? ""}`, "Model update error: ");
});
