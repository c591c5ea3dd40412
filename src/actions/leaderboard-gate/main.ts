/**
 * leaderboard-gate: judges one submission (by default the latest completed one) against score
 * and rank thresholds, shows the leaderboard around the team, optionally comments on the pull
 * request, and fails the step when a check fails (unless `fail: false`).
 */
import * as core from "@actions/core";
import { ConfigurationError } from "../../core/errors";
import { collect } from "../../core/paginate";
import { competitionSlug, competitionUrl, leaderboardUrl, submissionsUrl } from "../../core/refs";
import type { ApiSubmission } from "../../core/types/competitions";
import type { KaggleClient } from "../../core/client";
import { githubContext } from "../common/context";
import { createClient } from "../common/credentials";
import type { Outputs } from "../common/outputs";
import { runAction, StepFailure } from "../common/run";
import type { InputValues } from "../common/spec";
import { cell, link, Summary } from "../common/summary";
import { upsertComment } from "./comment";
import { historyCells, scoreHistory } from "./history";
import {
  chooseSubmission,
  excerpt,
  higherIsBetter,
  parseScore,
  placeOnLeaderboard,
  previousBest,
  runChecks,
  verdictReason,
  type Check,
  type Row,
  type Thresholds,
} from "./gate";
import { spec } from "./spec";

/** How long to wait for a submission that is still being scored. */
const PENDING_WAIT_MS = 10 * 60_000;

type Inputs = InputValues<typeof spec.inputs>;
type GateOutputs = Outputs<typeof spec.outputs>;

interface Verdict {
  passed: boolean;
  reason: string;
}

export function run() {
  return runAction(spec, async ({ inputs, outputs, summary }) => {
    const { competition, thresholds, ref } = plan(inputs);
    const { client } = createClient(inputs);
    const judged = await judge(client, competition, thresholds, ref, outputs);
    const result = { passed: judged.passed, reason: judged.reason };
    outputs.setAll({ passed: result.passed, reason: result.reason });
    const body = report(summary, competition, judged);
    if (inputs.comment)
      await comment(inputs, competition, body ?? `### Kaggle leaderboard gate: ${result.passed ? "passed" : "failed"}\n\n${result.reason}\n`);
    if (!result.passed && inputs.fail) throw new StepFailure(`Leaderboard gate failed: ${result.reason}`);
    if (!result.passed) core.warning(`Leaderboard gate failed (fail: false): ${result.reason}`);
    else core.info(`Leaderboard gate passed: ${result.reason}`);
  });
}

function plan(inputs: Inputs): { competition: string; thresholds: Thresholds; ref: number | undefined } {
  const competition = competitionSlug(inputs.competition);
  const thresholds: Thresholds = {
    minScore: inputs["min-score"],
    maxScore: inputs["max-score"],
    maxRank: inputs["max-rank"],
    topPercent: inputs["top-percent"],
    mustBeatBest: inputs["must-beat-best"],
  };
  return { competition, thresholds, ref: inputs.submission };
}

/** A judgement with no leaderboard to show: the submission could not be judged at all. */
type Unjudged = Verdict & { kind: "unjudged"; markdown: string };
/** A full judgement: the checks and the leaderboard around the team. */
type Judged = Verdict & { kind: "judged"; report: Omit<ReportData, "result"> };

async function judge(
  client: KaggleClient,
  competition: string,
  thresholds: Thresholds,
  ref: number | undefined,
  outputs: GateOutputs,
): Promise<Unjudged | Judged> {
  const subs = await core.group(`Reading your submissions to ${competition}`, () => collect(client.competitions.submissionsAll(competition)));
  let chosen = chooseSubmission(subs, ref);
  if (ref !== undefined && !chosen) {
    throw new ConfigurationError(`Input 'submission': ${ref} is not one of your submissions to ${competition}`);
  }
  if (!chosen) {
    return {
      kind: "unjudged",
      passed: false,
      reason: `no completed submission to ${competition} yet`,
      markdown: ":x: **Failed**: no completed submission yet.",
    };
  }
  if (chosen.status !== "COMPLETE" && chosen.status !== "ERROR") {
    core.info(`Submission ${chosen.ref} is still being scored; waiting up to ${PENDING_WAIT_MS / 60_000} minutes`);
    chosen = await client.competitions.waitForScore(competition, chosen.ref, { timeoutMs: PENDING_WAIT_MS });
  }
  const score = parseScore(chosen.publicScore);
  if (chosen.status === "ERROR" || score === undefined) {
    const why = chosen.status === "ERROR" ? `failed to score: ${chosen.errorDescription || "no reason given"}` : "has no public score";
    return {
      kind: "unjudged",
      passed: false,
      reason: `submission ${chosen.ref} ${why}`,
      markdown: `:x: **Failed**: submission ${chosen.ref} ${cell(why)}.`,
    };
  }
  outputs.set("score", chosen.publicScore);

  const board = await core.group(`Reading the public leaderboard of ${competition}`, () => collect(client.competitions.leaderboardAll(competition)));
  const scores = board.map((r) => parseScore(r.score)).filter((x): x is number => x !== undefined);
  const higher = higherIsBetter(scores, scores.length < 2 ? await metricName(client, competition) : undefined);
  const placed = placeOnLeaderboard(board, chosen.teamName, score, higher);
  const best = previousBest(subs, chosen.ref, higher);
  outputs.setAll({ rank: placed.rank, teams: placed.teams, "best-score": best });

  const checks = runChecks(thresholds, { score, rank: placed.rank, teams: placed.teams, best, higher });
  const verdict = verdictReason(checks, score, placed.rank, placed.teams);
  const history = scoreHistory(subs, chosen.ref, higher);
  return { kind: "judged", ...verdict, report: { competition, web: client.webBase, chosen, score, best, placed, checks, higher, history } };
}

/** Writes the summary; the markdown of a full report (also the pull request comment). */
function report(summary: Summary, competition: string, j: Unjudged | Judged): string | undefined {
  if (j.kind === "unjudged") {
    summary.heading(`Kaggle leaderboard gate: ${cell(competition)}`).paragraph(j.markdown);
    return undefined;
  }
  const markdown = renderReport(new Summary(), { ...j.report, result: { passed: j.passed, reason: j.reason } }).render();
  summary.paragraph(markdown);
  return markdown;
}

async function metricName(client: KaggleClient, competition: string): Promise<string | undefined> {
  try {
    const res = await client.competitions.list({ search: competition });
    const c = res.competitions?.find((x) => competitionSlug(x.ref) === competition);
    return c?.evaluationMetric;
  } catch {
    return undefined;
  }
}

interface ReportData {
  competition: string;
  /** Where the competition's pages are (kaggle.com, or an emulator's host). */
  web: string;
  chosen: ApiSubmission;
  score: number;
  best: number | undefined;
  placed: { rows: Row[]; rank: number; teams: number };
  checks: Check[];
  result: Verdict;
  higher: boolean;
  history: ReturnType<typeof scoreHistory>;
}

function renderReport(s: Summary, d: ReportData): Summary {
  s.heading(`Kaggle leaderboard gate: ${cell(d.competition)} ${d.result.passed ? ":white_check_mark: passed" : ":x: failed"}`, 3);
  s.paragraph(cell(d.result.reason));
  s.facts([
    ["Competition", link(d.competition, competitionUrl(d.competition, d.web))],
    ["Submission", `${d.chosen.ref}${d.chosen.description ? ` — ${cell(d.chosen.description)}` : ""}`],
    ["Public score", `${d.score} (${d.higher ? "higher" : "lower"} is better)`],
    ["Rank", `${d.placed.rank} of ${d.placed.teams}`],
    ["Team's earlier best", d.best === undefined ? "—" : String(d.best)],
  ]);
  s.table(
    ["Check", "Threshold", "Actual", "Result"],
    d.checks.map((c) => [c.name, cell(c.threshold), cell(c.actual), c.passed ? ":white_check_mark:" : ":x:"]),
  );
  const rows = excerpt(d.placed.rows);
  s.paragraph(
    `**Public leaderboard around ${cell(d.chosen.teamName ?? "your team")}** (${link("full leaderboard", leaderboardUrl(d.competition, d.web))})`,
  );
  s.table(
    ["Rank", "Team", "Score"],
    rows.map((r) =>
      r.ours ? [`**${r.rank}**`, `**${cell(r.teamName)}** ← this submission`, `**${r.score}**`] : [String(r.rank), cell(r.teamName), String(r.score)],
    ),
  );
  renderHistory(s, d);
  return s;
}

/** The team's score history (the same one the emulator's competition page draws). */
function renderHistory(s: Summary, d: ReportData): void {
  const { rows, earlier } = d.history;
  if (rows.length === 0) return;
  s.paragraph(`**Score history of ${cell(d.chosen.teamName ?? "your team")}** (${link("submissions", submissionsUrl(d.competition, d.web))})`);
  s.table(["Date (UTC)", "Submission", "Description", "Public score", "Best so far"], historyCells(rows));
  if (earlier) s.paragraph(`${earlier} earlier scored submission(s) not shown.`);
}

/** Posts or updates the pull request comment; only a configuration mistake fails the step. */
async function comment(inputs: Inputs, competition: string, text: string): Promise<void> {
  try {
    await upsertComment(await githubContext(), inputs["github-token"], competition, text);
  } catch (err) {
    if (err instanceof ConfigurationError) throw err;
    core.warning(`Could not post the pull request comment: ${(err as Error).message}`);
  }
}
