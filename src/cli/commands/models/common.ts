/** What the models commands share: the model argument, the delete question, answers with an `error`. */
import type { CliContext } from "../../context";
import { CommandFailed } from "../../errors";
import { parseModelRef, type ModelRef } from "../../../core/refs";

/** `owner/model`, or a bare model of the configured user. */
export async function modelArg(ctx: CliContext, text: string): Promise<ModelRef> {
  return parseModelRef(text, text.includes("/") ? undefined : await ctx.client.username());
}

/** Prints `success`, or `<failure><error>` and fails (the official CLI exits 0 there). */
export function reportAnswer(ctx: CliContext, error: string | undefined, success: string, failure: string): void {
  if (error) {
    ctx.line(`${failure}${error}`);
    throw new CommandFailed("", 1);
  }
  ctx.line(success);
}
