/** `kaggle models update [-p DIR]`: the fields of `model-metadata.json` → `UpdateModel` with their mask. */
import { defineRun } from "../../command";
import { reportAnswer } from "./common";
import { UPDATE } from "./flags";

export const run = defineRun(UPDATE, async (args, ctx) => {
  const res = await ctx.client.models.update(args.folder ?? process.cwd());
  reportAnswer(
    ctx,
    res.id ? undefined : (res.error ?? "no id in the answer"),
    `Your model was updated. Id=${res.id}. Url=${res.url ?? ""}`,
    "Model update error: ",
  );
});
