/** dataset-download with `model:`: the latest or an exact version of a model instance, whole (untarred) or by file. */
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { startEmulator, type Emulator } from "../../src/emulator/server";
import { listFiles } from "../../src/actions/common/files";
import { assertFailedWith, runBundleStep, visibleLog } from "./harness";

describe("dataset-download: models", () => {
  let emu: Emulator;
  let env: Record<string, string>;
  before(async () => {
    emu = await startEmulator({ port: 0, scenario: "demo", scoringDelayMs: 0, log: () => {} });
    env = { KAGGLE_USERNAME: emu.credentials.username, KAGGLE_KEY: emu.credentials.key, KAGGLE_API_ENDPOINT: emu.url };
  });
  after(() => emu.close());

  it("downloads the latest version whole, extracts the tar.gz and removes it", async () => {
    const step = await runBundleStep("dataset-download", { env, inputs: { model: "alice/weather-forecaster/pytorch/default", path: "m" } });
    assert.equal(step.ok, true, visibleLog(step.log));
    assert.equal(step.outputs.version, "2");
    assert.deepEqual(listFiles(step.outputs.path!), ["config.json", "model.pt", "tokenizer/vocab.txt"]);
    assert.equal(fs.readFileSync(path.join(step.outputs.path!, "config.json"), "utf8"), '{"hidden": 64, "days": 7, "rain": true}');
    assert.match(step.summary, /Model.*alice\/weather-forecaster\/pyTorch\/default\/2/);
  });

  it("an exact version, filtered by glob, file by file into their folders", async () => {
    const step = await runBundleStep("dataset-download", {
      env,
      inputs: { model: "alice/weather-forecaster/PyTorch/default/1", files: "*.json", path: "v1" },
    });
    assert.equal(step.ok, true, visibleLog(step.log));
    assert.equal(step.outputs.version, "1");
    assert.deepEqual(listFiles(step.outputs.path!), ["config.json"]);
  });

  it("fails with one line for a bad ref, two sources, or an unknown instance", async () => {
    assertFailedWith(
      await runBundleStep("dataset-download", { env, inputs: { model: "alice/weather-forecaster" } }),
      "Model instance must be specified in the form of",
    );
    assertFailedWith(
      await runBundleStep("dataset-download", { env, inputs: { model: "a/b/jax/c", dataset: "a/b" } }),
      "Give exactly one of the inputs",
    );
    assertFailedWith(await runBundleStep("dataset-download", { env, inputs: { model: "alice/weather-forecaster/jax/none" } }), /was not found/);
  });
});
