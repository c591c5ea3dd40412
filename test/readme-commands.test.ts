/**
 * The README's other commands, taken from the README itself and run: the version line, the
 * library example against the emulator, the emulator's start line and the benchmarks (a small
 * run). The demo and test lines at the top, and `npm run typecheck|lint|format:check|build|test`,
 * are what `.ci/run` runs; the emulator quick-start is readme-quickstart.test.ts.
 */
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, test } from "node:test";
import { repoRoot, runBundle } from "./helpers/cli";
import { useEmulator } from "./helpers/emulator";

const readme = fs.readFileSync(path.join(repoRoot, "README.md"), "utf8");
const blocks = [...readme.matchAll(/^```(\w*)\n([\s\S]*?)^```/gm)].map((m) => ({ lang: m[1]!, body: m[2]! }));

/** The first line of a README code block that starts with `prefix`, without its comment. */
function line(prefix: string): string {
  for (const b of blocks) {
    const found = b.body.split("\n").find((l) => l.startsWith(prefix));
    if (found) return found.replace(/\s+#.*$/, "").trim();
  }
  assert.fail(`the README shows no line starting with '${prefix}'`);
}

function run(argv: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, argv, {
      cwd: repoRoot,
      env: { PATH: process.env.PATH, HOME: os.tmpdir(), ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

describe("the README's commands", () => {
  const emu = useEmulator({ scenario: "demo" });

  test("node dist/cli/index.js --version prints the version line", async () => {
    const argv = line("node dist/cli/index.js --version").split(/\s+/).slice(1);
    const r = await run(argv);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^Kaggle CLI \d+\.\d+\.\d+ \(kaggle-actions\)\n$/);
  });

  test("the library example runs against the emulator as written", async () => {
    const example = blocks.find((b) => b.lang === "js" && b.body.includes('from "kaggle-actions"'));
    assert.ok(example, "the README has the library example");
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "readme-lib-"));
    const file = path.join(dir, "example.mjs");
    // As installed, "kaggle-actions" resolves to dist/lib (package.json exports).
    const lib = pathToFileURL(path.join(repoRoot, "dist/lib/index.js")).href;
    fs.writeFileSync(file, example.body.replace('from "kaggle-actions"', `from ${JSON.stringify(lib)}`));
    const r = await run([file], emu.env);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /spaceship-survival/);
    assert.match(r.stdout, /^not found: 404$/m);
  });

  test("the emulator's start line prints the variables the README lists", async () => {
    const argv = [...line("node dist/emulator/index.js --scenario demo").split(/\s+/).slice(1), "--port", "0"];
    const child = spawn(process.execPath, argv, { cwd: repoRoot, env: { PATH: process.env.PATH }, stdio: ["ignore", "pipe", "pipe"] });
    try {
      let out = "";
      await new Promise<void>((resolve, reject) => {
        child.stdout.on("data", (d: Buffer) => {
          out += d.toString();
          if (/^KAGGLE_API_TOKEN=/m.test(out)) resolve();
        });
        child.on("exit", (code) => reject(new Error(`the emulator exited (${code}) before printing its variables: ${out}`)));
      });
      for (const name of ["KAGGLE_API_ENDPOINT", "KAGGLE_USERNAME", "KAGGLE_KEY", "KAGGLE_API_TOKEN"]) {
        assert.match(out, new RegExp(`^${name}=\\S+`, "m"), `${name} is printed`);
      }
      const endpoint = /^KAGGLE_API_ENDPOINT=(\S+)/m.exec(out)![1]!;
      const listed = await runBundle("cli", ["competitions", "list", "-v"], {
        env: {
          HOME: fs.mkdtempSync(path.join(os.tmpdir(), "readme-emu-")),
          KAGGLE_API_ENDPOINT: endpoint,
          KAGGLE_USERNAME: "alice",
          KAGGLE_KEY: /^KAGGLE_KEY=(\S+)/m.exec(out)![1]!,
        },
      });
      assert.equal(listed.code, 0, listed.stderr);
      assert.match(listed.stdout, /spaceship-survival/);
    } finally {
      child.kill();
    }
  });

  test("npm run bench runs every benchmark (a small run)", { timeout: 240_000 }, async () => {
    assert.match(line("npm run bench"), /^npm run bench$/);
    const r = await run([path.join(repoRoot, "bench/run.mjs"), "--size", "1M", "--files", "10", "--outputs", "5", "--runs", "1", "--cold", "no"]);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /=== compare\.mjs ===/);
    assert.match(r.stdout, /=== emulator\.mjs ===/);
    assert.match(r.stdout, /our peak RSS over all cases: [\d.]+ MiB/);
  });
});
