/**
 * dataset-version never publishes `.git/` and the other default-ignored folders, takes an
 * `ignore` input, warns with what it left out, and records the content digest of a create so
 * that the next run of an unchanged folder reports `changed: false`.
 */
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { useEmulator } from "../helpers/emulator";
import { listZip } from "../../src/core/unzip";
import { runnerFiles, runBundleStep, visibleLog, writeTemp } from "./harness";

describe("dataset-version: ignore patterns and the digest of a create", () => {
  const emu = useEmulator();
  const env = emu.env;

  const dataset = (slug: string) => emu.state.datasets.datasets.find((d) => d.slug === slug)!;
  const names = (slug: string) =>
    dataset(slug)
      .versions.at(-1)!
      .files.map((f) => f.name)
      .sort();

  /** A checkout as actions/checkout leaves it: the token in .git/config. */
  function checkout(dir: string, slug: string): void {
    writeTemp(dir, "dataset-metadata.json", JSON.stringify({ title: `Checkout ${slug}`, id: `alice/${slug}`, licenses: [{ name: "CC0-1.0" }] }));
    writeTemp(dir, "data.csv", "a,b\n1,2\n");
    writeTemp(dir, ".git/config", '[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic c2VjcmV0LXRva2Vu\n');
    writeTemp(dir, ".git/HEAD", "ref: refs/heads/main\n");
    writeTemp(dir, "docs/guide.md", "# guide\n");
    writeTemp(dir, "docs/.git/config", "nested\n");
    writeTemp(dir, "docs/.cache/x.bin", "cached\n");
    writeTemp(dir, "build.log", "noise\n");
  }

  it("with the defaults (path ., dir-mode zip) .git never leaves the machine, and the warning lists what was skipped", async () => {
    const files = runnerFiles();
    checkout(files.workspace, "checkout-with-git");
    const step = await runBundleStep("dataset-version", { files, env, inputs: { "dir-mode": "zip" } });
    assert.equal(step.ok, true, visibleLog(step.log));
    assert.deepEqual(names("checkout-with-git"), ["build.log", "data.csv", "docs.zip"]);
    const warning = step.log.split("\n").find((l) => l.startsWith("::warning::Not published (ignore patterns)"));
    // As kagglehub: .git/ at any depth, .cache/ and .huggingface/ at the top only.
    assert.equal(warning, "::warning::Not published (ignore patterns): .git/, docs/.git/");
    const docs = dataset("checkout-with-git")
      .versions.at(-1)!
      .files.find((f) => f.name === "docs.zip")!;
    const entries = (await listZip(docs.path)).map((e) => e.name);
    assert.deepEqual(entries.filter((e) => !e.endsWith("/")).sort(), [".cache/x.bin", "guide.md"]);
    for (const f of dataset("checkout-with-git").versions.at(-1)!.files) {
      assert.ok(!fs.readFileSync(f.path).includes("c2VjcmV0LXRva2Vu"), `${f.name} holds the checkout's token`);
    }
  });

  it("the ignore input adds patterns; the second run of the unchanged folder reports changed: false", async () => {
    const files = runnerFiles();
    checkout(files.workspace, "checkout-ignoring-logs");
    const inputs = { "dir-mode": "zip", ignore: "*.log, docs/" };
    const first = await runBundleStep("dataset-version", { files, env, inputs });
    assert.equal(first.ok, true, visibleLog(first.log));
    assert.equal(first.outputs.changed, "true");
    assert.deepEqual(names("checkout-ignoring-logs"), ["data.csv"]);
    assert.match(first.log, /::warning::Not published \(ignore patterns\): \.git\/, build\.log, docs\/\n/);
    assert.match(dataset("checkout-ignoring-logs").description, /<!-- kaggle-actions content sha256:[0-9a-f]{32} -->$/);

    // A new commit changes .git and the ignored files only: nothing to publish.
    fs.writeFileSync(path.join(files.workspace, ".git/HEAD"), "ref: refs/heads/other\n");
    fs.writeFileSync(path.join(files.workspace, "build.log"), "other noise\n");
    const second = await runBundleStep("dataset-version", { files, env, inputs });
    assert.equal(second.ok, true, visibleLog(second.log));
    assert.equal(second.outputs.changed, "false");
    assert.equal(second.outputs.version, "1");
    assert.equal(dataset("checkout-ignoring-logs").versions.length, 1);
  });
});
