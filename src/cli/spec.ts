/** The command tree as data: what each command accepts, as argparse would declare it. */

export type OptionType = "string" | "int" | "bool";

export interface OptionSpec {
  /** `["-p", "--path"]`; the first long flag names the value unless `dest` is given. */
  flags: readonly string[];
  dest?: string;
  type?: OptionType;
  help?: string;
  metavar?: string;
  required?: boolean;
  choices?: readonly string[];
  /** Left out of usage and help (upstream's hidden `-c/--competition`). */
  hidden?: boolean;
  /** Collect every occurrence into an array. */
  repeat?: boolean;
  /** The value may be left out (argparse `nargs="?"`): the flag alone stores this (its `const`). */
  optionalValue?: string;
}

export interface PositionalSpec {
  name: string;
  help?: string;
  optional?: boolean;
  /** `int`: refused with argparse's `invalid int value` unless an integer (argparse `type=int`). */
  type?: "int";
  /** Shown in usage and help instead of `name` (argparse's `metavar`). */
  metavar?: string;
  /** The last positional only: takes every remaining argument, as an array (argparse `nargs="+"`, or `"*"` if optional). */
  many?: boolean;
}

export interface CommandSpec {
  name: string;
  aliases?: string[];
  help: string;
  description?: string;
  options?: readonly OptionSpec[];
  positionals?: readonly PositionalSpec[];
  /** Options that may not be given together, by dest. */
  exclusive?: readonly (readonly [string, string])[];
  /** Words accepted (and dropped) before the positionals, e.g. `pages list <comp>` as `pages <comp>`. */
  verbs?: readonly string[];
  subcommands?: CommandSpec[];
  /** Loads the code that runs this command. */
  load?: () => Promise<{ run: (args: ParsedArgs, ctx: never) => Promise<void> }>;
  epilog?: string;
}

export type ParsedArgs = Record<string, string | number | boolean | string[] | undefined>;

export function destOf(o: OptionSpec): string {
  if (o.dest) return o.dest;
  const long = o.flags.find((f) => f.startsWith("--")) ?? o.flags[0]!;
  return long.replace(/^-+/, "").replace(/-/g, "_");
}
