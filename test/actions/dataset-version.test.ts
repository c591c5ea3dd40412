import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { useEmulator } from "../helpers/emulator";
import { assertFailedWith, assertNoSecrets, runnerFiles, runBundleStep, secretsOf, visibleLog, writeTemp } from "./harness";

describe("dataset-version", () => {
  const emu = useEmulator();
  const env = emu.env;

  const dataset = (slug: string) => emu.state.datasets!.datasets.find((d: { slug: string }) => d.slug === slug);

  it("creates the dataset, skips unchanged content, then versions a change, skips it unchanged, versions again", async () => {
    const files = runnerFiles();
    const dir = path.join(files.workspace, "ds");
    writeTemp(
      dir,
      "dataset-metadata.json",
      JSON.stringify({ title: "CI Data Sample", id: "alice/ci-data-sample", licenses: [{ name: "CC0-1.0" }] }, null, 2),
    );
    writeTemp(dir, "data.csv", "a,b\n1,2\n");
    const first = await runBundleStep("dataset-version", { files, env, inputs: { path: "ds" } });
    assert.equal(first.ok, true, visibleLog(first.log));
    assert.deepEqual(
      {
        dataset: first.outputs.dataset,
        version: first.outputs.version,
        changed: first.outputs.changed,
        status: first.outputs.status,
        files: first.outputs.files,
      },
      { dataset: "alice/ci-data-sample", version: "1", changed: "true", status: "READY", files: "1" },
    );
    assert.equal(first.outputs.bytes, "8");
    assert.equal(first.outputs.url, `${emu.url}/datasets/alice/ci-data-sample`, "against an emulator, links go to its web view");
    assert.ok(dataset("ci-data-sample"), "the emulator holds the new dataset");
    assert.equal(dataset("ci-data-sample")!.isPrivate, true);
    assertNoSecrets(first, secretsOf(emu.credentials));

    const unchanged = await runBundleStep("dataset-version", { files, env, inputs: { path: "ds" } });
    assert.equal(unchanged.ok, true, visibleLog(unchanged.log));
    assert.equal(unchanged.outputs.changed, "false", "the create recorded its digest");
    assert.equal(unchanged.outputs.version, "1");
    assert.equal(dataset("ci-data-sample")!.versions.length, 1);

    fs.appendFileSync(path.join(dir, "data.csv"), "5,6\n");
    const second = await runBundleStep("dataset-version", { files, env, inputs: { path: "ds" } });
    assert.equal(second.ok, true, visibleLog(second.log));
    assert.equal(second.outputs.version, "2");
    assert.equal(second.outputs.changed, "true");
    const v2 = dataset("ci-data-sample")!.versions.at(-1)!;
    assert.match(v2.notes, /^Tune the model \(0123456\) \[content sha256:[0-9a-f]{32}\]$/);

    const third = await runBundleStep("dataset-version", { files, env, inputs: { path: "ds" } });
    assert.equal(third.ok, true, visibleLog(third.log));
    assert.equal(third.outputs.changed, "false");
    assert.equal(third.outputs.version, "2");
    assert.equal(dataset("ci-data-sample")!.versions.length, 2, "nothing was published");
    assert.match(third.summary, /unchanged/);
    assert.ok(third.summary.includes(`](${emu.url}/datasets/alice/ci-data-sample)`), "the summary links to the emulator's dataset page");

    fs.appendFileSync(path.join(dir, "data.csv"), "3,4\n");
    const fourth = await runBundleStep("dataset-version", { files, env, inputs: { path: "ds", "version-notes": "more rows" } });
    assert.equal(fourth.ok, true, visibleLog(fourth.log));
    assert.equal(fourth.outputs.version, "3");
    assert.match(dataset("ci-data-sample")!.versions.at(-1)!.notes, /^more rows \[content sha256:/);
  });

  it("refuses to create when create is false", async () => {
    const files = runnerFiles();
    writeTemp(
      files.workspace,
      "dataset-metadata.json",
      JSON.stringify({ title: "Never Made Here", id: "alice/never-made-here", licenses: [{ name: "CC0-1.0" }] }),
    );
    writeTemp(files.workspace, "x.csv", "x\n");
    const step = await runBundleStep("dataset-version", { files, env, inputs: { create: "false" } });
    assertFailedWith(step, "Dataset alice/never-made-here does not exist, and 'create' is false");
  });

  it("a bad metadata file fails with one line and an annotation on the file", async () => {
    const files = runnerFiles();
    writeTemp(files.workspace, "dataset-metadata.json", '{\n  "title": "Broken",\n  "id": "alice/broken",\n}\n');
    const step = await runBundleStep("dataset-version", { files, env });
    const message = assertFailedWith(step, "invalid JSON");
    assert.ok(step.log.includes("::error title=Kaggle dataset version,file=dataset-metadata.json,line="), step.log);
    assert.ok(message.length < 300);
  });

  it("fails with one line on a bad dir-mode or a missing folder", async () => {
    assertFailedWith(
      await runBundleStep("dataset-version", { env, inputs: { "dir-mode": "rar" } }),
      "Input 'dir-mode' must be one of skip, zip, tar, got 'rar'",
    );
    assertFailedWith(await runBundleStep("dataset-version", { env, inputs: { path: "nowhere" } }), "Input 'path': nowhere is not a folder");
  });
});
