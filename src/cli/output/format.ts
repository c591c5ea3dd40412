/**
 * Tables, CSV and JSON exactly as the official CLI prints them (`print_table`, `print_csv`,
 * kaggle 2.x `--format json` and `json(field,...)` projections).
 */
import { cellText, type CellValue } from "./cells";

export interface Column<T> {
  /** Field name on the wire: sets the minimum width and names the JSON key of a projection. */
  field: string;
  /** Header text. */
  label: string;
  value: (row: T) => CellValue;
  /** The typed value for JSON output (defaults to `value`). */
  json?: (row: T) => unknown;
}

/** How a page of rows is printed: the `Next Page Token = …` line, and what an empty list says. */
export interface PageOptions {
  nextPageToken?: string | undefined;
  /** Printed instead of an empty table (never into JSON). */
  empty?: string;
  emptyOnStderr?: boolean;
  /** `empty` only in table format (CSV still prints its header). */
  tableOnly?: boolean;
}

export type OutputFormat = "table" | "csv" | "json";

export interface FormatChoice {
  format: OutputFormat;
  /** Field names or labels from `json(a,b)`, in order. */
  fields?: string[];
}

/** Reads `--format` (`table`, `csv`, `json`, `rich`, with an optional `(fields)` projection). */
export function parseFormat(raw: string | undefined, csv: boolean, envDefault: string | undefined): FormatChoice {
  if (csv) return { format: "csv" };
  const text = raw ?? envDefault;
  if (!text) return { format: "table" };
  const m = /^\s*(\w+)\s*(?:\(([^)]*)\))?\s*$/.exec(text);
  const name = m?.[1]?.toLowerCase();
  const known = name === "table" || name === "csv" || name === "json" || name === "rich";
  if (!m || !known) {
    const source = raw === undefined ? "KAGGLE_OUTPUT_FORMAT" : "--format";
    throw new FormatError(`invalid ${source} '${text}': use table, csv or json, optionally with fields as in json(ref,title)`);
  }
  const fields = m[2]
    ?.split(",")
    .map((f) => f.trim())
    .filter(Boolean);
  return { format: name === "rich" ? "table" : (name as OutputFormat), ...(fields?.length ? { fields } : {}) };
}

export class FormatError extends Error {}

function project<T>(columns: Column<T>[], fields: string[] | undefined): Column<T>[] {
  if (!fields) return columns;
  return fields.map((f) => {
    const col = columns.find((c) => c.field === f || c.label === f);
    if (!col) {
      throw new FormatError(`unknown field '${f}' in --format; allowed fields: ${columns.map((c) => c.label).join(", ")}`);
    }
    return col;
  });
}

/**
 * Table: width = max(field name, longest cell). A column is right-aligned when its first value
 * is an integer or a boolean (Python's `int`; a JSON `0.5` is a `float` there and left-aligned),
 * or when the field is `size` or `reward`.
 */
export function formatTable<T>(rows: readonly T[], columns: Column<T>[]): string {
  if (rows.length === 0) return "";
  const texts = rows.map((r) => columns.map((c) => cellText(c.value(r))));
  const widths = columns.map((c, i) => Math.max(c.field.length, c.label.length, ...texts.map((t) => t[i]!.length)));
  const first = rows[0]!;
  const right = columns.map((c) => {
    const v = c.value(first);
    return (typeof v === "number" && Number.isInteger(v)) || typeof v === "boolean" || c.field === "size" || c.field === "reward";
  });
  const line = (cells: string[]) =>
    cells.map((text, i) => (right[i] ? `${text.padStart(widths[i]!)}  ` : `${text}  `.padEnd(widths[i]! + 2))).join("");
  const out = [line(columns.map((c) => c.label)), line(widths.map((w) => "-".repeat(w)))];
  for (const t of texts) out.push(line(t));
  return `${out.join("\n")}\n`;
}

function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV in Python's excel dialect: CRLF line ends, quotes only where needed. */
export function formatCsv<T>(rows: readonly T[], columns: Column<T>[]): string {
  const out = [columns.map((c) => csvField(c.label)).join(",")];
  for (const r of rows) out.push(columns.map((c) => csvField(cellText(c.value(r)))).join(","));
  return `${out.join("\r\n")}\r\n`;
}

/** JSON: a list of objects keyed by column label, values typed. */
export function formatJson<T>(rows: readonly T[], columns: Column<T>[]): string {
  const list = rows.map((r) => Object.fromEntries(columns.map((c) => [c.label, (c.json ?? c.value)(r) ?? null])));
  return `${JSON.stringify(list, null, 2)}\n`;
}

export function render<T>(rows: readonly T[], columns: Column<T>[], choice: FormatChoice): string {
  const cols = project(columns, choice.fields);
  if (choice.format === "csv") return formatCsv(rows, cols);
  if (choice.format === "json") return formatJson(rows, cols);
  return formatTable(rows, cols);
}
