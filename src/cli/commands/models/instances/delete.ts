import { confirmDeletion } from "../../../prompt";
/** `kaggle models instances delete <owner/model/framework/instance> [-y]`. */
import { defineRun } from "../../../command";
import { parseModelInstanceRef } from "../../../../core/refs";
import { reportAnswer } from "../common";
import { INSTANCE_DELETE } from "../flags";

export const run = defineRun(INSTANCE_DELETE, async (args, ctx) => {
  const ref = parseModelInstanceRef(args.model_instance);
  if (!(await confirmDeletion(ctx, `delete the variation ${args.model_instance}`, args.no_confirm))) return;
  const res = await ctx.client.models.deleteInstance(ref);
  reportAnswer(ctx, res.error, "The model instance was deleted.", "Model instance deletion error: ");
});
