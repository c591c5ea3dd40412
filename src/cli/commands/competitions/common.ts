/** What the competitions commands share: resolving the competition and the enum words. */
import type { ParsedArgs } from "../../args";
import type { CliContext } from "../../context";
import { ConfigurationError } from "../../../core/errors";
import { flag, str } from "../shared";

/**
 * The competition: the positional argument, then `-c`, then the `competition` config value
 * (announced with `Using competition: …` unless quiet).
 */
export function competitionArg(ctx: CliContext, args: ParsedArgs): string {
  const given = str(args, "competition") ?? str(args, "competition_opt");
  if (given) return given;
  const configured = ctx.config("competition");
  if (!configured) {
    throw new ConfigurationError(
      "No competition specified: give one as an argument or set a default with 'kaggle config set -n competition -v <name>'",
    );
  }
  if (!flag(args, "quiet")) ctx.line(`Using competition: ${configured}`);
  return configured;
}
