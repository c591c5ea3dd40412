/** What the competitions commands share: resolving the competition and the enum words. */
import type { CliContext } from "../../context";
import { ConfigurationError } from "../../../core/errors";

/**
 * The competition: the positional argument, then `-c`, then the `competition` config value
 * (announced with `Using competition: …` unless quiet).
 */
export function competitionArg(
  ctx: CliContext,
  args: { competition?: string | undefined; competition_opt?: string | undefined; quiet?: boolean },
): string {
  const given = args.competition ?? args.competition_opt;
  if (given) return given;
  const configured = ctx.config("competition");
  if (!configured) {
    throw new ConfigurationError(
      "No competition specified: give one as an argument or set a default with 'kaggle config set -n competition -v <name>'",
    );
  }
  if (!args.quiet) ctx.line(`Using competition: ${configured}`);
  return configured;
}
