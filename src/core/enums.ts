/**
 * The one lookup of a user's word for an enum member (a command-line flag, a metadata field),
 * with the official CLI's message on a word it does not know.
 */
import { ConfigurationError } from "./errors";
import { frameworkWord, ModelFrameworks, type ModelFramework } from "./types/models";

export { frameworkWord };

/** `['a', 'b']`: the valid words as the official CLI lists them (Python's repr of a list). */
export function enumOptions(words: readonly string[]): string {
  return `[${words.map((w) => `'${w}'`).join(", ")}]`;
}

/**
 * The member `table` maps `value` to (or `value` itself when `table` is a list of words), or
 * undefined when `value` is; `extra` holds accepted words that the message does not list.
 * Throws `Invalid <what> specified. Valid options are [...]` for any other word.
 */
export function lookupEnum(table: readonly string[], value: string | undefined, what: string): string | undefined;
export function lookupEnum<T>(
  table: Readonly<Record<string, T>>,
  value: string | undefined,
  what: string,
  extra?: Readonly<Record<string, T>>,
): T | undefined;
export function lookupEnum<T>(
  table: readonly string[] | Readonly<Record<string, T>>,
  value: string | undefined,
  what: string,
  extra: Readonly<Record<string, T>> = {},
): T | string | undefined {
  if (value === undefined) return undefined;
  if (isWordList(table)) {
    if (table.includes(value)) return value;
  } else if (Object.hasOwn(table, value)) {
    return table[value];
  }
  if (Object.hasOwn(extra, value)) return extra[value];
  throw new ConfigurationError(`Invalid ${what} specified. Valid options are ${enumOptions(isWordList(table) ? table : Object.keys(table))}`);
}

function isWordList(table: readonly string[] | object): table is readonly string[] {
  return Array.isArray(table);
}

/** Python's `camel_to_snake`: `PyTorch` -> `py_torch`, `tensorFlow2` -> `tensor_flow2`. */
function camelToSnake(word: string): string {
  return word
    .replace(/(.)([A-Z][a-z]+)/g, "$1_$2")
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .toLowerCase();
}

/**
 * The member of an SDK enum a user's word names, matched as the official CLI's `lookup_enum`:
 * snake-cased and upper-cased, bare, with the enum's prefix, then ignoring every `_`
 * (`pytorch`, `PyTorch`, `py_torch` all name `MODEL_FRAMEWORK_PY_TORCH`). Undefined if none.
 */
export function looseEnum<T extends string>(members: readonly T[], prefix: string, word: string): T | undefined {
  const upper = camelToSnake(word).toUpperCase();
  const full = `${prefix}${upper}`;
  const exact = members.find((m) => m === upper || m === full);
  if (exact) return exact;
  const squashed = full.replace(/_/g, "");
  return members.find((m) => m.replace(/_/g, "") === squashed);
}

/** A framework word (`pytorch`, `PyTorch`, `MODEL_FRAMEWORK_PY_TORCH`); an unknown one is a one-line error listing the valid words. */
export function lookupFramework(word: string): ModelFramework {
  const hit = looseEnum(ModelFrameworks, "MODEL_FRAMEWORK_", word);
  if (hit && hit !== "MODEL_FRAMEWORK_UNSPECIFIED") return hit;
  const words = ModelFrameworks.slice(1).map(frameworkWord);
  throw new ConfigurationError(`Unknown model framework '${word}'. Valid frameworks are ${words.join(", ")}`);
}

/** The official CLI's `short_enum_name`: the member without its prefix, lower case (`py_torch`, `base_model`). */
export function shortEnumName(member: string, prefix: string): string {
  return member.slice(prefix.length).toLowerCase();
}
