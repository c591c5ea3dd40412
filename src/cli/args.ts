/**
 * A small argparse work-alike: the official CLI is built on Python's argparse, so its users
 * know its usage lines, its `-h` layout, its error lines and its exit code 2. Commands are
 * declared as data; their code is loaded only when they run.
 */
import { HELP_OPTION, helpText, usageLine } from "./help";
import { destOf, type CommandSpec, type OptionSpec, type ParsedArgs } from "./spec";

export type { CommandSpec, OptionSpec, OptionType, ParsedArgs, PositionalSpec } from "./spec";
export { destOf } from "./spec";
export { helpText, usageLine } from "./help";

export class UsageError extends Error {
  constructor(
    message: string,
    readonly usage: string,
    readonly prog: string,
  ) {
    super(message);
    this.name = "UsageError";
  }
}

export class HelpRequested extends Error {
  constructor(readonly text: string) {
    super("help");
  }
}

export interface Resolved {
  path: CommandSpec[];
  prog: string;
  /** The leaf command's own flags and positionals. */
  args: ParsedArgs;
  /**
   * The root's flags, given before the first sub-command word. Kept apart from `args` so that a
   * sub-command flag sharing a name with a global one (`submit -v 2` against the global
   * `-v/--version`) means what the sub-command says.
   */
  globals: ParsedArgs;
}

/** Walks argv down the command tree; `columns` is the terminal width help and usage lines wrap to. */
export function parse(root: CommandSpec, argv: readonly string[], columns?: number, rootProg = "kaggle"): Resolved {
  let spec = root;
  let prog = rootProg;
  const path = [root];
  let rest = [...argv];
  const globalArgs: ParsedArgs = {};
  // Descend through sub-commands; options before the sub-command belong to the parent.
  for (;;) {
    if (!spec.subcommands?.length) break;
    const parentArgs: string[] = [];
    let i = 0;
    for (; i < rest.length; i++) {
      const a = rest[i]!;
      if (!a.startsWith("-")) break;
      parentArgs.push(a);
      // A parent's own valued option (`topics -p 2 list`) takes the next word with it.
      const o = spec.options?.find((x) => x.flags.includes(a));
      if (o && o.type !== "bool" && i + 1 < rest.length) parentArgs.push(rest[++i]!);
    }
    const parsedParent = parseFlags(spec, prog, parentArgs, columns);
    if (parsedParent.help) throw new HelpRequested(helpText(prog, spec, columns));
    if (i >= rest.length) {
      // A group with its own code runs it when no sub-command is given (`kaggle forums` lists).
      if (spec.load && path.length > 1) return { path, prog, args: parsedParent, globals: globalArgs };
      if (parentArgs.length) {
        return path.length === 1 ? { path, prog, args: {}, globals: parsedParent } : { path, prog, args: parsedParent, globals: globalArgs };
      }
      throw new UsageError(`the following arguments are required: command`, usageLine(prog, spec, columns), prog);
    }
    const word = rest[i]!;
    const sub = spec.subcommands.find((s) => s.name === word || s.aliases?.includes(word));
    if (!sub) {
      const choices = spec.subcommands.flatMap((s) => [s.name, ...(s.aliases ?? [])]).map((c) => `'${c}'`);
      throw new UsageError(`argument command: invalid choice: '${word}' (choose from ${choices.join(", ")})`, usageLine(prog, spec, columns), prog);
    }
    if (path.length === 1 && parentArgs.length) Object.assign(globalArgs, parsedParent);
    spec = sub;
    prog = `${prog} ${sub.name}`;
    path.push(sub);
    rest = rest.slice(i + 1);
  }
  const args = parseFlags(spec, prog, rest, columns);
  if (args.help) throw new HelpRequested(helpText(prog, spec, columns));
  return { path, prog, args, globals: globalArgs };
}

function parseFlags(spec: CommandSpec, prog: string, argv: readonly string[], columns: number | undefined): ParsedArgs {
  const scan = new FlagScan(spec, prog, argv, columns);
  scan.scan();
  if (scan.out.help) return scan.out;
  scan.check();
  return scan.out;
}

const looksLikeFlag = (s: string) => s.startsWith("-") && s.length > 1 && !/^-\d/.test(s);

/** One pass over a command's argv: flags into `out`, the rest into `positionals` or `unknown`. */
class FlagScan {
  readonly out: ParsedArgs = {};
  private readonly options: readonly OptionSpec[];
  private readonly usage: string;
  private readonly byFlag = new Map<string, OptionSpec>();
  private readonly positionals: string[] = [];
  private readonly seen = new Map<string, string>();
  private readonly unknown: string[] = [];

  constructor(
    private readonly spec: CommandSpec,
    private readonly prog: string,
    private readonly argv: readonly string[],
    columns: number | undefined,
  ) {
    this.options = [HELP_OPTION, ...(spec.options ?? [])];
    this.usage = usageLine(prog, spec, columns);
    for (const o of this.options) for (const f of o.flags) this.byFlag.set(f, o);
  }

  private fail(msg: string): never {
    throw new UsageError(msg, this.usage, this.prog);
  }

  scan(): void {
    const argv = this.argv;
    for (let i = 0; i < argv.length; i++) {
      const a = argv[i]!;
      if (a === "--") {
        this.positionals.push(...argv.slice(i + 1));
        break;
      }
      if (a.startsWith("--")) i += this.long(a, i);
      else if (looksLikeFlag(a)) i += this.short(a, i);
      else this.positionals.push(a);
    }
  }

  /** A `--flag`, `--flag=value` or `--flag value`; returns how many extra arguments it took. */
  private long(a: string, i: number): number {
    const eq = a.indexOf("=");
    const flag = eq === -1 ? a : a.slice(0, eq);
    const o = this.byFlag.get(flag) ?? uniquePrefix(this.options, flag);
    if (!o) {
      this.unknown.push(a);
      return 0;
    }
    if (o.type === "bool") {
      if (eq !== -1) this.fail(`argument ${o.flags.join("/")}: ignored explicit argument '${a.slice(eq + 1)}'`);
      this.store(o, undefined);
      return 0;
    }
    if (eq !== -1) {
      this.store(o, a.slice(eq + 1));
      return 0;
    }
    return this.takeValue(o, i);
  }

  /** A `-f`, `-fvalue`, `-f value` or bundled `-qo`; returns how many extra arguments it took. */
  private short(a: string, i: number): number {
    const o = this.byFlag.get(a.slice(0, 2));
    if (!o) {
      this.unknown.push(a);
      return 0;
    }
    if (o.type === "bool") {
      this.store(o, undefined);
      for (const ch of a.slice(2)) {
        const more = this.byFlag.get(`-${ch}`);
        if (!more || more.type !== "bool") this.fail(`argument ${o.flags.join("/")}: ignored explicit argument '${a.slice(2)}'`);
        this.store(more, undefined);
      }
      return 0;
    }
    if (a.length > 2) {
      this.store(o, a.slice(2));
      return 0;
    }
    return this.takeValue(o, i);
  }

  /** Stores the argument after option `o` (not one that looks like a flag), else its `optionalValue`; returns how many it took. */
  private takeValue(o: OptionSpec, i: number): number {
    const next = this.argv[i + 1];
    if (next !== undefined && !looksLikeFlag(next)) {
      this.store(o, next);
      return 1;
    }
    if (o.optionalValue === undefined) this.fail(`argument ${o.flags.join("/")}: expected one argument`);
    this.store(o, o.optionalValue);
    return 0;
  }

  private store(o: OptionSpec, raw: string | undefined): void {
    const dest = destOf(o);
    this.seen.set(dest, o.flags.join("/"));
    if (o.type === "bool") {
      this.out[dest] = true;
      return;
    }
    if (raw === undefined) this.fail(`argument ${o.flags.join("/")}: expected one argument`);
    const value = raw;
    if (o.choices && !o.choices.includes(value)) {
      this.fail(`argument ${o.flags.join("/")}: invalid choice: '${value}' (choose from ${o.choices.map((c) => `'${c}'`).join(", ")})`);
    }
    if (o.type === "int") {
      if (!/^[-+]?\d+$/.test(value.trim())) this.fail(`argument ${o.flags.join("/")}: invalid int value: '${value}'`);
      this.out[dest] = Number.parseInt(value, 10);
    } else if (o.repeat) {
      const prev = this.out[dest];
      this.out[dest] = [...(Array.isArray(prev) ? prev : []), value];
    } else {
      this.out[dest] = value;
    }
  }

  /** Positionals assigned, then unknown arguments, missing ones and exclusive pairs refused. */
  check(): void {
    const specs = this.spec.positionals ?? [];
    const positionals = this.positionals;
    if (positionals.length && this.spec.verbs?.includes(positionals[0]!)) this.out.command = positionals.shift()!;
    const many = specs[specs.length - 1]?.many ? specs[specs.length - 1] : undefined;
    const single = many ? specs.length - 1 : specs.length;
    specs.slice(0, Math.min(single, positionals.length)).forEach((p, i) => {
      const v = positionals[i]!;
      if (p.type === "int" && !/^[-+]?\d+$/.test(v.trim())) this.fail(`argument ${p.name}: invalid int value: '${v}'`);
      this.out[p.name] = p.type === "int" ? Number.parseInt(v, 10) : v;
    });
    if (many && positionals.length > single) this.out[many.name] = positionals.slice(single);
    else if (!many && positionals.length > specs.length) this.unknown.push(...positionals.slice(specs.length));
    if (this.unknown.length) this.fail(`unrecognized arguments: ${this.unknown.join(" ")}`);
    const missing = [
      ...this.options.filter((o) => o.required && this.out[destOf(o)] === undefined).map((o) => o.flags.join("/")),
      ...specs.filter((p, i) => !p.optional && i >= positionals.length).map((p) => p.metavar ?? p.name),
    ];
    if (missing.length) this.fail(`the following arguments are required: ${missing.join(", ")}`);
    for (const [a, b] of this.spec.exclusive ?? []) {
      if (this.seen.has(a) && this.seen.has(b)) this.fail(`argument ${this.seen.get(b)}: not allowed with argument ${this.seen.get(a)}`);
    }
  }
}

function uniquePrefix(options: readonly OptionSpec[], flag: string): OptionSpec | undefined {
  const matches = options.filter((o) => o.flags.some((f) => f.startsWith("--") && f.startsWith(flag)));
  return matches.length === 1 ? matches[0] : undefined;
}
