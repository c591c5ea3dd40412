import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { useEmulator } from "../helpers/emulator";
import { assertFailedWith, assertNoSecrets, runBundleStep, secretsOf, visibleLog } from "./harness";
import { listFiles } from "../../src/actions/common/files";

describe("dataset-download", () => {
  const emu = useEmulator();
  const env = emu.env;

  it("downloads the latest version of a dataset, unzipped; no cache service means cache-hit false with a debug line", async () => {
    const step = await runBundleStep("dataset-download", { env, inputs: { dataset: "alice/city-weather-daily", path: "data" } });
    assert.equal(step.ok, true, visibleLog(step.log));
    const dest = path.join(step.files.workspace, "data");
    assert.equal(step.outputs.path, dest);
    const ds = emu.state.datasets!.datasets.find((d: { slug: string }) => d.slug === "city-weather-daily")!;
    assert.equal(step.outputs.version, String(ds.versions.length));
    assert.equal(step.outputs["cache-hit"], "false");
    assert.match(step.log, /::debug::The Actions cache service is not available/);
    const files = listFiles(dest);
    assert.ok(files.includes("weather.csv"), files.join(","));
    assert.ok(!files.some((f) => f.endsWith(".zip")));
    assert.equal(step.outputs.bytes, String(files.reduce((n, f) => n + fs.statSync(path.join(dest, f)).size, 0)));
    assert.match(step.summary, /city-weather-daily/);
    assert.ok(step.summary.includes(`](${emu.url}/datasets/alice/city-weather-daily)`), "the summary links to the emulator's dataset page");
    assertNoSecrets(step, secretsOf(emu.credentials));
  });

  it("downloads an exact version and filters files by glob", async () => {
    const step = await runBundleStep("dataset-download", { env, inputs: { dataset: "alice/city-weather-daily/1", files: "*.csv", path: "v1" } });
    assert.equal(step.ok, true, visibleLog(step.log));
    assert.equal(step.outputs.version, "1");
    assert.deepEqual(listFiles(step.outputs.path!), ["weather.csv"]);
  });

  it("downloads a competition's files", async () => {
    const step = await runBundleStep("dataset-download", { env, inputs: { competition: "spaceship-survival", files: "train.csv,test.csv" } });
    assert.equal(step.ok, true, visibleLog(step.log));
    assert.deepEqual(listFiles(step.outputs.path!), ["test.csv", "train.csv"]);
    assert.equal(step.outputs.version, "");
  });

  it("fails with one line when neither or both sources are given", async () => {
    assertFailedWith(await runBundleStep("dataset-download", { env, inputs: {} }), "Give exactly one of the inputs 'dataset'");
    assertFailedWith(await runBundleStep("dataset-download", { env, inputs: { dataset: "a/b", competition: "c" } }), "Give exactly one");
  });

  it("fails with one line on an unknown dataset", async () => {
    const step = await runBundleStep("dataset-download", { env, inputs: { dataset: "alice/no-such-dataset" } });
    assert.equal(step.ok, false);
    assert.equal(step.log.split("\n").filter((l) => l.startsWith("::error")).length, 1);
  });
});
