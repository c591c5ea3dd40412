/**
 * Reading inputs the way the runner passes them (`INPUT_<NAME>` variables), strictly through an
 * action's declaration: empty means absent, booleans accept only YAML's spellings, numbers and
 * durations are checked with a message naming the input.
 */
import * as core from "@actions/core";
import { ConfigurationError } from "../../core/errors";
import type { InputSpecs, InputValues } from "./spec";

const TRUE = ["true", "True", "TRUE"];
const FALSE = ["false", "False", "FALSE"];

/** The raw value of an input, trimmed; undefined when empty or absent. */
export function rawInput(name: string): string | undefined {
  const value = core.getInput(name);
  return value === "" ? undefined : value;
}

/** A default that is a workflow expression (`${{ github.token }}`) only the runner can fill in. */
function isExpression(value: string | undefined): boolean {
  return value !== undefined && value.includes("${{");
}

export function parseBoolean(name: string, value: string): boolean {
  if (TRUE.includes(value)) return true;
  if (FALSE.includes(value)) return false;
  throw new ConfigurationError(`Input '${name}' must be true or false, got '${value}'`);
}

/** Reads every declared input (so every declared input is read, and only those). */
export function readInputs<I extends InputSpecs>(specs: I): InputValues<I> {
  const out: Record<string, string | boolean | undefined> = {};
  for (const [name, spec] of Object.entries(specs)) {
    let value = rawInput(name);
    if (value === undefined && spec.default !== undefined && !isExpression(spec.default)) value = spec.default;
    if (spec.kind === "boolean") {
      out[name] = parseBoolean(name, value ?? "false");
      continue;
    }
    if (value === undefined && spec.required) {
      throw new ConfigurationError(`Input '${name}' is required: ${firstSentence(spec.description)}`);
    }
    out[name] = value;
  }
  return out as InputValues<I>;
}

function firstSentence(text: string): string {
  const end = text.search(/\.(\s|$)/);
  return (end === -1 ? text : text.slice(0, end)).replace(/`/g, "");
}

/** A finite number, or undefined when the input is absent. */
export function numberInput(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(value) || !Number.isFinite(n)) {
    throw new ConfigurationError(`Input '${name}' must be a number, got '${value}'`);
  }
  return n;
}

/** A whole number of at least `min`, or undefined when absent. */
export function integerInput(name: string, value: string | undefined, min = 1): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < min) {
    throw new ConfigurationError(`Input '${name}' must be a whole number of at least ${min}, got '${value}'`);
  }
  return Number(value);
}

/** Seconds (`600`) or a duration (`90s`, `15m`, `1h30m`), as milliseconds. */
export function durationInput(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (/^\d+(\.\d+)?$/.test(value)) return Math.round(Number(value) * 1000);
  const m = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(value);
  if (!m || value === "") {
    throw new ConfigurationError(`Input '${name}' must be seconds or a duration such as 90s, 15m or 1h30m, got '${value}'`);
  }
  return ((Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0)) * 60 + Number(m[3] ?? 0)) * 1000;
}

/** One of a fixed set of words. */
export function choiceInput<T extends string>(name: string, value: string | undefined, choices: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!(choices as readonly string[]).includes(value)) {
    throw new ConfigurationError(`Input '${name}' must be one of ${choices.join(", ")}, got '${value}'`);
  }
  return value as T;
}
