/** Cell texts exactly as the official CLI prints values (Python's `str()` of each type). */

/**
 * A wire timestamp as Python prints a `datetime`: `2024-01-02 03:04:05`, with `.mmm000`
 * when the milliseconds are not zero; an offset is kept only when there is no fraction.
 */
export function pythonDateTime(value: string | undefined | null): string {
  if (!value) return "None";
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2})?)(?:\.(\d+))?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(value.trim());
  if (!m) return value;
  const [, date, time = "00:00:00", fraction, zone] = m;
  const hms = time.length === 5 ? `${time}:00` : time;
  const ms = fraction ? fraction.slice(0, 3).padEnd(3, "0") : "000";
  if (ms !== "000") return `${date} ${hms}.${ms}000`;
  if (zone && zone !== "Z" && !fraction) return `${date} ${hms}${zone.includes(":") ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`}`;
  return `${date} ${hms}`;
}

/** A wire timestamp as kaggle 2.x's `--format json` prints it (Python's `isoformat()`), or null. */
export function pythonIsoDateTime(value: string | undefined | null): string | null {
  return value ? pythonDateTime(value).replace(" ", "T") : null;
}

export type CellValue = string | number | boolean | null | undefined;

/** Text of one cell: booleans `True`/`False`, unset values empty. */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "True" : "False";
  return String(value);
}

/** Python's `repr()` of a string. */
export function pyRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  const body = s
    .replace(/\\/g, "\\\\")
    .replace(/\n/g, "\\n")
    .replace(/\r/g, "\\r")
    .replace(/\t/g, "\\t")
    .replace(new RegExp(quote, "g"), `\\${quote}`);
  return `${quote}${body}${quote}`;
}

/** Python's `str()` of a list of strings: `['a', 'b']`. */
export function pyList(items: readonly string[]): string {
  return `[${items.map(pyRepr).join(", ")}]`;
}

const SIZE_UNITS = ["B", "KB", "MB", "GB", "TB"];

/**
 * A byte count as the official CLI prints it (`File.get_size`: the value in the largest unit
 * under 1024, then `%.0f`, which rounds half to even): `7B`, `2KB` for 2.5 KiB, `1024KB`.
 * The progress lines, which have no upstream twin, round halves up (`rounding: "half-up"`).
 */
export function humanSize(bytes: number, opts: { rounding?: "half-even" | "half-up" } = {}): string {
  let v = bytes;
  let u = 0;
  while (v >= 1024 && u < SIZE_UNITS.length - 1) {
    v /= 1024;
    u++;
  }
  const floor = Math.floor(v);
  const diff = v - floor;
  const halfUp = opts.rounding === "half-up" || floor % 2 === 1;
  const rounded = diff > 0.5 || (diff === 0.5 && halfUp) ? floor + 1 : floor;
  return `${rounded}${SIZE_UNITS[u]}`;
}
