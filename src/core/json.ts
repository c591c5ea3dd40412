/**
 * JSON exactly as Kaggle's Python SDK writes it (`json.dumps` defaults): `", "` and `": "`
 * separators and every non-ASCII character escaped as `\uXXXX`. Keys keep insertion order;
 * `undefined` members are left out.
 */
export function toWireJson(value: unknown): string {
  return encode(value);
}

function encode(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (typeof value === "string") return encodeString(value);
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new TypeError(`cannot send ${value} as JSON`);
    return String(value);
  }
  if (typeof value === "boolean") return value ? "true" : "false";
  if (Array.isArray(value)) return `[${value.map(encode).join(", ")}]`;
  if (typeof value === "object") {
    const parts: string[] = [];
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (v === undefined) continue;
      parts.push(`${encodeString(k)}: ${encode(v)}`);
    }
    return `{${parts.join(", ")}}`;
  }
  throw new TypeError(`cannot send a ${typeof value} as JSON`);
}

function encodeString(text: string): string {
  return JSON.stringify(text).replace(/[\u007f-\uffff]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/**
 * Where a `JSON.parse` syntax error is, as 1-based line and column, and what it is without
 * Node's own position suffix; undefined position when Node gave none.
 */
export function jsonSyntaxError(text: string, err: Error): { line?: number; column?: number; detail: string } {
  const detail = err.message.replace(/\s*\(line \d+ column \d+\)/, "").replace(/ in JSON at position \d+/, "");
  const m = /position (\d+)/.exec(err.message);
  if (!m) return { detail };
  const offset = Number(m[1]);
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return { line, column: offset - before.lastIndexOf("\n"), detail };
}
