import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { useEmulator } from "../helpers/emulator";
import { assertFailedWith, assertNoSecrets, repoRoot, runnerFiles, runBundleStep, secretsOf, visibleLog, writeTemp } from "./harness";

describe("kernel-push", () => {
  const emu = useEmulator();
  const env = emu.tokenEnv;

  const copyDemo = (workspace: string) => {
    const dir = path.join(workspace, "kernel");
    fs.cpSync(path.join(repoRoot, "demo", "kernel"), dir, { recursive: true });
    return dir;
  };

  it("pushes the demo kernel, waits for the run and downloads its output", async () => {
    const files = runnerFiles();
    copyDemo(files.workspace);
    const step = await runBundleStep("kernel-push", { files, env, inputs: { path: "kernel", "download-output": "out", timeout: "120" } });
    assert.equal(step.ok, true, visibleLog(step.log) + step.summary);
    assert.equal(step.outputs.kernel, "alice/spaceship-ci-baseline");
    assert.equal(step.outputs.status, "COMPLETE");
    assert.match(step.outputs.version!, /^\d+$/);
    assert.equal(step.outputs.url, "https://www.kaggle.com/code/alice/spaceship-ci-baseline");
    const out = path.join(files.workspace, "out");
    assert.equal(step.outputs["output-path"], out);
    const sub = fs.readFileSync(path.join(out, "submission.csv"), "utf8");
    assert.match(sub, /^PassengerId,Transported\n/);
    assert.equal(sub.trim().split("\n").length, 301);
    assert.match(step.summary, /COMPLETE/);
    assert.match(step.summary, /submission\.csv/);
    assert.match(step.summary, /Run time/);
    const k = emu.state.kernels!.kernels.find((x: { slug: string }) => x.slug === "spaceship-ci-baseline");
    assert.ok(k, "the emulator holds the kernel");
    assertNoSecrets(step, secretsOf(emu.credentials));
  });

  it("a failing run fails the step with Kaggle's message and the end of the log in the summary", async () => {
    const files = runnerFiles();
    const dir = copyDemo(files.workspace);
    fs.writeFileSync(path.join(dir, "train.py"), 'print("loading")\nraise SystemExit("model diverged")\n');
    const step = await runBundleStep("kernel-push", { files, env, inputs: { path: "kernel", timeout: "120" } });
    assertFailedWith(step, /ended with ERROR/);
    assert.equal(step.outputs.status, "ERROR");
    assert.match(step.summary, /End of the run log/);
    assert.match(step.summary, /model diverged/);
  });

  it("fail-on-error: false reports without failing", async () => {
    const files = runnerFiles();
    const dir = copyDemo(files.workspace);
    fs.writeFileSync(path.join(dir, "train.py"), "raise SystemExit(3)\n");
    const step = await runBundleStep("kernel-push", { files, env, inputs: { path: "kernel", "fail-on-error": "false", timeout: "120" } });
    assert.equal(step.ok, true, visibleLog(step.log));
    assert.equal(step.outputs.status, "ERROR");
  });

  it("a bad kernel-metadata.json fails with one line and a file annotation", async () => {
    const files = runnerFiles();
    writeTemp(files.workspace, "k/kernel-metadata.json", JSON.stringify({ id: "alice/x", title: "x" }, null, 2));
    const step = await runBundleStep("kernel-push", { files, env, inputs: { path: "k" } });
    assert.equal(step.ok, false);
    const errors = step.log.split("\n").filter((l) => l.startsWith("::error"));
    assert.equal(errors.length, 1, step.log);
    assert.match(errors[0]!, /file=k\/kernel-metadata\.json/);
  });
});
