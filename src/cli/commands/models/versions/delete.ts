import { confirmDeletion } from "../../../prompt";
/** `kaggle models instances versions delete <owner/model/framework/instance/N> [-y]`. */
import { defineRun } from "../../../command";
import { parseModelVersionRef } from "../../../../core/refs";
import { reportAnswer } from "../common";
import { VERSION_DELETE } from "../flags";

export const run = defineRun(VERSION_DELETE, async (args, ctx) => {
  const ref = parseModelVersionRef(args.model_instance_version);
  if (!(await confirmDeletion(ctx, `delete the version ${args.model_instance_version}`, args.no_confirm))) return;
  const res = await ctx.client.models.deleteVersion(ref);
  reportAnswer(ctx, res.error, "The model instance version was deleted.", "Model instance version deletion error: ");
});
