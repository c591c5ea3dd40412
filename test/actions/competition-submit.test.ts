import assert from "node:assert/strict";
import { beforeEach, describe, it } from "node:test";
import { useEmulator } from "../helpers/emulator";
import { spaceshipData } from "../../src/emulator/scenarios/demo-data";
import { assertFailedWith, assertNoSecrets, runnerFiles, runBundleStep, secretsOf, visibleLog, writeTemp } from "./harness";

describe("competition-submit", () => {
  const emu = useEmulator();
  const env = emu.env;
  beforeEach(() => emu.reset());

  const submissionsOf = (slug: string) => {
    const comp = emu.state.competitions!.competitions.find((c) => c.slug === slug)!;
    return emu.state.competitions!.submissions.filter((s) => s.competitionId === comp.id && s.submittedBy === "alice");
  };

  it("submits, waits for the score and reports it, with the commit as the default message", async () => {
    const files = runnerFiles();
    const file = writeTemp(files.workspace, "submission.csv", spaceshipData().perfectSubmission);
    const before = submissionsOf("spaceship-survival").length;
    const step = await runBundleStep("competition-submit", { files, env, inputs: { competition: "spaceship-survival", file } });
    assert.equal(step.ok, true, visibleLog(step.log));
    assert.equal(step.outputs.status, "COMPLETE");
    assert.equal(step.outputs["public-score"], "1.00000");
    assert.equal(step.outputs["private-score"], "", "private scores stay hidden before the deadline");
    // Against an emulator, links go to its web view.
    assert.equal(step.outputs.url, `${emu.url}/competitions/spaceship-survival/submissions`);
    assert.match(step.summary, new RegExp(`\\(${emu.url}/competitions/spaceship-survival\\)`));
    const subs = submissionsOf("spaceship-survival");
    assert.equal(subs.length, before + 1);
    const created = subs.find((s) => String(s.id) === step.outputs.submission)!;
    assert.equal(created.description, "Tune the model (0123456)");
    assert.equal(created.status, "COMPLETE");
    assert.match(step.summary, /Kaggle submission to spaceship-survival/);
    assert.match(step.summary, /1\.00000/);
    assert.match(step.log, /::group::Submitting submission\.csv to spaceship-survival/);
    assertNoSecrets(step, secretsOf(emu.credentials));
  });

  it("accepts a competition URL, a message, and wait: false", async () => {
    const files = runnerFiles();
    const file = writeTemp(files.workspace, "sub.csv", spaceshipData().sampleSubmission);
    const step = await runBundleStep("competition-submit", {
      files,
      env,
      inputs: { competition: "https://www.kaggle.com/competitions/spaceship-survival", file, message: "baseline", wait: "false" },
    });
    assert.equal(step.ok, true, visibleLog(step.log));
    assert.equal(step.outputs.status, "PENDING");
    assert.equal(step.outputs["public-score"], "");
    const created = submissionsOf("spaceship-survival").find((s) => String(s.id) === step.outputs.submission)!;
    assert.equal(created.description, "baseline");
  });

  it("fails with the server's reason when the submission errors, outputs still set", async () => {
    const files = runnerFiles();
    const file = writeTemp(files.workspace, "bad.csv", "PassengerId,Transported\n0001_01,True\n");
    const step = await runBundleStep("competition-submit", { files, env, inputs: { competition: "spaceship-survival", file } });
    const message = assertFailedWith(step, /^Submission \d+ to spaceship-survival failed: ./);
    assert.equal(step.outputs.status, "ERROR");
    assert.match(step.outputs.submission!, /^\d+$/);
    assert.match(step.summary, /ERROR/);
    assert.ok(step.summary.includes(message.replace(/^.*failed: /, "").slice(0, 20)));
  });

  it("fails with one line when 'competition' is missing, before any request", async () => {
    const step = await runBundleStep("competition-submit", { env, inputs: { file: "x.csv" } });
    assertFailedWith(step, "Input 'competition' is required");
    assert.doesNotMatch(step.log, /POST /);
  });

  it("fails with one line when the file does not exist", async () => {
    const step = await runBundleStep("competition-submit", { env, inputs: { competition: "spaceship-survival", file: "nope/missing.csv" } });
    assertFailedWith(step, "Input 'file': nope/missing.csv does not exist");
  });

  it("fails with one line on a bad timeout", async () => {
    const files = runnerFiles();
    const file = writeTemp(files.workspace, "s.csv", "a\n");
    const step = await runBundleStep("competition-submit", { files, env, inputs: { competition: "spaceship-survival", file, timeout: "soon" } });
    assertFailedWith(step, "Input 'timeout' must be seconds or a duration");
  });

  it("fails with one line on wrong credentials and leaks nothing", async () => {
    const files = runnerFiles();
    const file = writeTemp(files.workspace, "s.csv", spaceshipData().sampleSubmission);
    const wrong = "ffffffffffffffffffffffffffffffff";
    const step = await runBundleStep("competition-submit", {
      files,
      env: { KAGGLE_API_ENDPOINT: emu.url },
      inputs: { competition: "spaceship-survival", file, username: "alice", key: wrong },
    });
    assertFailedWith(step, "Kaggle rejected the credentials (HTTP 401)");
    assertNoSecrets(step, [wrong, ...secretsOf(emu.credentials)]);
  });

  it("passes the server's refusal through as one line (rules not accepted)", async () => {
    const files = runnerFiles();
    const file = writeTemp(files.workspace, "s.csv", "id,target\n1,0.5\n");
    const step = await runBundleStep("competition-submit", { files, env, inputs: { competition: "ocean-plastic-detection", file } });
    assert.equal(step.ok, false);
    assert.equal(step.log.split("\n").filter((l) => l.startsWith("::error")).length, 1);
  });
});
