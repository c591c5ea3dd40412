/** What every command gets: streams, the environment, a lazily built client, output choices. */
import { KaggleClient } from "../core/client";
import { configString } from "../core/config";
import type { Credentials } from "../core/credentials";
import type { HostInfo, Logger } from "../core/env";
import { noProgress, type Progress } from "../core/progress";
import type { ParsedArgs } from "./args";
import { parseFormat, render, type Column, type FormatChoice, type PageOptions } from "./output/format";
import { progressReporter } from "./output/progress";
import { safeText } from "./output/safe-text";

/** Where a command reads and writes; tests pass their own, so a command runs without spawning. */
export interface CliStreams {
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  /** Answers to prompts (`delete` without `-y`); the process's standard input unless given. */
  stdin?: NodeJS.ReadableStream;
}

export class CliContext {
  readonly host: HostInfo;
  readonly streams: CliStreams;
  readonly verbose: boolean;
  private clientInstance: KaggleClient | undefined;
  private readonly clientFactory: (ctx: CliContext) => KaggleClient;

  constructor(host: HostInfo, streams: CliStreams, opts: { verbose?: boolean; clientFactory?: (ctx: CliContext) => KaggleClient } = {}) {
    this.host = host;
    this.streams = streams;
    this.verbose = opts.verbose ?? /^(1|true|yes)$/i.test(host.env.VERBOSE ?? host.env.VERBOSE_OUTPUT ?? "");
    this.clientFactory = opts.clientFactory ?? ((ctx) => new KaggleClient({ host: ctx.host, logger: ctx.logger }));
  }

  /** Warnings and retries on stderr; debug lines only with VERBOSE=1; secrets always removed. */
  readonly logger: Logger = {
    debug: (m) => {
      if (this.verbose) this.streams.stderr.write(`[debug] ${this.scrub(m)}\n`);
    },
    info: (m) => this.streams.stdout.write(`${this.scrub(m)}\n`),
    warn: (m) => this.streams.stderr.write(`Warning: ${this.scrub(m)}\n`),
  };

  /** Answers to prompts. */
  get stdin(): NodeJS.ReadableStream {
    return this.streams.stdin ?? process.stdin;
  }

  /** The terminal's width, when stdout is a terminal. */
  get columns(): number | undefined {
    return this.streams.stdout.isTTY ? this.streams.stdout.columns : undefined;
  }

  get client(): KaggleClient {
    this.clientInstance ??= this.clientFactory(this);
    return this.clientInstance;
  }

  /** The credentials the client has sent (none if it was never built or found none). */
  usedCredentials(): Credentials | undefined {
    try {
      return this.clientInstance?.credentials();
    } catch {
      return undefined;
    }
  }

  /** Every text printed passes here: secrets redacted, terminal control from servers removed. */
  scrub(text: string): string {
    return safeText(text, this.clientInstance ? this.clientInstance.secrets() : []);
  }

  out(text: string): void {
    this.streams.stdout.write(this.scrub(text));
  }

  line(text = ""): void {
    this.streams.stdout.write(`${this.scrub(text)}\n`);
  }

  progress(quiet: boolean): Progress {
    return quiet ? noProgress : progressReporter(this.streams.stderr);
  }

  formatChoice(args: ParsedArgs): FormatChoice {
    return parseFormat(args.format as string | undefined, Boolean(args.csv), this.host.env.KAGGLE_OUTPUT_FORMAT);
  }

  print<T>(rows: readonly T[], columns: Column<T>[], args: ParsedArgs): void {
    this.out(render(rows, columns, this.formatChoice(args)));
  }

  /**
   * One page of a list: the `Next Page Token = …` line, then the rows. With no rows, `empty`
   * is printed instead (never into JSON; with `tableOnly`, CSV still prints its header).
   */
  printPage<T>(rows: readonly T[], columns: Column<T>[], args: ParsedArgs, page: PageOptions): void {
    const choice = this.formatChoice(args);
    this.nextPageToken(page.nextPageToken, choice);
    const quietFormats = page.tableOnly ? choice.format !== "table" : choice.format === "json";
    if (rows.length === 0 && page.empty && !quietFormats) {
      (page.emptyOnStderr ? this.streams.stderr : this.streams.stdout).write(`${page.empty}\n`);
      return;
    }
    this.out(render(rows, columns, choice));
  }

  /** `Next Page Token = …` before the rows (on stderr when stdout carries JSON). */
  nextPageToken(token: string | undefined, choice: FormatChoice): void {
    if (!token) return;
    (choice.format === "json" ? this.streams.stderr : this.streams.stdout).write(`Next Page Token = ${this.scrub(token)}\n`);
  }

  /** A config value (`competition`, `path`, …) from kaggle.json or `KAGGLE_<NAME>`. */
  config(name: string): string | undefined {
    return configString(this.client.configuration().values, name);
  }
}
