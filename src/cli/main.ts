/** Runs one CLI invocation and returns its exit code; never calls process.exit itself. */
import { HelpRequested, parse, UsageError, type ParsedArgs } from "./args";
import { CliContext, type CliStreams } from "./context";
import { program } from "./program";
import { VERSION_LINE } from "./version";
import { currentHost, type HostInfo } from "../core/env";
import { ConfigurationError, DeadlineExceededError, KaggleApiError, MissingCredentialsError, UnsafePathError } from "../core/errors";
import { FormatError } from "./output/format";

export const EXIT = { ok: 0, failure: 1, usage: 2, credentials: 4 } as const;

/** Thrown by a command that has already printed why it failed. */
export class CommandFailed extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.failure,
  ) {
    super(message);
  }
}

export interface MainOptions {
  host?: HostInfo;
  streams?: CliStreams;
  context?: (host: HostInfo, streams: CliStreams) => CliContext;
}

export async function main(argv: readonly string[], opts: MainOptions = {}): Promise<number> {
  const host = opts.host ?? currentHost();
  const streams = opts.streams ?? { stdout: process.stdout, stderr: process.stderr };
  if (argv.length === 1 && (argv[0] === "-v" || argv[0] === "--version")) {
    streams.stdout.write(VERSION_LINE);
    return EXIT.ok;
  }
  let resolved;
  try {
    resolved = parse(program, argv);
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
  if (resolved.args.version) {
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

function report(err: unknown, ctx: CliContext, _args: ParsedArgs): number {
  const line = (text: string) => ctx.streams.stderr.write(`${ctx.scrub(text)}\n`);
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
  if (err instanceof KaggleApiError || err instanceof DeadlineExceededError) {
    line(err.message);
    if (err instanceof KaggleApiError && err.requestId) ctx.logger.debug(`request id ${err.requestId}`);
    return EXIT.failure;
  }
  const e = err as NodeJS.ErrnoException;
  if (e?.code && e.syscall) {
    line(`${e.code}: ${e.message}`);
    return EXIT.failure;
  }
  line(`Unexpected error: ${e?.message ?? String(err)} (run with VERBOSE=1 for details)`);
  ctx.logger.debug(e?.stack ?? String(err));
  return EXIT.failure;
}
