/** A small RFC 4180 CSV reader: quoted fields, doubled quotes, CRLF or LF, optional BOM. */
export interface CsvTable {
  header: string[];
  rows: string[][];
  /** 1-based line number in the file of each row (for error messages). */
  lines: number[];
}

export class CsvError extends Error {}

export function parseCsv(text: string): CsvTable {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const records: string[][] = [];
  const lines: number[] = [];
  let field = "";
  let record: string[] = [];
  let inQuotes = false;
  let line = 1;
  let recordLine = 1;
  let fieldStarted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inQuotes) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else inQuotes = false;
      } else {
        if (c === "\n") line++;
        field += c;
      }
      continue;
    }
    if (c === '"' && !fieldStarted) {
      inQuotes = true;
      fieldStarted = true;
    } else if (c === ",") {
      record.push(field);
      field = "";
      fieldStarted = false;
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      record.push(field);
      if (!(record.length === 1 && record[0] === "")) {
        records.push(record);
        lines.push(recordLine);
      }
      record = [];
      field = "";
      fieldStarted = false;
      line++;
      recordLine = line;
    } else {
      field += c;
      fieldStarted = true;
    }
  }
  if (inQuotes) throw new CsvError(`Unterminated quoted field starting on line ${recordLine}.`);
  if (fieldStarted || field !== "" || record.length > 0) {
    record.push(field);
    if (!(record.length === 1 && record[0] === "")) {
      records.push(record);
      lines.push(recordLine);
    }
  }
  const [header = [], ...rows] = records;
  return { header: header.map((h) => h.trim()), rows, lines: lines.slice(1) };
}

/** Quote a CSV cell when needed (Python's csv "excel" dialect rules). */
export function csvCell(value: string | number): string {
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
