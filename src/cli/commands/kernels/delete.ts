/**
 * `kaggle kernels delete <owner>/<slug> [-y]`: asks `[yes/no]` on a terminal (or reads the
 * answer from standard input) unless `-y` is given; a closed input is a refusal, not a crash.
 */
import readline from "node:readline";
import { defineRun } from "../../command";
import type { CliContext } from "../../context";
import { CommandFailed } from "../../errors";
import { ConfigurationError } from "../../../core/errors";
import { refName } from "../../../core/refs";
import { kernelText, resolveKernel } from "./common";
import { DELETE } from "./flags";

/** Asks until the answer is yes/y/no/n; undefined when the input ends first. */
export async function confirm(ctx: CliContext, question: string, input: NodeJS.ReadableStream = ctx.stdin): Promise<boolean | undefined> {
  const rl = readline.createInterface({ input, terminal: false });
  try {
    ctx.out(`${question} [yes/no] `);
    // The iterator buffers lines, so answers arriving together are not lost between prompts.
    for await (const line of rl) {
      const word = line.trim().toLowerCase();
      if (word === "yes" || word === "y") return true;
      if (word === "no" || word === "n") return false;
      ctx.out(`${question} [yes/no] `);
    }
    return undefined;
  } finally {
    rl.close();
  }
}

export const run = defineRun(DELETE, async (args, ctx) => {
  const text = kernelText(args);
  if (!text?.includes("/")) throw new ConfigurationError("Kernel must be in format [owner]/[kernel-name]");
  const ref = await resolveKernel(ctx, text);
  const name = refName(ref);
  if (!args.no_confirm) {
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
});
