/** kernel-push checks every input before it pushes: a bad input never starts a run. */
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { useEmulator } from "../helpers/emulator";
import { assertFailedWith, repoRoot, runnerFiles, runBundleStep, writeTemp } from "./harness";

describe("kernel-push input validation", () => {
  const emu = useEmulator();
  const env = emu.tokenEnv;

  const versions = () => emu.state.kernels.kernels.find((k) => k.slug === "spaceship-ci-baseline")?.versions.length ?? 0;

  const cases: [string, Record<string, string>, string | RegExp][] = [
    ["timeout 0", { timeout: "0" }, "Input 'timeout' must be more than 0 seconds, got '0'"],
    ["timeout 0s", { timeout: "0s" }, "Input 'timeout' must be more than 0 seconds, got '0s'"],
    ["a timeout that is no duration", { timeout: "soon" }, /^Input 'timeout' must be seconds or a duration/],
    ["a bad output-pattern", { "download-output": "out", "output-pattern": "(" }, /^Input 'output-pattern': Invalid regex pattern '\(': /],
    ["output-pattern without download-output", { "output-pattern": "\\.csv$" }, "Input 'output-pattern' needs 'download-output'"],
    ["download-output naming a file", { "download-output": "taken.txt" }, "Input 'download-output': taken.txt is a file; give a folder"],
    ["a boolean that is no boolean", { wait: "yes" }, "Input 'wait' must be true or false, got 'yes'"],
  ];
  for (const [what, inputs, message] of cases) {
    it(`${what}: fails with one line and pushes nothing`, async () => {
      const files = runnerFiles();
      fs.cpSync(path.join(repoRoot, "demo", "kernel"), path.join(files.workspace, "kernel"), { recursive: true });
      writeTemp(files.workspace, "taken.txt", "x");
      const before = versions();
      const step = await runBundleStep("kernel-push", { files, env, inputs: { path: "kernel", ...inputs } });
      assertFailedWith(step, message);
      assert.equal(versions(), before, "no version was pushed");
    });
  }
});
