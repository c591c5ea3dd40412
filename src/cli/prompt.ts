/**
 * Questions the CLI asks before it destroys something: `[yes/no]` on a terminal (or the answer
 * read from standard input), skipped by `-y`; a closed input is a refusal, not a crash.
 */
import readline from "node:readline";
import type { CliContext } from "./context";
import { CommandFailed } from "./errors";

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

/**
 * `Are you sure you want to <action>?` unless `yes` (the `-y` flag). A "no" prints
 * `Deletion cancelled` and answers false; no answer at all fails, with nothing deleted.
 */
export async function confirmDeletion(ctx: CliContext, action: string, yes: boolean): Promise<boolean> {
  if (yes) return true;
  const ok = await confirm(ctx, `Are you sure you want to ${action}?`);
  if (ok === undefined) {
    ctx.line();
    throw new CommandFailed("No answer on standard input: nothing was deleted; add -y to delete without asking");
  }
  if (!ok) ctx.line("Deletion cancelled");
  return ok;
}
