/**
 * leaderboard-gate: judges one submission (by default the latest completed one) against score
 * and rank thresholds, shows the leaderboard around the team, optionally comments on the pull
 * request, and fails the step when a check fails (unless `fail: false`).
 */
import * as core from "@actions/core";
import { ConfigurationError } from "../../core/errors";
import { collect } from "../../core/paginate";
import { competitionSlug, competitionUrl, leaderboardUrl } from "../../core/refs";
import type { ApiSubmission } from "../../core/types/competitions";
import type { KaggleClient } from "../../core/client";
import { githubContext } from "../common/context";
import { createClient } from "../common/credentials";
import { integerInput, numberInput } from "../common/inputs";
import { runAction, StepFailure } from "../common/run";
import { cell, link, Summary } from "../common/summary";
import { upsertComment } from "./comment";
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

export function run() {
  return runAction(spec, async ({ inputs, outputs, summary }) => {
    const competition = competitionSlug(inputs.competition!);
    const thresholds: Thresholds = {
      minScore: numberInput("min-score", inputs["min-score"]),
      maxScore: numberInput("max-score", inputs["max-score"]),
      maxRank: integerInput("max-rank", inputs["max-rank"]),
      topPercent: numberInput("top-percent", inputs["top-percent"]),
      mustBeatBest: inputs["must-beat-best"],
    };
    if (thresholds.topPercent !== undefined && (thresholds.topPercent <= 0 || thresholds.topPercent > 100)) {
      throw new ConfigurationError(`Input 'top-percent' must be a percentage above 0 and at most 100, got '${inputs["top-percent"]}'`);
    }
    const ref = integerInput("submission", inputs.submission);
    const { client } = createClient(inputs);

    const verdict = (passed: boolean, reason: string) => {
      outputs.setAll({ passed, reason });
      return { passed, reason };
    };
    const finish = async (result: { passed: boolean; reason: string }, body?: string) => {
      if (inputs.comment) {
        const text = body ?? `### Kaggle leaderboard gate: ${result.passed ? "passed" : "failed"}\n\n${result.reason}\n`;
        try {
          await upsertComment(await githubContext(), inputs["github-token"], competition, text);
        } catch (err) {
          if (err instanceof ConfigurationError) throw err;
          core.warning(`Could not post the pull request comment: ${(err as Error).message}`);
        }
      }
      if (!result.passed && inputs.fail) throw new StepFailure(`Leaderboard gate failed: ${result.reason}`);
      if (!result.passed) core.warning(`Leaderboard gate failed (fail: false): ${result.reason}`);
      else core.info(`Leaderboard gate passed: ${result.reason}`);
    };

    const subs = await core.group(`Reading your submissions to ${competition}`, () => collect(client.competitions.submissionsAll(competition)));
    let chosen = chooseSubmission(subs, ref);
    if (ref !== undefined && !chosen) {
      throw new ConfigurationError(`Input 'submission': ${ref} is not one of your submissions to ${competition}`);
    }
    if (!chosen) {
      summary.heading(`Kaggle leaderboard gate: ${cell(competition)}`).paragraph(":x: **Failed**: no completed submission yet.");
      return finish(verdict(false, `no completed submission to ${competition} yet`));
    }
    if (chosen.status !== "COMPLETE" && chosen.status !== "ERROR") {
      core.info(`Submission ${chosen.ref} is still being scored; waiting up to ${PENDING_WAIT_MS / 60_000} minutes`);
      chosen = await client.competitions.waitForScore(competition, chosen.ref, { timeoutMs: PENDING_WAIT_MS });
    }
    const score = parseScore(chosen.publicScore);
    if (chosen.status === "ERROR" || score === undefined) {
      const why = chosen.status === "ERROR" ? `failed to score: ${chosen.errorDescription || "no reason given"}` : "has no public score";
      summary.heading(`Kaggle leaderboard gate: ${cell(competition)}`).paragraph(`:x: **Failed**: submission ${chosen.ref} ${cell(why)}.`);
      return finish(verdict(false, `submission ${chosen.ref} ${why}`));
    }
    outputs.set("score", chosen.publicScore);

    const board = await core.group(`Reading the public leaderboard of ${competition}`, () =>
      collect(client.competitions.leaderboardAll(competition)),
    );
    const scores = board.map((r) => parseScore(r.score)).filter((x): x is number => x !== undefined);
    const higher = higherIsBetter(scores, scores.length < 2 ? await metricName(client, competition) : undefined);
    const placed = placeOnLeaderboard(board, chosen.teamName, score, higher);
    const best = previousBest(subs, chosen.ref, higher);
    outputs.setAll({ rank: placed.rank, teams: placed.teams, "best-score": best });

    const checks = runChecks(thresholds, { score, rank: placed.rank, teams: placed.teams, best, higher });
    const judged = verdictReason(checks, score, placed.rank, placed.teams);
    const result = verdict(judged.passed, judged.reason);
    const report = renderReport(new Summary(), { competition, chosen, score, best, placed, checks, result, higher });
    summary.paragraph(report.render());
    await finish(result, report.render());
  });
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

function renderReport(
  s: Summary,
  d: {
    competition: string;
    chosen: ApiSubmission;
    score: number;
    best: number | undefined;
    placed: { rows: Row[]; rank: number; teams: number };
    checks: Check[];
    result: { passed: boolean; reason: string };
    higher: boolean;
  },
): Summary {
  s.heading(`Kaggle leaderboard gate: ${cell(d.competition)} ${d.result.passed ? ":white_check_mark: passed" : ":x: failed"}`, 3);
  s.paragraph(cell(d.result.reason));
  s.facts([
    ["Competition", link(d.competition, competitionUrl(d.competition))],
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
  s.paragraph(`**Public leaderboard around ${cell(d.chosen.teamName ?? "your team")}** (${link("full leaderboard", leaderboardUrl(d.competition))})`);
  s.table(
    ["Rank", "Team", "Score"],
    rows.map((r) => (r.ours ? [`**${r.rank}**`, `**${cell(r.teamName)}** ← this submission`, `**${r.score}**`] : [String(r.rank), cell(r.teamName), String(r.score)])),
  );
  return s;
}
