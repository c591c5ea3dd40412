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
    // Against an emulator, links go to its web view.
    assert.equal(step.outputs.url, `${emu.url}/code/alice/spaceship-ci-baseline`);
    const out = path.join(files.workspace, "out");
    assert.equal(step.outputs["output-path"], out);
    const sub = fs.readFileSync(path.join(out, "submission.csv"), "utf8");
    assert.match(sub, /^PassengerId,Transported\n/);
    assert.equal(sub.trim().split("\n").length, 301);
    assert.match(step.summary, /COMPLETE/);
    assert.match(step.summary, /submission\.csv/);
    assert.match(step.summary, /Run time/);
    assert.ok(step.summary.includes(`](${emu.url}/code/alice/spaceship-ci-baseline)`), "the summary links to the emulator's kernel page");
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

  it("shows the run's log live in a collapsed group while it waits", async () => {
    const files = runnerFiles();
    const dir = copyDemo(files.workspace);
    fs.writeFileSync(path.join(dir, "train.py"), 'print("epoch 1")\nprint("epoch 2")\n');
    const step = await runBundleStep("kernel-push", { files, env, inputs: { path: "kernel", timeout: "120" } });
    assert.equal(step.ok, true, visibleLog(step.log));
    const group = /::group::Run of alice\/spaceship-ci-baseline version \d+[^\n]*\n([\s\S]*?)::endgroup::/.exec(step.log);
    assert.ok(group, step.log);
    assert.match(group[1]!, /^epoch 1\nepoch 2\n/m);
    assert.match(group[1]!, /alice\/spaceship-ci-baseline: COMPLETE/);
  });

  it("wait: false returns the kernel and version at once", async () => {
    const files = runnerFiles();
    copyDemo(files.workspace);
    emu.state.kernels.queueDelayMs = 3_600_000;
    try {
      const step = await runBundleStep("kernel-push", { files, env, inputs: { path: "kernel", wait: "false" } });
      assert.equal(step.ok, true, visibleLog(step.log));
      assert.equal(step.outputs.kernel, "alice/spaceship-ci-baseline");
      assert.match(step.outputs.version!, /^\d+$/);
      assert.equal(step.outputs.status, "QUEUED");
      assert.match(step.summary, /not waited for \(collect it with kernel-status\)/);
      assertFailedWith(
        await runBundleStep("kernel-push", { files, env, inputs: { path: "kernel", wait: "false", "download-output": "out" } }),
        "Input 'download-output' needs 'wait: true'",
      );
    } finally {
      emu.state.kernels.queueDelayMs = 300;
    }
  });

  it("min-quota-hours refuses a GPU push before anything is sent; the quota is in the summary", async () => {
    const files = runnerFiles();
    copyDemo(files.workspace);
    const versions = () => emu.state.kernels.kernels.find((x) => x.slug === "spaceship-ci-baseline")?.versions.length ?? 0;
    const before = versions();
    emu.state.kernels.quotaUsedHours = { alice: { gpu: 29.5 } };
    try {
      const step = await runBundleStep("kernel-push", {
        files,
        env,
        inputs: { path: "kernel", accelerator: "NvidiaTeslaT4", "min-quota-hours": "2" },
      });
      assertFailedWith(step, /^Not pushed: this kernel needs a GPU and only 0\.\d\d of the week's 30\.00 GPU hours are left \(min-quota-hours: 2\)$/);
      assert.equal(versions(), before, "nothing was pushed");
      const cpu = await runBundleStep("kernel-push", { files, env, inputs: { path: "kernel", "min-quota-hours": "2", timeout: "120" } });
      assert.equal(cpu.ok, true, "a CPU kernel needs no quota");
      assert.doesNotMatch(cpu.summary, /Quota/);
      emu.state.kernels.quotaUsedHours = { alice: { gpu: 10 } };
      const gpu = await runBundleStep("kernel-push", {
        files,
        env,
        inputs: { path: "kernel", accelerator: "NvidiaTeslaT4", "min-quota-hours": "2", timeout: "120" },
      });
      assert.equal(gpu.ok, true, visibleLog(gpu.log));
      assert.match(gpu.summary, /\*\*Quota\*\* \| GPU: \d+\.\d\d of 30\.00 hours left this week/);
    } finally {
      emu.state.kernels.quotaUsedHours = {};
    }
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
