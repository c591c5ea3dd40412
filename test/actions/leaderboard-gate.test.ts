import assert from "node:assert/strict";
import { after, beforeEach, describe, it } from "node:test";
import { useEmulator } from "../helpers/emulator";
import { housingData, spaceshipData } from "../../src/emulator/scenarios/demo-data";
import { fakeGitHub, type FakeGitHub } from "./fake-github";
import { assertFailedWith, assertNoSecrets, runnerFiles, runBundleStep, secretsOf, visibleLog, writeTemp } from "./harness";

describe("leaderboard-gate", () => {
  let gh: FakeGitHub;
  const emu = useEmulator({}, async () => {
    gh = await fakeGitHub();
  });
  const env = emu.tokenEnv;
  beforeEach(() => emu.reset());
  after(async () => {
    await gh.close();
  });

  async function submitted(competition: string, csv: string, message?: string): Promise<string> {
    const files = runnerFiles();
    const file = writeTemp(files.workspace, "submission.csv", csv);
    const step = await runBundleStep("competition-submit", { files, env, inputs: { competition, file, ...(message ? { message } : {}) } });
    assert.equal(step.ok, true, visibleLog(step.log));
    return step.outputs.submission!;
  }

  it("passes a perfect submission: rank 1, the leaderboard around the team in the summary", async () => {
    const ref = await submitted("spaceship-survival", spaceshipData().perfectSubmission);
    const step = await runBundleStep("leaderboard-gate", {
      env,
      inputs: { competition: "spaceship-survival", "min-score": "0.9", "max-rank": "3", "top-percent": "10" },
    });
    assert.equal(step.ok, true, visibleLog(step.log));
    assert.equal(step.outputs.passed, "true");
    assert.equal(step.outputs.score, "1.00000");
    assert.equal(step.outputs.rank, "1");
    assert.equal(step.outputs.teams, "16");
    assert.equal(step.outputs["best-score"], "");
    assert.match(step.outputs.reason!, /passed min-score, max-rank, top-percent/);
    assert.match(step.summary, /passed/);
    assert.match(step.summary, new RegExp(`${ref}`));
    assert.match(step.summary, /\*\*Alice Archer\*\* ← this submission/);
    assert.match(step.summary, /Gradient Descenders/);
    assert.doesNotMatch(step.summary, /Sigmoid Squad/, "only the rows around the team");
    assertNoSecrets(step, secretsOf(emu.credentials));
  });

  it("the summary carries the team's score history and links to the emulator's pages", async () => {
    const first = await submitted("spaceship-survival", spaceshipData().sampleSubmission, "sample");
    const second = await submitted("spaceship-survival", spaceshipData().perfectSubmission, "perfect");
    const step = await runBundleStep("leaderboard-gate", { env, inputs: { competition: "spaceship-survival" } });
    assert.equal(step.ok, true, visibleLog(step.log));
    assert.match(step.summary, new RegExp(`\\[full leaderboard\\]\\(${emu.url}/competitions/spaceship-survival/leaderboard\\)`));
    assert.match(
      step.summary,
      new RegExp(`\\*\\*Score history of Alice Archer\\*\\* \\(\\[submissions\\]\\(${emu.url}/competitions/spaceship-survival/submissions\\)\\)`),
    );
    const history = step.summary.slice(step.summary.indexOf("Score history"));
    const rows = history.split("\n").filter((l) => /^\| \*{0,2}\d{4}-/.test(l));
    assert.equal(rows.length, 2);
    assert.match(rows[0]!, new RegExp(`^\\| \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d \\| ${first} \\| sample \\| 0\\.\\d+ \\| 0\\.\\d+ \\|$`));
    assert.match(
      rows[1]!,
      new RegExp(
        `^\\| \\*\\*\\d{4}-.*\\*\\* \\| \\*\\*${second}\\*\\* \\| \\*\\*perfect\\*\\* ← judged \\| \\*\\*1\\.00000\\*\\* \\| \\*\\*1\\.00000\\*\\* \\|$`,
      ),
    );
  });

  it("fails when the score is below min-score, with outputs and one line", async () => {
    await submitted("spaceship-survival", spaceshipData().sampleSubmission);
    const step = await runBundleStep("leaderboard-gate", { env, inputs: { competition: "spaceship-survival", "min-score": "0.8" } });
    assertFailedWith(step, /^Leaderboard gate failed: score [\d.]+ is below min-score 0\.8$/);
    assert.equal(step.outputs.passed, "false");
    assert.ok(Number(step.outputs.rank) > 10);
    assert.match(step.summary, /failed/);
  });

  it("with fail: false only reports", async () => {
    await submitted("spaceship-survival", spaceshipData().sampleSubmission);
    const step = await runBundleStep("leaderboard-gate", { env, inputs: { competition: "spaceship-survival", "max-rank": "1", fail: "false" } });
    assert.equal(step.ok, true, visibleLog(step.log));
    assert.equal(step.outputs.passed, "false");
    assert.match(step.outputs.reason!, /is below max-rank 1/);
    assert.match(step.log, /::warning::Leaderboard gate failed \(fail: false\)/);
  });

  it("must-beat-best compares with the team's earlier best; a named submission can be judged", async () => {
    const perfect = await submitted("spaceship-survival", spaceshipData().perfectSubmission);
    const worse = await submitted("spaceship-survival", spaceshipData().sampleSubmission);
    const step = await runBundleStep("leaderboard-gate", { env, inputs: { competition: "spaceship-survival", "must-beat-best": "true" } });
    assertFailedWith(step, /does not beat the team's best 1/);
    assert.equal(step.outputs["best-score"], "1");
    const named = await runBundleStep("leaderboard-gate", {
      env,
      inputs: { competition: "spaceship-survival", submission: perfect, "must-beat-best": "true" },
    });
    assert.equal(named.ok, true, visibleLog(named.log));
    assert.notEqual(perfect, worse);
  });

  it("knows lower is better for RMSE", async () => {
    await submitted("home-value-regression", housingData().perfectSubmission);
    const step = await runBundleStep("leaderboard-gate", {
      env,
      inputs: { competition: "home-value-regression", "max-score": "100", "max-rank": "1" },
    });
    assert.equal(step.ok, true, visibleLog(step.log));
    assert.equal(step.outputs.score, "0.00000");
    assert.equal(step.outputs.rank, "1");
    assert.match(step.summary, /lower is better/);
  });

  it("fails with one line when min-score is not a number, before any request", async () => {
    const step = await runBundleStep("leaderboard-gate", { env, inputs: { competition: "spaceship-survival", "min-score": "high" } });
    assertFailedWith(step, "Input 'min-score' must be a number, got 'high'");
    assert.equal(step.outputs.passed, "");
  });

  it("fails with one line on a submission id that is not the caller's", async () => {
    const step = await runBundleStep("leaderboard-gate", { env, inputs: { competition: "spaceship-survival", submission: "999999" } });
    assertFailedWith(step, "Input 'submission': 999999 is not one of your submissions");
  });

  it("posts one pull request comment and updates it on the next run", async () => {
    await submitted("spaceship-survival", spaceshipData().perfectSubmission);
    const token = "ghs_fakeGitHubToken0123456789";
    const prEnv = { ...env, GITHUB_API_URL: gh.url, GITHUB_EVENT_NAME: "pull_request" };
    const event = { pull_request: { number: 7, title: "Better model", head: { sha: "feedfacefeedface" } } };
    const inputs = { competition: "spaceship-survival", "min-score": "0.5", comment: "true", "github-token": token };
    const first = await runBundleStep("leaderboard-gate", { env: prEnv, event, inputs });
    assert.equal(first.ok, true, visibleLog(first.log));
    const second = await runBundleStep("leaderboard-gate", { env: prEnv, event, inputs: { ...inputs, "min-score": "1.5", fail: "false" } });
    assert.equal(second.ok, true, visibleLog(second.log));
    assert.deepEqual(
      gh.calls.map((c) => `${c.method} ${c.path}`),
      [
        "GET /repos/octo/kaggle-project/issues/7/comments",
        "POST /repos/octo/kaggle-project/issues/7/comments",
        "GET /repos/octo/kaggle-project/issues/7/comments",
        "PATCH /repos/octo/kaggle-project/issues/comments/1000",
      ],
    );
    assert.ok(gh.calls.every((c) => c.authorization === `token ${token}`));
    assert.equal(gh.comments.length, 1);
    assert.match(gh.comments[0]!.body, /<!-- kaggle-actions\/leaderboard-gate competition=spaceship-survival -->/);
    assert.match(gh.comments[0]!.body, /failed/);
    assert.match(gh.comments[0]!.body, /Alice Archer/);
    assertNoSecrets(first, [token, ...secretsOf(emu.credentials)]);
    assertNoSecrets(second, [token]);
  });
});
