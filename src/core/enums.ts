/**
 * The one lookup of a user's word for an enum member (a command-line flag, a metadata field),
 * with the official CLI's message on a word it does not know.
 */
import { ConfigurationError } from "./errors";

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
