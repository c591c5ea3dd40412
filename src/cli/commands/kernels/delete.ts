/**
 * `kaggle kernels delete <owner>/<slug> [-y]`: asks `[yes/no]` on a terminal (or reads the
 * answer from standard input) unless `-y` is given; a closed input is a refusal, not a crash.
 */
import type { ParsedArgs } from "../../args";
import type { CliContext } from "../../context";
import { confirmDeletion } from "../../prompt";
import { ConfigurationError } from "../../../core/errors";
import { refName } from "../../../core/refs";
import { flag } from "../shared";
import { kernelText, resolveKernel } from "./common";

export async function run(args: ParsedArgs, ctx: CliContext): Promise<void> {
  const text = kernelText(args);
  if (!text?.includes("/")) throw new ConfigurationError("Kernel must be in format [owner]/[kernel-name]");
  const ref = await resolveKernel(ctx, text);
  const name = refName(ref);
  if (!(await confirmDeletion(ctx, `delete the kernel: ${name}`, flag(args, "no_confirm")))) return;
  await ctx.client.kernels.delete(ref);
  ctx.line(`Kernel ${name} deleted successfully`);
}
