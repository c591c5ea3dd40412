/**
 * How an action declares its interface: every input and output in one object per action
 * (`src/actions/<name>/spec.ts`). The code reads inputs only through this declaration, and a
 * test keeps each `action.yml` and README equal to it.
 */

export interface InputSpec {
  description: string;
  required?: boolean;
  /** The default written into action.yml; also applied in code when the input is absent. */
  default?: string;
  /** `boolean` inputs accept only YAML's spellings of true and false. */
  kind?: "string" | "boolean";
  /** Masked before anything is logged. */
  secret?: boolean;
}

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

/** Typed values of a set of inputs: booleans as booleans, strings absent as undefined. */
export type InputValues<I extends InputSpecs> = {
  [K in keyof I]: I[K]["kind"] extends "boolean" ? boolean : string | undefined;
};

export function defineAction<const I extends InputSpecs, const O extends OutputSpecs>(spec: ActionSpec<I, O>): ActionSpec<I, O> {
  return spec;
}
