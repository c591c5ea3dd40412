/** `kaggle models instances versions create <instance> [-p DIR] [-n NOTES] [-q] [-r MODE]`. */
import { defineRun } from "../../../command";
import { parseModelInstanceRef } from "../../../../core/refs";
import { publishOptions } from "../../datasets/publish";
import { reportAnswer } from "../common";
import { VERSION_CREATE } from "../flags";

export const run = defineRun(VERSION_CREATE, async (args, ctx) => {
  const ref = parseModelInstanceRef(args.model_instance);
  const { response: res, recovered } = await ctx.client.models.createVersion(
    ref,
    args.folder ?? ".",
    args.version_notes ?? "",
    publishOptions(ctx, args),
  );
  if (recovered) return ctx.line(recovered);
  reportAnswer(
    ctx,
    res.id ? undefined : (res.error ?? "no id in the answer"),
    `Your model instance version was created. Url=${res.url ?? ""}`,
    "Model instance version creation error: ",
  );
});
