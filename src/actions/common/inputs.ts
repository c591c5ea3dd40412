/**
 * Reading inputs the way the runner passes them (`INPUT_<NAME>` variables), strictly through an
 * action's declaration: empty means absent, and the declared kind parses the text, with a
 * message naming the input when it does not fit.
 */
import * as core from "@actions/core";
import { ConfigurationError } from "../../core/errors";
import { splitPatterns } from "../../core/ignore";
import type { InputSpec, InputSpecs, InputValues } from "./spec";

const TRUE = ["true", "True", "TRUE"];
const FALSE = ["false", "False", "FALSE"];

/** The raw value of an input, trimmed; undefined when empty or absent. */
export function rawInput(name: string): string | undefined {
  const value = core.getInput(name);
  return value === "" ? undefined : value;
}

/** The variable the runner passes an input in. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, "_").toUpperCase()}`;
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

/** Reads every declared input (so every declared input is read, and only those), in order. */
export function readInputs<I extends InputSpecs>(specs: I): InputValues<I> {
  const out: Record<string, unknown> = {};
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
    out[name] = parseInput(name, value, spec);
  }
  return out as InputValues<I>;
}

/** The value of one present (or absent) input by its declared kind. */
function parseInput(name: string, value: string | undefined, spec: InputSpec): unknown {
  if (spec.kind === "list") return splitPatterns(value);
  if (value === undefined) return undefined;
  switch (spec.kind) {
    case "duration":
      return durationInput(name, value, spec.positive);
    case "int":
      return integerInput(name, value, spec.min);
    case "number":
      return numberInput(name, value);
    case "percent":
      return percentInput(name, value);
    case "choice":
      return choiceInput(name, value, spec.choices);
    default:
      return value;
  }
}

function firstSentence(text: string): string {
  const end = text.search(/\.(\s|$)/);
  return (end === -1 ? text : text.slice(0, end)).replace(/`/g, "");
}

/** A finite number. */
function numberInput(name: string, value: string): number {
  const n = Number(value);
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(value) || !Number.isFinite(n)) {
    throw new ConfigurationError(`Input '${name}' must be a number, got '${value}'`);
  }
  return n;
}

/** A percentage: a number above 0 and at most 100. */
function percentInput(name: string, value: string): number {
  const n = numberInput(name, value);
  if (n <= 0 || n > 100) {
    throw new ConfigurationError(`Input '${name}' must be a percentage above 0 and at most 100, got '${value}'`);
  }
  return n;
}

/** A whole number of at least `min`. */
function integerInput(name: string, value: string, min = 1): number {
  if (!/^\d+$/.test(value) || Number(value) < min) {
    throw new ConfigurationError(`Input '${name}' must be a whole number of at least ${min}, got '${value}'`);
  }
  return Number(value);
}

/** Seconds (`600`) or a duration (`90s`, `15m`, `1h30m`), as milliseconds; above 0 when `positive`. */
function durationInput(name: string, value: string, positive = false): number {
  const ms = durationMs(name, value);
  if (positive && ms <= 0) throw new ConfigurationError(`Input '${name}' must be more than 0 seconds, got '${value}'`);
  return ms;
}

function durationMs(name: string, value: string): number {
  if (/^\d+(\.\d+)?$/.test(value)) return Math.round(Number(value) * 1000);
  const m = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(value);
  if (!m || value === "") {
    throw new ConfigurationError(`Input '${name}' must be seconds or a duration such as 90s, 15m or 1h30m, got '${value}'`);
  }
  return ((Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0)) * 60 + Number(m[3] ?? 0)) * 1000;
}

/** One of a fixed set of words. */
function choiceInput(name: string, value: string, choices: readonly string[]): string {
  if (!choices.includes(value)) {
    throw new ConfigurationError(`Input '${name}' must be one of ${choices.join(", ")}, got '${value}'`);
  }
  return value;
}
