import { confirmDeletion } from "../../prompt";
/** `kaggle models delete <owner/model> [-y]`. */
import { defineRun } from "../../command";
import { modelArg, reportAnswer } from "./common";
import { DELETE } from "./flags";

export const run = defineRun(DELETE, async (args, ctx) => {
  const ref = await modelArg(ctx, args.model);
  if (!(await confirmDeletion(ctx, `delete the model ${args.model}`, args.no_confirm))) return;
  const res = await ctx.client.models.delete(ref);
  reportAnswer(ctx, res.error, "The model was deleted.", "Model deletion error: ");
});
