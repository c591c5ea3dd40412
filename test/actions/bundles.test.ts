/**
 * Every committed bundle (dist/<action>/index.js) run as a child process with the runner's
 * contract, because a bundle that does not load is the commonest way an action breaks.
 */
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { specs } from "../../src/actions/specs";
import { useEmulator } from "../helpers/emulator";
import { spaceshipData } from "../../src/emulator/scenarios/demo-data";
import { assertFailedWith, assertNoSecrets, jobEnv, repoRoot, runBundleStep, runnerFiles, secretsOf, visibleLog, writeTemp } from "./harness";

describe("bundles", () => {
  const emu = useEmulator();
  const env = emu.env;

  it("every action has a bundle (and setup its post step)", () => {
    for (const name of [...specs.map((s) => s.name), "setup-post"]) {
      assert.ok(fs.existsSync(path.join(repoRoot, "dist", name, "index.js")), `dist/${name}/index.js; run 'npm run build ${name}'`);
    }
  });

  it("setup → competition-submit → leaderboard-gate, then setup's post step", async () => {
    const { username, key } = emu.credentials;
    const setup = await runBundleStep("setup", { inputs: { username, key, endpoint: emu.url } });
    assert.equal(setup.ok, true, visibleLog(setup.log));
    assert.equal(setup.outputs.username, "alice");
    assert.match(setup.outputs["cli-version"]!, /^\d+\.\d+\.\d+/);
    assert.ok(fs.existsSync(path.join(setup.addedPath[0]!, "kaggle")));
    assertNoSecrets(setup, secretsOf(emu.credentials));

    const files = setup.files;
    const file = writeTemp(files.workspace, "submission.csv", spaceshipData().perfectSubmission);
    const submit = await runBundleStep("competition-submit", {
      files,
      env: jobEnv(setup),
      inputs: { competition: "spaceship-survival", file: "submission.csv" },
    });
    assert.equal(submit.ok, true, visibleLog(submit.log));
    assert.equal(submit.outputs.status, "COMPLETE");
    assert.equal(submit.outputs["public-score"], "1.00000");
    assert.match(submit.summary, /Kaggle submission to spaceship-survival/);
    assertNoSecrets(submit, secretsOf(emu.credentials));
    assert.ok(fs.existsSync(file));

    const gate = await runBundleStep("leaderboard-gate", {
      files,
      env: jobEnv(setup),
      inputs: { competition: "spaceship-survival", submission: submit.outputs.submission!, "max-rank": "1" },
    });
    assert.equal(gate.ok, true, visibleLog(gate.log));
    assert.equal(gate.outputs.passed, "true");
    assert.match(gate.summary, /Alice Archer/);
    assertNoSecrets(gate, secretsOf(emu.credentials));

    const post = await runBundleStep("setup-post", { files, env: { "STATE_config-dir": setup.outputs["config-dir"]! } });
    assert.equal(post.ok, true, visibleLog(post.log));
    assert.equal(fs.existsSync(setup.outputs["config-dir"]!), false);
  });

  it("bad inputs fail each bundle with exit code 1 and one line", async () => {
    const submit = await runBundleStep("competition-submit", { env, inputs: { file: "x.csv" } });
    assert.equal(submit.exitCode, 1);
    assertFailedWith(submit, "Input 'competition' is required");
    const missing = await runBundleStep("competition-submit", { env, inputs: { competition: "spaceship-survival", file: "missing.csv" } });
    assertFailedWith(missing, "Input 'file': missing.csv does not exist");
    const gate = await runBundleStep("leaderboard-gate", { env, inputs: { competition: "spaceship-survival", "min-score": "abc" } });
    assertFailedWith(gate, "Input 'min-score' must be a number, got 'abc'");
    const wrong = "00000000000000000000000000000000";
    const setup = await runBundleStep("setup", { inputs: { username: "alice", key: wrong, endpoint: emu.url } });
    assert.equal(setup.exitCode, 1);
    assertFailedWith(setup, "Kaggle rejected the credentials");
    assertNoSecrets(setup, [wrong]);
  });

  it("dataset-version, kernel-push and dataset-download bundles", async () => {
    const files = runnerFiles();
    fs.cpSync(path.join(repoRoot, "demo"), path.join(files.workspace, "demo"), { recursive: true });
    const version = await runBundleStep("dataset-version", { files, env, inputs: { path: "demo/dataset" } });
    assert.equal(version.ok, true, visibleLog(version.log));
    assert.equal(version.outputs.dataset, "alice/spaceship-ci-features");
    assert.equal(version.outputs.changed, "true");
    assertNoSecrets(version, secretsOf(emu.credentials));

    const kernel = await runBundleStep("kernel-push", { files, env, inputs: { path: "demo/kernel", "download-output": "out", timeout: "120" } });
    assert.equal(kernel.ok, true, visibleLog(kernel.log));
    assert.equal(kernel.outputs.status, "COMPLETE");
    assert.ok(fs.existsSync(path.join(files.workspace, "out", "submission.csv")));
    assertNoSecrets(kernel, secretsOf(emu.credentials));

    const download = await runBundleStep("dataset-download", { files, env, inputs: { dataset: "alice/spaceship-ci-features", path: "dl" } });
    assert.equal(download.ok, true, visibleLog(download.log));
    assert.equal(download.outputs["cache-hit"], "false");
    assert.ok(fs.existsSync(path.join(files.workspace, "dl", "planet_rates.csv")));
    assertNoSecrets(download, secretsOf(emu.credentials));
  });
});
