/** `kaggle models instances delete <owner/model/framework/instance> [-y]`. */
import { defineRun } from "../../../command";
import { parseModelInstanceRef } from "../../../../core/refs";
import { confirmDelete, reportAnswer } from "../common";
import { INSTANCE_DELETE } from "../flags";

export const run = defineRun(INSTANCE_DELETE, async (args, ctx) => {
  const ref = parseModelInstanceRef(args.model_instance);
  if (!(await confirmDelete(ctx, args.no_confirm, `delete the variation ${args.model_instance}`))) return;
  const res = await ctx.client.models.deleteInstance(ref);
  reportAnswer(ctx, res.error, "The model instance was deleted.", "Model instance deletion error: ");
});
