/**
 * The dataset-version and competition-submit actions rerun after a lost answer (the emulator's
 * "drop-answer" fault): the rerun reports what the earlier run made and never makes it twice.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { useEmulator } from "../helpers/emulator";
import { spaceshipData } from "../../src/emulator/scenarios/demo-data";
import { runnerFiles, runBundleStep, visibleLog, writeTemp } from "./harness";

describe("actions rerun after a lost answer", () => {
  const emu = useEmulator({}, async () => {
    emu.state.datasets.processingDelayMs = 0;
  });
  const env = emu.env;

  const fault = async (spec: string) => {
    const r = await fetch(`${emu.url}/_emulator/faults`, { method: "POST", body: JSON.stringify({ spec }) });
    assert.equal(r.status, 200);
  };

  it("dataset-version: a lost create, then the rerun finds the dataset unchanged instead of versioning it again", async () => {
    const files = runnerFiles();
    const dir = `${files.workspace}/ds`;
    writeTemp(
      dir,
      "dataset-metadata.json",
      JSON.stringify({ title: "Lost Create Answer", id: "alice/lost-create-answer", licenses: [{ name: "CC0-1.0" }] }),
    );
    writeTemp(dir, "data.csv", "a,b\n1,2\n");
    const stepEnv = { ...env, TMPDIR: files.temp };
    await fault("CreateDataset:drop-answerx1");
    const lost = await runBundleStep("dataset-version", { files, env: stepEnv, inputs: { path: "ds" } });
    assert.equal(lost.ok, false);
    const again = await runBundleStep("dataset-version", { files, env: stepEnv, inputs: { path: "ds" } });
    assert.equal(again.ok, true, visibleLog(again.log));
    // The create that happened recorded the content digest, so the rerun sees nothing to publish.
    assert.match(again.log, /alice\/lost-create-answer: the content is unchanged since version 1 \(digest [0-9a-f]+\); nothing published/);
    assert.equal(again.outputs.changed, "false");
    assert.equal(again.outputs.version, "1");
    const ds = emu.state.datasets.datasets.filter((d) => d.slug === "lost-create-answer");
    assert.equal(ds.length, 1);
    assert.equal(ds[0]!.versions.length, 1, "no second version of the same files");
  });

  it("competition-submit: a lost answer, then the rerun reports the submission without submitting again", async () => {
    const files = runnerFiles();
    const file = writeTemp(files.workspace, "submission.csv", spaceshipData().perfectSubmission);
    const stepEnv = { ...env, TMPDIR: files.temp };
    const inputs = { competition: "spaceship-survival", file, message: "lost in transit" };
    const mine = () => emu.state.competitions.submissions.filter((s) => s.description === "lost in transit");
    await fault("CreateSubmission:drop-answerx1");
    const lost = await runBundleStep("competition-submit", { files, env: stepEnv, inputs });
    assert.equal(lost.ok, false);
    assert.equal(mine().length, 1);
    const again = await runBundleStep("competition-submit", { files, env: stepEnv, inputs });
    assert.equal(again.ok, true, visibleLog(again.log));
    assert.match(again.log, /with this description already exists: created by an earlier run whose answer was lost/);
    assert.equal(again.outputs.submission, String(mine()[0]!.id));
    assert.equal(again.outputs.status, "COMPLETE");
    assert.equal(mine().length, 1, "no duplicate submission");
  });
});
