/** The model-version action, run as its bundle with the runner's contract, against the emulator. */
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { startEmulator, type Emulator } from "../../src/emulator/server";
import { assertFailedWith, assertNoSecrets, runnerFiles, runBundleStep, secretsOf, visibleLog, writeTemp } from "./harness";

describe("model-version", () => {
  let emu: Emulator;
  let env: Record<string, string>;
  before(async () => {
    emu = await startEmulator({ port: 0, scenario: "demo", scoringDelayMs: 0, log: () => {} });
    emu.state.models.processingDelayMs = 0;
    env = { KAGGLE_USERNAME: emu.credentials.username, KAGGLE_KEY: emu.credentials.key, KAGGLE_API_ENDPOINT: emu.url };
  });
  after(() => emu.close());

  const model = (slug: string) => emu.state.models.models.find((m) => m.slug === slug);

  it("creates the model and instance, skips unchanged content, publishes a change as version 2", async () => {
    const files = runnerFiles();
    const dir = path.join(files.workspace, "out");
    writeTemp(dir, "model.pt", "weights-1");
    writeTemp(dir, "config/params.json", "{}");
    writeTemp(dir, ".git/HEAD", "ref");
    const inputs = { model: "alice/ci-model/PyTorch/default", path: "out", license: "MIT" };
    const first = await runBundleStep("model-version", { files, env, inputs });
    assert.equal(first.ok, true, visibleLog(first.log));
    assert.deepEqual(
      [first.outputs.model, first.outputs.instance, first.outputs.version, first.outputs.changed, first.outputs.files],
      ["alice/ci-model", "alice/ci-model/pyTorch/default", "1", "true", "2"],
    );
    assert.equal(first.outputs.url, "https://www.kaggle.com/models/alice/ci-model/pyTorch/default/1");
    const m = model("ci-model")!;
    assert.equal(m.isPrivate, true);
    assert.equal(m.instances[0]!.licenseName, "MIT");
    assert.deepEqual(m.instances[0]!.versions[0]!.files.map((f) => f.name).sort(), ["config.zip", "model.pt"]);
    assert.match(first.summary, /Kaggle model alice\/ci-model\/pyTorch\/default: created/);
    assertNoSecrets(first, secretsOf(emu.credentials));

    const same = await runBundleStep("model-version", { files, env, inputs });
    assert.equal(same.ok, true, visibleLog(same.log));
    assert.deepEqual([same.outputs.changed, same.outputs.version, same.outputs.files], ["false", "1", "0"]);
    assert.match(same.log, /the content is unchanged since version 1 \(digest [0-9a-f]{32}\); nothing published/);
    assert.equal(m.instances[0]!.versions.length, 1);

    fs.writeFileSync(path.join(dir, "model.pt"), "weights-2");
    const second = await runBundleStep("model-version", { files, env, inputs });
    assert.equal(second.ok, true, visibleLog(second.log));
    assert.deepEqual([second.outputs.changed, second.outputs.version], ["true", "2"]);
    assert.match(m.instances[0]!.versions[1]!.notes, /^Tune the model \(0123456\) \[content sha256:[0-9a-f]{32}\]$/);
    const again = await runBundleStep("model-version", { files, env, inputs });
    assert.equal(again.outputs.changed, "false", visibleLog(again.log));
  });

  it("fails clearly: a bad ref, create: false, an unknown licence, not the owner, the processing deadline", async () => {
    const files = runnerFiles();
    writeTemp(path.join(files.workspace, "out"), "w.bin", "w");
    const step = (inputs: Record<string, string>, extra: Record<string, string> = {}) =>
      runBundleStep("model-version", { files, env: { ...env, ...extra }, inputs: { path: "out", ...inputs } });
    assertFailedWith(await step({ model: "alice/m/pytorch" }), "Model instance must be specified in the form of");
    assertFailedWith(await step({ model: "alice/m/caffe/v1" }), "Unknown model framework 'caffe'");
    assertFailedWith(
      await step({ model: "alice/absent/jax/v1", create: "false" }),
      "Model instance alice/absent/jax/v1 does not exist, and 'create' is false",
    );
    assertFailedWith(
      await step({ model: "alice/lic-model/jax/v1", license: "WTFPL" }),
      /Kaggle refused the new instance of alice\/lic-model\/jax\/v1: Unknown license 'WTFPL'/,
    );
    assert.equal(model("lic-model")!.instances.length, 0, "no instance was created");
    const bob = emu.state.users.find((u) => u.username === "bob")!;
    const notOwner = await step({ model: "alice/weather-forecaster/pytorch/default" }, { KAGGLE_USERNAME: bob.username, KAGGLE_KEY: bob.key });
    assertFailedWith(notOwner, /only its owner alice may/);
    emu.state.models.processingDelayMs = 3600_000;
    try {
      const slow = await step({ model: "alice/slow-model/onnx/v1", timeout: "1s" });
      assertFailedWith(slow, /alice\/slow-model\/onnx\/v1 version 1 was still being processed after \d+s \(timeout 1s\)/);
      assert.equal(slow.outputs.changed, "true");
    } finally {
      emu.state.models.processingDelayMs = 0;
    }
  });
});
