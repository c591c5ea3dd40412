/** The yes/no question the delete commands ask (`[yes/no]`, as the official CLI), unless `-y`. */
import readline from "node:readline";
import type { CliContext } from "./context";

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
