/**
 * `kaggle auth print-access-token [--expiration 6h]`: a new access token of the saved login,
 * alone on stdout (for `Authorization: Bearer` elsewhere). Kaggle's SDK asks for 12 hours.
 */
import { defineRun } from "../../command";
import { CommandFailed } from "../../errors";
import { ConfigurationError } from "../../../core/errors";
import { LOGIN_TOKEN_SECONDS } from "../../../core/login-refresh";
import { readSavedLogin } from "../../../core/saved-login";
import { PRINT_ACCESS_TOKEN } from "./flags";

const UNITS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400, w: 604800 };
const FORMAT_HELP = "Invalid duration format. Please use one of the following formats: 1h, 30s, 2h30s, 2:30";

/** `6h`, `30s`, `2h30m`, `1d`, or `H:MM` (`2:30` = 2 hours 30 minutes), in seconds. */
export function parseDuration(text: string): number {
  const t = text.trim();
  const clock = /^(\d+):([0-5]\d)$/.exec(t);
  if (clock) return Number(clock[1]) * 3600 + Number(clock[2]) * 60;
  if (!/^(\d+[smhdw])+$/.test(t)) throw new ConfigurationError(`${FORMAT_HELP} (got '${text}')`);
  let total = 0;
  for (const m of t.matchAll(/(\d+)([smhdw])/g)) total += Number(m[1]) * UNITS[m[2]!]!;
  if (total <= 0) throw new ConfigurationError(`${FORMAT_HELP} (got '${text}': the duration must be more than 0)`);
  return total;
}

export const run = defineRun(PRINT_ACCESS_TOKEN, async (args, ctx) => {
  const expiration = args.expiration_duration;
  const seconds = expiration === undefined ? LOGIN_TOKEN_SECONDS : parseDuration(expiration);
  const login = readSavedLogin(ctx.host);
  if (!login) {
    ctx.line("You must log in to Kaggle to print an access token.");
    ctx.line('Please run "kaggle auth login" to log in.');
    throw new CommandFailed("", 1);
  }
  const res = await ctx.client.auth.generateAccessToken(login.refreshToken, seconds);
  if (!res.token || !/^[\x21-\x7e]+$/.test(res.token)) {
    ctx.line('Unable to generate an access token. Please run "kaggle auth login" and try again.');
    throw new CommandFailed("", 1);
  }
  // The token is this command's output: written as is, not redacted like every other secret.
  ctx.streams.stdout.write(`${res.token}\n`);
});
