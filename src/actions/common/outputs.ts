/** Outputs collected while an action runs and written once at the end, also after a failure. */
import * as core from "@actions/core";
import type { OutputSpecs } from "./spec";

export type OutputValue = string | number | boolean | undefined;

export class Outputs<O extends OutputSpecs> {
  private readonly values = new Map<string, string>();

  constructor(private readonly specs: O) {}

  set(name: keyof O & string, value: OutputValue): void {
    if (value === undefined) return;
    this.values.set(name, String(value));
  }

  setAll(values: Partial<Record<keyof O & string, OutputValue>>): void {
    for (const [name, value] of Object.entries(values)) this.set(name as keyof O & string, value as OutputValue);
  }

  get(name: keyof O & string): string | undefined {
    return this.values.get(name);
  }

  /** Every declared output, in declaration order; those not known are set to the empty string. */
  flush(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const name of Object.keys(this.specs)) {
      out[name] = this.values.get(name) ?? "";
      core.setOutput(name, out[name]);
    }
    return out;
  }
}
