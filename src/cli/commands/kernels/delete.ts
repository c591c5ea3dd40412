/**
 * `kaggle kernels delete <owner>/<slug> [-y]`: asks `[yes/no]` on a terminal (or reads the
 * answer from standard input) unless `-y` is given; a closed input is a refusal, not a crash.
 */
import { defineRun } from "../../command";
import { confirmDeletion } from "../../prompt";
import { ConfigurationError } from "../../../core/errors";
import { refName } from "../../../core/refs";
import { kernelText, resolveKernel } from "./common";
import { DELETE } from "./flags";

export const run = defineRun(DELETE, async (args, ctx) => {
  const text = kernelText(args);
  if (!text?.includes("/")) throw new ConfigurationError("Kernel must be in format [owner]/[kernel-name]");
  const ref = await resolveKernel(ctx, text);
  const name = refName(ref);
  if (!(await confirmDeletion(ctx, `delete the kernel: ${name}`, args.no_confirm))) return;
  await ctx.client.kernels.delete(ref);
  ctx.line(`Kernel ${name} deleted successfully`);
});
