/**
 * `kaggle datasets delete <owner>/<slug> [-y]`: asks first unless `-y`; a bare slug is the
 * configured user's. Unlike the official CLI, nothing claims success after "no".
 */
import type { ParsedArgs } from "../../args";
import type { CliContext } from "../../context";
import { confirmDeletion } from "../../prompt";
import { refName } from "../../../core/refs";
import { flag, str } from "../shared";
import { datasetArg } from "./common";

export async function run(args: ParsedArgs, ctx: CliContext): Promise<void> {
  const ref = await datasetArg(ctx, args);
  if (!(await confirmDeletion(ctx, `delete the dataset: ${refName(ref)}`, flag(args, "no_confirm")))) return;
  await ctx.client.datasets.delete(ref);
  ctx.line(`Dataset "${str(args, "dataset")}" deleted successfully.`);
}
