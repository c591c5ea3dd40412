/**
 * `kaggle kernels delete <owner>/<slug> [-y]`: asks `[yes/no]` on a terminal (or reads the
 * answer from standard input) unless `-y` is given; a closed input is a refusal, not a crash.
 */
import type { ParsedArgs } from "../../args";
import type { CliContext } from "../../context";
import { CommandFailed } from "../../errors";
import { ConfigurationError } from "../../../core/errors";
import { refName } from "../../../core/refs";
import { confirm } from "../../confirm";
import { flag } from "../shared";
import { kernelText, resolveKernel } from "./common";

export async function run(args: ParsedArgs, ctx: CliContext): Promise<void> {
  const text = kernelText(args);
  if (!text?.includes("/")) throw new ConfigurationError("Kernel must be in format [owner]/[kernel-name]");
  const ref = await resolveKernel(ctx, text);
  const name = refName(ref);
  if (!flag(args, "no_confirm")) {
    const ok = await confirm(ctx, `Are you sure you want to delete the kernel: ${name}?`);
    if (ok === undefined) {
      ctx.line();
      throw new CommandFailed("No answer on standard input: nothing was deleted; add -y to delete without asking");
    }
    if (!ok) {
      ctx.line("Deletion cancelled");
      return;
    }
  }
  await ctx.client.kernels.delete(ref);
  ctx.line(`Kernel ${name} deleted successfully`);
}
