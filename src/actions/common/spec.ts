/**
 * How an action declares its interface: every input and output in one object per action
 * (`src/actions/<name>/spec.ts`). The declared kind of an input chooses its parser, a required
 * input (or one with a default) comes back non-optional, and `secret: true` masks it before
 * anything is logged. The code reads inputs only through this declaration, and a test keeps
 * each `action.yml` and README equal to it.
 */

interface InputBase {
  description: string;
  required?: boolean;
  /** The default written into action.yml; also applied in code when the input is absent. */
  default?: string;
  /** Masked before anything is logged. */
  secret?: boolean;
}

/**
 * `string` (the default) is the trimmed text; `boolean` accepts only YAML's spellings of true
 * and false; `duration` is seconds or `90s`/`15m`/`1h30m`, as milliseconds (above 0 when
 * `positive`); `int` a whole number of at least `min` (1 unless given); `number` a finite number;
 * `percent` a number above 0 and at most 100; `choice` one of `choices`; `list` comma- or
 * newline-separated items (empty: none).
 */
export type InputSpec =
  | (InputBase & { kind?: "string" })
  | (InputBase & { kind: "boolean" })
  | (InputBase & { kind: "duration"; positive?: boolean })
  | (InputBase & { kind: "int"; min?: number })
  | (InputBase & { kind: "number" })
  | (InputBase & { kind: "percent" })
  | (InputBase & { kind: "choice"; choices: readonly string[] })
  | (InputBase & { kind: "list" });

export type InputSpecs = Record<string, InputSpec>;
export type OutputSpecs = Record<string, string>;

export interface ActionSpec<I extends InputSpecs = InputSpecs, O extends OutputSpecs = OutputSpecs> {
  /** Folder name at the repository root (and under src/actions/). */
  name: string;
  /** `name:` in action.yml. */
  title: string;
  description: string;
  inputs: I;
  outputs: O;
}

/** The value an input of this declaration parses to. */
type Parsed<S extends InputSpec> = S extends { kind: "boolean" }
  ? boolean
  : S extends { kind: "duration" | "int" | "number" | "percent" }
    ? number
    : S extends { kind: "choice"; choices: readonly (infer C)[] }
      ? C
      : S extends { kind: "list" }
        ? string[]
        : string;

/** A default that is a workflow expression (`${{ github.token }}`) only the runner fills in. */
type Expression = `${string}\${{${string}`;

/** Whether an input always has a value: booleans and lists, required inputs, plain defaults. */
type Always<S extends InputSpec> = S extends { kind: "boolean" | "list" }
  ? true
  : S extends { required: true }
    ? true
    : S extends { default: infer D extends string }
      ? D extends Expression
        ? false
        : true
      : false;

/** Typed values of a set of inputs: parsed by kind, absent as undefined unless always given. */
export type InputValues<I extends InputSpecs> = {
  [K in keyof I]: Always<I[K]> extends true ? Parsed<I[K]> : Parsed<I[K]> | undefined;
};

export function defineAction<const I extends InputSpecs, const O extends OutputSpecs>(spec: ActionSpec<I, O>): ActionSpec<I, O> {
  return spec;
}
