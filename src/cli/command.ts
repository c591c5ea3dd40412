/**
 * Typed commands. A group's `flags.ts` declares each command's options and positionals as data
 * with `defineFlags`; the command's file wraps its code with `defineRun(FLAGS, …)`, which types
 * `args` from that declaration (`--page-size` of type int → `args.page_size: number | undefined`).
 * A command either prints through `ctx` or returns a `table(...)`, which is rendered here in the
 * format the user chose, so that list commands hold no printing code of their own.
 */
import { destOf, type OptionSpec, type ParsedArgs, type PositionalSpec } from "./args";
import type { CliContext } from "./context";
import type { Column, PageOptions } from "./output/format";

export interface Flags {
  readonly options?: readonly OptionSpec[];
  readonly positionals?: readonly PositionalSpec[];
  /** Options that may not be given together, by dest. */
  readonly exclusive?: readonly (readonly [string, string])[];
}

/** Keeps the literal types of a declaration, so that `defineRun` can read the flag names from it. */
export function defineFlags<const F extends Flags>(flags: F): F {
  return flags;
}

type FirstLong<F> = F extends readonly [infer H, ...infer T] ? (H extends `--${infer N}` ? N : FirstLong<T>) : never;
type FirstFlag<F> = F extends readonly [infer H extends string, ...unknown[]] ? (H extends `-${infer N}` ? N : H) : never;
type Snake<S extends string> = S extends `${infer A}-${infer B}` ? `${A}_${Snake<B>}` : S;
/** The key a flag's value is stored under, as `destOf` in args.ts computes it. */
type DestOf<O> = O extends { dest: infer D extends string }
  ? D
  : O extends { flags: infer F }
    ? Snake<[FirstLong<F>] extends [never] ? FirstFlag<F> : FirstLong<F>>
    : never;
type Scalar<O> = O extends { type: "int" } ? number : O extends { choices: readonly (infer C extends string)[] } ? C : string;
type ValueOf<O> = O extends { type: "bool" }
  ? boolean
  : O extends { repeat: true }
    ? Scalar<O>[] | undefined
    : O extends { required: true }
      ? Scalar<O>
      : Scalar<O> | undefined;

type OptionArgs<F extends Flags> = F["options"] extends readonly (infer O)[] ? { [K in O as DestOf<K>]: ValueOf<K> } : unknown;
type PositionalArgs<F extends Flags> = F["positionals"] extends readonly (infer P)[]
  ? { [K in P as K extends { name: infer N extends string } ? N : never]: K extends { optional: true } ? string | undefined : string }
  : unknown;

/** What a command's code receives: every option and positional of its declaration, typed. */
export type ArgsOf<F extends Flags> = OptionArgs<F> & PositionalArgs<F> & { readonly format?: string; readonly csv?: boolean };

/** List output a command hands back instead of printing: rendered as table, CSV or JSON. */
export interface TableResult {
  readonly kind: "table";
  readonly rows: readonly unknown[];
  readonly page: PageOptions;
  print(ctx: CliContext, args: ParsedArgs): void;
}

export function table<T>(rows: readonly T[], columns: Column<T>[], page: PageOptions = {}): TableResult {
  return { kind: "table", rows, page, print: (ctx, args) => ctx.printPage(rows, columns, args, page) };
}

export type CommandResult = TableResult | void;

/** The shape `spec.ts` loads: the code of one command. */
export interface CommandModule {
  run: (args: ParsedArgs, ctx: CliContext) => Promise<void>;
}

/**
 * Wraps a command's code: booleans the user left out become `false`, and a returned table is
 * rendered in the chosen format.
 */
export function defineRun<const F extends Flags, R extends CommandResult>(
  flags: F,
  code: (args: ArgsOf<F>, ctx: CliContext) => Promise<R>,
): CommandModule["run"] {
  const booleans = (flags.options ?? []).filter((o) => o.type === "bool").map(destOf);
  return async (parsed, ctx) => {
    const args: ParsedArgs = { ...parsed };
    for (const key of booleans) args[key] = args[key] === true;
    const result = await code(args as ArgsOf<F>, ctx);
    if (result?.kind === "table") result.print(ctx, args);
  };
}
