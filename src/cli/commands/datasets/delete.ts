/**
 * `kaggle datasets delete <owner>/<slug> [-y]`: asks first unless `-y`; a bare slug is the
 * configured user's. Unlike the official CLI, nothing claims success after "no".
 */
import { defineRun } from "../../command";
import { confirmDeletion } from "../../prompt";
import { refName } from "../../../core/refs";
import { datasetArg } from "./common";
import { DELETE } from "./flags";

export const run = defineRun(DELETE, async (args, ctx) => {
  const ref = await datasetArg(ctx, args);
  if (!(await confirmDeletion(ctx, `delete the dataset: ${refName(ref)}`, args.no_confirm))) return;
  await ctx.client.datasets.delete(ref);
  ctx.line(`Dataset "${args.dataset}" deleted successfully.`);
});
