/** The team's score history for the summary: its scored submissions in time order, with the best so far. */
import type { ApiSubmission } from "../../core/types/competitions";
import { cell } from "../common/summary";
import { parseScore } from "./gate";

export interface HistoryRow {
  date: string;
  ref: number;
  description: string;
  /** The public score as Kaggle wrote it, and the best one so far (same spelling). */
  score: string;
  best: string;
  chosen: boolean;
}

/** At most `limit` rows: the latest ones, oldest first. */
export function scoreHistory(subs: readonly ApiSubmission[], chosen: number, higher: boolean, limit = 15): { rows: HistoryRow[]; earlier: number } {
  const scored = subs
    .map((s) => ({ s, score: s.status === "COMPLETE" ? parseScore(s.publicScore) : undefined }))
    .filter((x): x is { s: ApiSubmission; score: number } => x.score !== undefined)
    .sort((a, b) => String(a.s.date ?? "").localeCompare(String(b.s.date ?? "")) || a.s.ref - b.s.ref);
  let best: { score: number; text: string } | undefined;
  const rows = scored.map(({ s, score }) => {
    const text = s.publicScore ?? String(score);
    if (!best || (higher ? score > best.score : score < best.score)) best = { score, text };
    return { date: String(s.date ?? ""), ref: s.ref, description: s.description ?? "", score: text, best: best.text, chosen: s.ref === chosen };
  });
  const earlier = Math.max(0, rows.length - limit);
  return { rows: rows.slice(earlier), earlier };
}

/** Table cells: date (to the minute, UTC), submission, description, score, best so far; the judged one in bold. */
export function historyCells(rows: readonly HistoryRow[]): string[][] {
  return rows.map((r) => {
    const date = r.date ? `${r.date.slice(0, 16).replace("T", " ")}` : "";
    const cells = [cell(date), String(r.ref), cell(r.description), cell(r.score), cell(r.best)];
    return r.chosen ? cells.map((c, i) => (i === 2 ? `**${c || "this submission"}** ← judged` : c && `**${c}**`)) : cells;
  });
}
