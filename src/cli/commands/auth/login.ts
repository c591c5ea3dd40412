/**
 * `kaggle auth login [--no-launch-browser] [--force]`: Kaggle's OAuth login (see
 * core/oauth-login.ts). With a browser (a desktop, or `DISPLAY` on Linux) the page is opened and
 * its answer comes back to a loopback port; otherwise the URL is printed and the code the page
 * shows is read from standard input. The login is saved to `~/.kaggle/credentials.json` (0600).
 */
import readline from "node:readline";
import { defineRun } from "../../command";
import type { CliContext } from "../../context";
import { CommandFailed } from "../../errors";
import { ConfigurationError, DeadlineExceededError } from "../../../core/errors";
import { authorizeUrl, codePageUrl, listenForCallback, LOGIN_SCOPES, newPkce, webEndpoint, type Pkce } from "../../../core/oauth-login";
import { OAUTH_CLIENT_ID } from "../../../core/resources/auth";
import { readSavedLogin, writeSavedLogin } from "../../../core/saved-login";
import { canOpenBrowser, openBrowser } from "./browser";
import { LOGIN } from "./flags";

/** How long the login waits for the browser or for the pasted code (the code's own lifetime). */
const LOGIN_TIMEOUT_MS = 10 * 60 * 1000;

export const run = defineRun(LOGIN, async (args, ctx) => {
  const existing = readSavedLogin(ctx.host);
  if (existing && !args.force) {
    ctx.line(`You are already logged-in to Kaggle as [${existing.username}].`);
    ctx.line("Please use the --force flag to override.");
    throw new CommandFailed("", 1);
  }
  const web = webEndpoint(ctx.client.transport.endpoint);
  const pkce = newPkce();
  const useBrowser = !args.no_launch_browser && canOpenBrowser(ctx.host);
  const code = useBrowser ? await codeFromBrowser(ctx, web, pkce) : await codeFromUser(ctx, web, pkce);
  const tokens = await ctx.client.auth.exchangeCode(code, pkce.verifier);
  if (!tokens.accessToken || !tokens.refreshToken)
    throw new ConfigurationError("Kaggle answered the login without tokens; run 'kaggle auth login' again");
  const seen = await ctx.client.auth.introspect(tokens.accessToken);
  if (!seen.active || !seen.username)
    throw new ConfigurationError("Authentication failed: Kaggle does not accept the new access token; run 'kaggle auth login' again");
  await writeSavedLogin(ctx.host, {
    refreshToken: tokens.refreshToken,
    accessToken: tokens.accessToken,
    accessTokenExpiresAt: ctx.client.clock.now() + (tokens.expiresIn ?? 0) * 1000,
    username: seen.username,
    scopes: LOGIN_SCOPES,
  });
  ctx.line(`\nYou are now logged in as [${seen.username}]\n`);
});

async function codeFromBrowser(ctx: CliContext, web: string, pkce: Pkce): Promise<string> {
  const server = await listenForCallback(pkce.state, LOGIN_TIMEOUT_MS);
  try {
    const url = authorizeUrl(web, { clientId: OAUTH_CLIENT_ID, redirectUri: server.redirectUri, scopes: LOGIN_SCOPES, pkce });
    const opened = await openBrowser(ctx.host, url);
    ctx.line(opened ? "Your browser has been opened to visit:" : "Could not start a browser; open this link yourself:");
    ctx.line(`  ${url}\n\n`);
    return await server.code;
  } finally {
    await server.close();
  }
}

async function codeFromUser(ctx: CliContext, web: string, pkce: Pkce): Promise<string> {
  const url = authorizeUrl(web, { clientId: OAUTH_CLIENT_ID, redirectUri: codePageUrl(web), scopes: LOGIN_SCOPES, pkce });
  ctx.line("\nGo to the following link in your browser, and complete the sign-in prompts at Kaggle:\n");
  ctx.line(`  ${url}`);
  ctx.out("\nOnce finished, enter the verification code provided in your browser: ");
  const code = (await firstLine(ctx.stdin, LOGIN_TIMEOUT_MS))?.trim();
  if (!code) {
    ctx.line();
    throw new ConfigurationError("No verification code on standard input; run 'kaggle auth login' again and paste the code the page shows");
  }
  return code;
}

/** The first line of `input`, or undefined if it ends first; a deadline bounds the wait. */
async function firstLine(input: NodeJS.ReadableStream, timeoutMs: number): Promise<string | undefined> {
  const rl = readline.createInterface({ input, terminal: false });
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new DeadlineExceededError(`No verification code within ${timeoutMs / 60000} minutes; run 'kaggle auth login' again`)),
      timeoutMs,
    );
  });
  try {
    const lines = rl[Symbol.asyncIterator]();
    const next = await Promise.race([lines.next(), deadline]);
    return next.done ? undefined : next.value;
  } finally {
    clearTimeout(timer);
    rl.close();
  }
}
