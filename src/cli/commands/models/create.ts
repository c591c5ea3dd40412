/** `kaggle models create [-p DIR]`: `model-metadata.json` → `CreateModel`. */
import { defineRun } from "../../command";
import { reportAnswer } from "./common";
import { CREATE } from "./flags";

export const run = defineRun(CREATE, async (args, ctx) => {
  const res = await ctx.client.models.create(args.folder ?? process.cwd());
  reportAnswer(
    ctx,
    res.id ? undefined : (res.error ?? "no id in the answer"),
    `Your model was created. Id=${res.id}. Url=${res.url ?? ""}`,
    "Model creation error: ",
  );
});
