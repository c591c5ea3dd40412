/**
 * `datasets create/version --ignore-patterns` and the default ignore patterns: `.git/` and the
 * other VCS and cache folders are never uploaded, and a warning names what was left out.
 */
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { DEFAULT_IGNORE_PATTERNS, ignoreRules, splitPatterns } from "../../src/core/ignore";
import { useEmulator } from "../helpers/emulator";
import { runCli } from "../helpers/cli";

const kaggle = (...argv: string[]) => runCli(argv, { env });

const emu = useEmulator({}, async () => {
  emu.state.datasets.processingDelayMs = 0;
});
const env = emu.env;

function folder(slug: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kaggle-ignore-"));
  const put = (rel: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  };
  put("dataset-metadata.json", JSON.stringify({ title: `Ignore test ${slug}`, id: `alice/${slug}`, licenses: [{ name: "CC0-1.0" }] }));
  put("data.csv", "a\n1\n");
  put("notes.tmp", "scratch\n");
  put(".git/config", "token\n");
  put(".huggingface/token", "hf\n");
  put("images/a.png", "png\n");
  put("images/.git/HEAD", "x\n");
  return dir;
}

const uploaded = (slug: string) =>
  emu.state.datasets.datasets
    .find((d) => d.slug === slug)!
    .versions.at(-1)!
    .files.map((f) => f.name)
    .sort();

test("create leaves out the default-ignored folders and the --ignore-patterns, and warns on stderr, -q or not", async () => {
  const dir = folder("ignore-create");
  const r = await kaggle("datasets", "create", "-p", dir, "-r", "zip", "--ignore-patterns", "*.tmp", "-q");
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.deepEqual(uploaded("ignore-create"), ["data.csv", "images.zip"]);
  assert.equal(r.stderr, "Warning: not uploaded (ignore patterns): .git/, .huggingface/, images/.git/, notes.tmp\n");
});

test("version takes the flag repeated or comma-separated; a folder pattern ends in /", async () => {
  const dir = folder("ignore-version");
  assert.equal((await kaggle("datasets", "create", "-p", dir, "-q")).code, 0);
  const r = await kaggle(
    "datasets",
    "version",
    "-p",
    dir,
    "-m",
    "v2",
    "-r",
    "tar",
    "--ignore-patterns",
    "*.tmp,images/",
    "--ignore-patterns",
    "*.md",
  );
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.deepEqual(uploaded("ignore-version"), ["data.csv"]);
  assert.match(r.stderr, /^Warning: not uploaded \(ignore patterns\): \.git\/, \.huggingface\/, images\/, notes\.tmp\n/);
  assert.ok(!r.stdout.includes("Skipping folder"), r.stdout);
});

test("the matcher: fnmatch wildcards on relative paths, as kagglehub matches them", () => {
  const rules = ignoreRules(splitPatterns("*.log,\nraw/, data/??.csv, [!a]*.bak"));
  assert.deepEqual(rules.patterns.slice(0, DEFAULT_IGNORE_PATTERNS.length), DEFAULT_IGNORE_PATTERNS);
  const cases: [string, boolean, boolean][] = [
    [".git", true, true],
    ["sub/deeper/.git", true, true],
    [".gitignore", false, false],
    [".git/config", false, true],
    [".cache", true, true],
    ["sub/.cache", true, false],
    ["x.log", false, true],
    ["sub/x.log", false, true], // `*` also matches `/`
    ["raw", true, true],
    ["raw/a.csv", false, true],
    ["rawer", true, false],
    ["data/01.csv", false, true],
    ["data/001.csv", false, false],
    ["b.bak", false, true],
    ["a.bak", false, false],
  ];
  for (const [rel, isDir, want] of cases) assert.equal(rules.ignores(rel, isDir), want, `${rel}${isDir ? "/" : ""}`);
  assert.equal(ignoreRules([], { defaults: false }).ignores(".git", true), false);
});
