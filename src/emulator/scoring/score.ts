/**
 * Scoring of one submission file against a solution file.
 *
 * Solution: first column is the id (or `idColumn`), a `Usage` column (`Public`/`Private`/
 * `Ignored`, case-insensitive) splits rows; the remaining columns are targets. Without `Usage`
 * the first 30% of rows (rounded up) are public and the rest private.
 * Submission: a header with the id column and every target column (any order, nothing else),
 * one row per solution id.
 */
import { CsvError, parseCsv, type CsvTable } from "./csv";
import { computeMetric, metricInfo, MetricError, type MetricName } from "./metrics";

export interface ScoreResult {
  publicScore?: number;
  privateScore?: number;
}

export class ScoringError extends Error {}

export interface Solution {
  idColumn: string;
  targets: string[];
  /** id → target values */
  values: Map<string, string[]>;
  usage: Map<string, "public" | "private" | "ignored">;
  order: string[];
}

export function parseSolution(text: string, idColumn?: string): Solution {
  const table = parseCsv(text);
  if (table.header.length === 0) throw new ScoringError("Solution file is empty.");
  const id = idColumn ?? table.header[0]!;
  const idIdx = table.header.indexOf(id);
  if (idIdx < 0) throw new ScoringError(`Solution has no column '${id}'.`);
  const usageIdx = table.header.findIndex((h) => h.toLowerCase() === "usage");
  const targetIdx = table.header.map((_, i) => i).filter((i) => i !== idIdx && i !== usageIdx);
  if (targetIdx.length === 0) throw new ScoringError("Solution has no target column.");
  const values = new Map<string, string[]>();
  const usage = new Map<string, "public" | "private" | "ignored">();
  const order: string[] = [];
  const publicCount = Math.ceil(table.rows.length * 0.3);
  table.rows.forEach((row, n) => {
    const key = (row[idIdx] ?? "").trim();
    values.set(
      key,
      targetIdx.map((i) => row[i] ?? ""),
    );
    order.push(key);
    if (usageIdx >= 0) {
      const u = (row[usageIdx] ?? "").trim().toLowerCase();
      usage.set(key, u === "public" ? "public" : u === "private" ? "private" : "ignored");
    } else usage.set(key, n < publicCount ? "public" : "private");
  });
  return { idColumn: id, targets: targetIdx.map((i) => table.header[i]!), values, usage, order };
}

function checkedTable(text: string): CsvTable {
  if (text.trim() === "") throw new ScoringError("Submission file is empty.");
  try {
    return parseCsv(text);
  } catch (e) {
    throw new ScoringError(`Could not parse submission CSV: ${(e as CsvError).message}`);
  }
}

/** Score `submissionText`; throws `ScoringError` with a reason a user can act on. */
export function scoreSubmission(metric: MetricName, solution: Solution, submissionText: string): ScoreResult {
  const table = checkedTable(submissionText);
  const header = table.header;
  const idIdx = header.indexOf(solution.idColumn);
  if (idIdx < 0) {
    throw new ScoringError(`Required column '${solution.idColumn}' not found in submission header (found: ${header.join(", ") || "nothing"}).`);
  }
  const targetIdx = solution.targets.map((t) => {
    const i = header.indexOf(t);
    if (i < 0) {
      throw new ScoringError(`Required column '${t}' not found in submission header (found: ${header.join(", ")}).`);
    }
    return i;
  });
  const extra = header.find((h) => h !== solution.idColumn && !solution.targets.includes(h));
  if (extra !== undefined) throw new ScoringError(`Unexpected column '${extra}' in submission header.`);
  if (table.rows.length !== solution.values.size) {
    throw new ScoringError(`Submission has ${table.rows.length} rows but ${solution.values.size} were expected.`);
  }
  const numeric = metricInfo[metric].numeric;
  const predicted = new Map<string, string[]>();
  table.rows.forEach((row, n) => {
    const line = table.lines[n]!;
    if (row.length !== header.length) {
      throw new ScoringError(`Row on line ${line} has ${row.length} columns but the header has ${header.length}.`);
    }
    const key = row[idIdx]!.trim();
    if (!solution.values.has(key)) throw new ScoringError(`Unexpected id '${key}' on line ${line}.`);
    if (predicted.has(key)) throw new ScoringError(`Duplicate id '${key}' on line ${line}.`);
    const vals = targetIdx.map((i) => row[i]!);
    vals.forEach((v, j) => {
      if (numeric && (v.trim() === "" || !Number.isFinite(Number(v.trim())))) {
        throw new ScoringError(`Non-numeric value '${v}' in column '${solution.targets[j]}' on line ${line}.`);
      }
      if (!numeric && v.trim() === "") {
        throw new ScoringError(`Empty value in column '${solution.targets[j]}' on line ${line}.`);
      }
    });
    predicted.set(key, vals);
  });
  const missing = solution.order.find((k) => !predicted.has(k));
  if (missing !== undefined) throw new ScoringError(`Missing id '${missing}' in submission.`);

  const part = (which: "public" | "private"): number | undefined => {
    const keys = solution.order.filter((k) => solution.usage.get(k) === which);
    if (keys.length === 0) return undefined;
    try {
      return computeMetric(
        metric,
        keys.map((k) => solution.values.get(k)!),
        keys.map((k) => predicted.get(k)!),
      );
    } catch (e) {
      if (e instanceof MetricError) throw new ScoringError(e.message);
      throw e;
    }
  };
  return { publicScore: part("public"), privateScore: part("private") };
}
