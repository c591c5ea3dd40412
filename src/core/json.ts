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
