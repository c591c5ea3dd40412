/** `kaggle kernels status <kernel>[/<version>]`: the latest run, or version N's. */
import type { ParsedArgs } from "../../args";
import type { CliContext } from "../../context";
import { kernelStatusLines } from "../../output/kernel-columns";
import { refName } from "../../../core/refs";
import { kernelText, resolveKernel } from "./common";

export async function run(args: ParsedArgs, ctx: CliContext): Promise<void> {
  const typed = kernelText(args);
  const ref = await resolveKernel(ctx, typed);
  const choice = ctx.formatChoice(args);
  const s = await ctx.client.kernels.status(ref);
  if (choice.format === "json") {
    const out = {
      ref: refName(ref),
      ...(ref.version !== undefined ? { version: ref.version } : {}),
      status: s.status,
      failureMessage: s.failureMessage,
    };
    ctx.out(`${JSON.stringify(out, null, 2)}\n`);
    return;
  }
  ctx.out(kernelStatusLines(typed!, s.status, s.failureMessage));
}
