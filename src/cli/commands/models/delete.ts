/** `kaggle models delete <owner/model> [-y]`. */
import { defineRun } from "../../command";
import { confirmDelete, modelArg, reportAnswer } from "./common";
import { DELETE } from "./flags";

export const run = defineRun(DELETE, async (args, ctx) => {
  const ref = await modelArg(ctx, args.model);
  if (!(await confirmDelete(ctx, args.no_confirm, `delete the model ${args.model}`))) return;
  const res = await ctx.client.models.delete(ref);
  reportAnswer(ctx, res.error, "The model was deleted.", "Model deletion error: ");
});
