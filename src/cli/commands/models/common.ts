/** What the models commands share: the model argument, the delete question, answers with an `error`. */
import type { CliContext } from "../../context";
import { confirm } from "../../confirm";
import { CommandFailed } from "../../errors";
import { parseModelRef, type ModelRef } from "../../../core/refs";

/** `owner/model`, or a bare model of the configured user. */
export async function modelArg(ctx: CliContext, text: string): Promise<ModelRef> {
  return parseModelRef(text, text.includes("/") ? undefined : await ctx.client.username());
}

/**
 * Unless `-y`, asks `Are you sure you want to <action>? [yes/no]`; false when the answer is no
 * (after printing `Deletion cancelled`). A closed input deletes nothing and fails.
 */
export async function confirmDelete(ctx: CliContext, noConfirm: boolean, action: string): Promise<boolean> {
  if (noConfirm) return true;
  const ok = await confirm(ctx, `Are you sure you want to ${action}?`);
  if (ok === undefined) {
    ctx.line();
    throw new CommandFailed("No answer on standard input: nothing was deleted; add -y to delete without asking");
  }
  if (!ok) ctx.line("Deletion cancelled");
  return ok;
}

/** Prints `success`, or `<failure><error>` and fails (the official CLI exits 0 there). */
export function reportAnswer(ctx: CliContext, error: string | undefined, success: string, failure: string): void {
  if (error) {
    ctx.line(`${failure}${error}`);
    throw new CommandFailed("", 1);
  }
  ctx.line(success);
}
