import assert from "node:assert/strict";
import { execFile, execFileSync } from "node:child_process";
import { promisify } from "node:util";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { useEmulator } from "../helpers/emulator";
import { spaceshipData } from "../../src/emulator/scenarios/demo-data";
import { assertFailedWith, assertNoSecrets, jobEnv, runBundleStep, secretsOf, visibleLog, writeTemp } from "./harness";

describe("setup", () => {
  const emu = useEmulator();

  it("checks a key, writes kaggle.json 0600 under RUNNER_TEMP, exports it, installs the CLI; post removes it", async () => {
    const { username, key } = emu.credentials;
    const step = await runBundleStep("setup", { inputs: { username, key, endpoint: emu.url } });
    assert.equal(step.ok, true, visibleLog(step.log));
    assert.equal(step.outputs.username, "alice");
    const dir = step.outputs["config-dir"]!;
    assert.ok(dir.startsWith(step.files.temp + path.sep), "the folder is under RUNNER_TEMP");
    const file = path.join(dir, "kaggle.json");
    assert.equal(fs.statSync(file).mode & 0o777, 0o600);
    assert.deepEqual(JSON.parse(fs.readFileSync(file, "utf8")), { username, key });
    assert.equal(step.exportedEnv.KAGGLE_CONFIG_DIR, dir);
    assert.equal(step.exportedEnv.KAGGLE_API_ENDPOINT, emu.url);
    assert.equal(step.state["config-dir"], dir);
    assert.match(step.outputs["cli-version"]!, /^\d+\.\d+\.\d+/);
    assert.equal(step.addedPath.length, 1);
    assert.ok(step.addedPath[0]!.startsWith(step.files.toolCache), "the CLI comes from the tool cache");
    const version = execFileSync(path.join(step.addedPath[0]!, "kaggle"), ["--version"], { encoding: "utf8" });
    assert.ok(version.includes(step.outputs["cli-version"]!));
    // The CLI on PATH uses the saved credentials.
    // (asynchronously: the emulator answers from this very process)
    const { stdout: list } = await promisify(execFile)(path.join(step.addedPath[0]!, "kaggle"), ["competitions", "list", "--csv"], {
      encoding: "utf8",
      env: { PATH: process.env.PATH, HOME: step.files.home, ...step.exportedEnv },
    });
    assert.match(list, /spaceship-survival/);
    assert.match(step.summary, /Kaggle setup/);
    assert.match(step.summary, /alice/);
    assertNoSecrets(step, secretsOf(emu.credentials));

    const post = await runBundleStep("setup-post", { files: step.files, env: { "STATE_config-dir": dir } });
    assert.equal(post.ok, true);
    assert.equal(fs.existsSync(dir), false, "the post step removed the credentials");
  });

  it("a later step uses what setup left, with no credential inputs", async () => {
    const { username, key } = emu.credentials;
    const first = await runBundleStep("setup", { inputs: { username, key, endpoint: emu.url, validate: "false" } });
    assert.equal(first.ok, true, visibleLog(first.log));
    const file = writeTemp(first.files.workspace, "submission.csv", spaceshipData().perfectSubmission);
    const second = await runBundleStep("competition-submit", {
      files: first.files,
      env: jobEnv(first),
      inputs: { competition: "spaceship-survival", file },
    });
    assert.equal(second.ok, true, visibleLog(second.log));
    assert.equal(second.outputs.status, "COMPLETE");
    assertNoSecrets(second, secretsOf(emu.credentials));
  });

  it("saves a token as a file named by KAGGLE_API_TOKEN, never in GITHUB_ENV", async () => {
    const step = await runBundleStep("setup", { inputs: { token: emu.credentials.token, endpoint: emu.url } });
    assert.equal(step.ok, true, visibleLog(step.log));
    assert.equal(step.outputs.username, "alice");
    const tokenFile = step.exportedEnv.KAGGLE_API_TOKEN!;
    assert.equal(path.dirname(tokenFile), step.outputs["config-dir"]);
    assert.equal(fs.readFileSync(tokenFile, "utf8").trim(), emu.credentials.token);
    assert.equal(fs.statSync(tokenFile).mode & 0o777, 0o600);
    assertNoSecrets(step, secretsOf(emu.credentials));
  });

  it("takes KAGGLE_USERNAME/KAGGLE_KEY from the environment", async () => {
    const { username, key } = emu.credentials;
    const step = await runBundleStep("setup", { env: { KAGGLE_USERNAME: username, KAGGLE_KEY: key, KAGGLE_API_ENDPOINT: emu.url } });
    assert.equal(step.ok, true, visibleLog(step.log));
    assert.equal(step.outputs.username, "alice");
    assert.equal(step.exportedEnv.KAGGLE_API_ENDPOINT, undefined, "only exported when given as an input");
    assertNoSecrets(step, secretsOf(emu.credentials));
  });

  it("fails with one line on wrong credentials, leaking nothing", async () => {
    const wrong = "0123456789abcdef0123456789abcdef";
    const step = await runBundleStep("setup", { inputs: { username: "alice", key: wrong, endpoint: emu.url } });
    assertFailedWith(step, "Kaggle rejected the credentials");
    assert.equal(step.outputs["config-dir"], "", "declared outputs are set even on failure");
    assertNoSecrets(step, [wrong, ...secretsOf(emu.credentials)]);
  });

  it("fails with one line without any credentials", async () => {
    const step = await runBundleStep("setup", { inputs: { endpoint: emu.url } });
    assertFailedWith(step, "No Kaggle credentials");
  });

  it("accepts only YAML booleans", async () => {
    const step = await runBundleStep("setup", { inputs: { validate: "yes", endpoint: emu.url } });
    assertFailedWith(step, "Input 'validate' must be true or false, got 'yes'");
  });
});
