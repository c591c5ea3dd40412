/** Runs one CLI invocation and returns its exit code; never calls process.exit itself. */
import { HelpRequested, parse, UsageError, type ParsedArgs } from "./args";
import { CliContext, type CliStreams } from "./context";
import { program } from "./program";
import { VERSION_LINE } from "./version";
import { currentHost, type HostInfo } from "../core/env";
import { credentialsFix, describeCredentials } from "../core/credentials";
import {
  AuthenticationError,
  ConfigurationError,
  DeadlineExceededError,
  KaggleApiError,
  MissingCredentialsError,
  UnsafePathError,
} from "../core/errors";
import { FormatError } from "./output/format";
import { CommandFailed, EXIT } from "./errors";

export interface MainOptions {
  host?: HostInfo;
  streams?: CliStreams;
  context?: (host: HostInfo, streams: CliStreams) => CliContext;
}

export async function main(argv: readonly string[], opts: MainOptions = {}): Promise<number> {
  const host = opts.host ?? currentHost();
  const streams = opts.streams ?? { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin };
  if (argv.length === 1 && (argv[0] === "-v" || argv[0] === "--version")) {
    streams.stdout.write(VERSION_LINE);
    return EXIT.ok;
  }
  let resolved;
  try {
    resolved = parse(program, argv, streams.stdout.isTTY ? streams.stdout.columns : undefined);
  } catch (err) {
    if (err instanceof HelpRequested) {
      streams.stdout.write(err.text);
      return EXIT.ok;
    }
    if (err instanceof UsageError) {
      streams.stderr.write(`${err.usage}\n${err.prog}: error: ${err.message}\n`);
      return EXIT.usage;
    }
    throw err;
  }
  const leaf = resolved.path[resolved.path.length - 1]!;
  if (resolved.globals.version) {
    streams.stdout.write(VERSION_LINE);
    return EXIT.ok;
  }
  if (!leaf.load) {
    streams.stderr.write(`usage: ${resolved.prog} [-h] ...\n${resolved.prog}: error: the following arguments are required: command\n`);
    return EXIT.usage;
  }
  const ctx = opts.context ? opts.context(host, streams) : new CliContext(host, streams);
  try {
    const mod = await leaf.load();
    await mod.run(resolved.args, ctx as never);
    return EXIT.ok;
  } catch (err) {
    return report(err, ctx, resolved.args);
  }
}

/** A 401 with whose credentials were refused, from where, and how to replace them. */
function rejectedCredentialsLine(err: AuthenticationError, ctx: CliContext): string {
  const creds = ctx.usedCredentials();
  if (!creds) return err.message;
  const reason = err.rpc?.endsWith("/IntrospectToken") ? "the token is not active" : err.message.replace(/[.\s]+$/, "");
  return `Kaggle refused ${describeCredentials(creds, ctx.host.env)}: ${reason}; ${credentialsFix(creds)}`;
}

function report(err: unknown, ctx: CliContext, _args: ParsedArgs): number {
  // On a terminal, first erase a progress bar the failure may have left half drawn.
  let clear = ctx.streams.stderr.isTTY ? "\r\x1b[K" : "";
  const line = (text: string) => {
    ctx.streams.stderr.write(`${clear}${ctx.scrub(text)}\n`);
    clear = "";
  };
  if (err instanceof CommandFailed) {
    if (err.message) line(err.message);
    return err.exitCode;
  }
  if (err instanceof MissingCredentialsError) {
    line(err.message);
    return EXIT.credentials;
  }
  if (err instanceof ConfigurationError || err instanceof FormatError || err instanceof UnsafePathError) {
    line(err.message);
    return EXIT.failure;
  }
  if (err instanceof AuthenticationError) {
    line(rejectedCredentialsLine(err, ctx));
    if (err.requestId) ctx.logger.debug(`request id ${err.requestId}`);
    return EXIT.failure;
  }
  if (err instanceof KaggleApiError || err instanceof DeadlineExceededError) {
    line(err.message);
    if (err instanceof KaggleApiError && err.requestId) ctx.logger.debug(`request id ${err.requestId}`);
    return EXIT.failure;
  }
  const e = err as NodeJS.ErrnoException;
  if (e?.code && e.syscall) {
    // Node's message already starts with the code: `EEXIST: file already exists, mkdir 'x'`.
    line(e.message.startsWith(`${e.code}:`) ? e.message : `${e.code}: ${e.message}`);
    return EXIT.failure;
  }
  line(`Unexpected error: ${e?.message ?? String(err)} (run with VERBOSE=1 for details)`);
  ctx.logger.debug(e?.stack ?? String(err));
  return EXIT.failure;
}
