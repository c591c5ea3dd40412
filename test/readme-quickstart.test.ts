/**
 * The README's emulator quick-start, run as a user pastes it: its own lines, in bash, in an empty
 * folder beside the committed bundles, with no Kaggle variables set. The next CLI command must
 * reach the emulator.
 */
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { repoRoot } from "./helpers/cli";

/** The first `sh` block of "## Using the emulator" that runs a CLI command. */
function quickStart(readme: string): string {
  const section = readme.split(/^## /m).find((s) => s.startsWith("Using the emulator"));
  assert.ok(section, "README has a 'Using the emulator' section");
  const blocks = [...section.matchAll(/^```sh\n([\s\S]*?)^```/gm)].map((m) => m[1]!);
  const block = blocks.find((b) => /(dist\/cli\/index\.js|^kaggle) competitions/m.test(b));
  assert.ok(block, "the section has a block that runs a CLI command");
  return block;
}

function which(name: string): boolean {
  return (process.env.PATH ?? "").split(path.delimiter).some((d) => d && fs.existsSync(path.join(d, name)));
}

test(
  "the README's emulator quick-start, pasted into bash, lets the next command reach the emulator",
  { skip: !which("bash") && "no bash", timeout: 60_000 },
  async () => {
    const script = quickStart(fs.readFileSync(path.join(repoRoot, "README.md"), "utf8"));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "quickstart-"));
    const home = path.join(dir, "home");
    const bin = path.join(dir, "bin");
    fs.mkdirSync(home);
    fs.mkdirSync(bin);
    fs.symlinkSync(path.join(repoRoot, "dist"), path.join(dir, "dist"));
    // `kaggle` and `kaggle-emulator` as `npm link` would put them on PATH.
    for (const [name, bundle] of [
      ["kaggle", "cli"],
      ["kaggle-emulator", "emulator"],
    ] as const) {
      fs.writeFileSync(path.join(bin, name), `#!/bin/sh\nexec "${process.execPath}" "${path.join(repoRoot, "dist", bundle, "index.js")}" "$@"\n`, {
        mode: 0o755,
      });
    }
    const out = fs.openSync(path.join(dir, "out.txt"), "w");
    const err = fs.openSync(path.join(dir, "err.txt"), "w");
    // Output goes to files, not pipes: a background process left running must not hold the test open.
    const child = spawn("bash", ["-c", script], {
      cwd: dir,
      env: { PATH: `${bin}${path.delimiter}${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH ?? ""}`, HOME: home },
      stdio: ["ignore", out, err],
      detached: true,
    });
    try {
      const code = await new Promise<number | null>((resolve, reject) => {
        child.on("error", reject);
        child.on("exit", (c) => resolve(c));
      });
      const stdout = fs.readFileSync(path.join(dir, "out.txt"), "utf8");
      const stderr = fs.readFileSync(path.join(dir, "err.txt"), "utf8");
      assert.equal(code, 0, `exit ${code}\n${stdout}\n${stderr}`);
      assert.match(stdout, /competitions\/spaceship-survival/, stderr);
    } finally {
      fs.closeSync(out);
      fs.closeSync(err);
      try {
        process.kill(-child.pid!, "SIGTERM");
      } catch {
        // the whole group has already exited
      }
    }
  },
);
