/**
 * The gate's arithmetic, kept free of I/O: the metric's direction, the rank a score takes among
 * the other teams, the team's earlier best, the checks and the leaderboard excerpt.
 */
import type { ApiLeaderboardSubmission, ApiSubmission } from "../../core/types/competitions";

export interface Thresholds {
  minScore?: number | undefined;
  maxScore?: number | undefined;
  maxRank?: number | undefined;
  topPercent?: number | undefined;
  mustBeatBest: boolean;
}

export interface Check {
  name: string;
  threshold: string;
  actual: string;
  passed: boolean;
  /** Sentence used as the failure reason. */
  failure: string;
}

export interface Row {
  rank: number;
  teamName: string;
  score: number;
  date?: string | undefined;
  ours: boolean;
}

const LOWER_IS_BETTER = /error|loss|rmse|rmsle|mae|mse|mape|distance|deviance/i;

/** Whether a higher score is better: from the leaderboard's own order, else the metric's name. */
export function higherIsBetter(scoresInOrder: number[], metricName?: string): boolean {
  const first = scoresInOrder[0];
  const last = scoresInOrder[scoresInOrder.length - 1];
  if (first !== undefined && last !== undefined && first !== last) return first > last;
  return !(metricName && LOWER_IS_BETTER.test(metricName));
}

export const better = (higher: boolean, a: number, b: number) => (higher ? a > b : a < b);

export function parseScore(text: string | undefined): number | undefined {
  if (text === undefined || text.trim() === "") return undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n : undefined;
}

/** The submission to judge: the given one, or the newest COMPLETE one. */
export function chooseSubmission(subs: ApiSubmission[], ref?: number): ApiSubmission | undefined {
  if (ref !== undefined) return subs.find((s) => s.ref === ref);
  return subs.filter((s) => s.status === "COMPLETE").sort((a, b) => String(b.date ?? "").localeCompare(String(a.date ?? "")) || b.ref - a.ref)[0];
}

/** Best public score among the team's other completed submissions. */
export function previousBest(subs: ApiSubmission[], chosen: number, higher: boolean): number | undefined {
  let best: number | undefined;
  for (const s of subs) {
    if (s.ref === chosen || s.status !== "COMPLETE") continue;
    const score = parseScore(s.publicScore);
    if (score !== undefined && (best === undefined || better(higher, score, best))) best = score;
  }
  return best;
}

/** The leaderboard with the judged score in place of the team's own row. */
export function placeOnLeaderboard(
  board: ApiLeaderboardSubmission[],
  teamName: string | undefined,
  score: number,
  higher: boolean,
): { rows: Row[]; rank: number; teams: number } {
  const others = board
    .filter((r) => r.teamName !== teamName)
    .map((r) => ({ teamName: r.teamName ?? String(r.teamId), score: parseScore(r.score), date: r.submissionDate }))
    .filter((r): r is { teamName: string; score: number; date: string | undefined } => r.score !== undefined);
  const rank = 1 + others.filter((r) => better(higher, r.score, score)).length;
  const rows: Row[] = [];
  let placed = false;
  for (const r of others) {
    if (!placed && !better(higher, r.score, score)) {
      rows.push({ rank: rows.length + 1, teamName: teamName ?? "(your team)", score, ours: true });
      placed = true;
    }
    rows.push({ rank: rows.length + 1, teamName: r.teamName, score: r.score, date: r.date, ours: false });
  }
  if (!placed) rows.push({ rank: rows.length + 1, teamName: teamName ?? "(your team)", score, ours: true });
  return { rows, rank, teams: others.length + 1 };
}

/** Rows around the team: `radius` above and below. */
export function excerpt(rows: Row[], radius = 3): Row[] {
  const i = rows.findIndex((r) => r.ours);
  return rows.slice(Math.max(0, i - radius), i + radius + 1);
}

export function runChecks(t: Thresholds, v: { score: number; rank: number; teams: number; best?: number | undefined; higher: boolean }): Check[] {
  const checks: Check[] = [];
  if (t.minScore !== undefined) {
    checks.push({
      name: "min-score",
      threshold: `≥ ${t.minScore}`,
      actual: String(v.score),
      passed: v.score >= t.minScore,
      failure: `score ${v.score} is below min-score ${t.minScore}`,
    });
  }
  if (t.maxScore !== undefined) {
    checks.push({
      name: "max-score",
      threshold: `≤ ${t.maxScore}`,
      actual: String(v.score),
      passed: v.score <= t.maxScore,
      failure: `score ${v.score} is above max-score ${t.maxScore}`,
    });
  }
  if (t.maxRank !== undefined) {
    checks.push({
      name: "max-rank",
      threshold: `≤ ${t.maxRank}`,
      actual: String(v.rank),
      passed: v.rank <= t.maxRank,
      failure: `rank ${v.rank} of ${v.teams} is below max-rank ${t.maxRank}`,
    });
  }
  if (t.topPercent !== undefined) {
    const pct = (v.rank / v.teams) * 100;
    checks.push({
      name: "top-percent",
      threshold: `≤ ${t.topPercent}%`,
      actual: `${formatPercent(pct)}%`,
      passed: pct <= t.topPercent,
      failure: `rank ${v.rank} of ${v.teams} is in the top ${formatPercent(pct)}%, not the top ${t.topPercent}%`,
    });
  }
  if (t.mustBeatBest) {
    const best = v.best;
    checks.push({
      name: "must-beat-best",
      threshold: best === undefined ? "(no earlier submission)" : `${v.higher ? ">" : "<"} ${best}`,
      actual: String(v.score),
      passed: best === undefined || better(v.higher, v.score, best),
      failure: `score ${v.score} does not beat the team's best ${best}`,
    });
  }
  return checks;
}

function formatPercent(p: number): string {
  return String(Math.round(p * 100) / 100);
}

export function verdictReason(checks: Check[], score: number, rank: number, teams: number): { passed: boolean; reason: string } {
  const failed = checks.filter((c) => !c.passed);
  if (failed.length) return { passed: false, reason: failed.map((c) => c.failure).join("; ") };
  const names = checks.map((c) => c.name).join(", ");
  return { passed: true, reason: `score ${score}, rank ${rank} of ${teams}: ${checks.length ? `passed ${names}` : "no checks were asked for"}` };
}
