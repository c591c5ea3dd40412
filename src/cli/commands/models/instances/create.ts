/** `kaggle models instances create [-p DIR] [-q] [-r MODE]`: uploads the folder, then `CreateModelInstance`. */
import { defineRun } from "../../../command";
import { publishOptions } from "../../datasets/publish";
import { reportAnswer } from "../common";
import { INSTANCE_CREATE } from "../flags";

export const run = defineRun(INSTANCE_CREATE, async (args, ctx) => {
  const { response: res } = await ctx.client.models.createInstance(args.folder ?? process.cwd(), publishOptions(ctx, args));
  reportAnswer(
    ctx,
    res.id ? undefined : (res.error ?? "no id in the answer"),
    `Your model instance was created. Id=${res.id}. Url=${res.url ?? ""}`,
    "Model instance creation error: ",
  );
});
