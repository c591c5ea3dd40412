/** The client is usable as a library: the package's own name resolves to dist/lib, and nothing else loads. */
import assert from "node:assert/strict";
import { execFile, execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { test } from "node:test";
import { useEmulator } from "../helpers/emulator";
import { VERSION } from "../../src/core/version";

const repoRoot = path.resolve(import.meta.dirname, "../..");

test('import { KaggleClient } from "kaggle-actions" works from the committed bundle', () => {
  const script = `
    import { KaggleClient, NotFoundError, VERSION, Services } from "kaggle-actions";
    const client = new KaggleClient({ host: { env: { KAGGLE_USERNAME: "u", KAGGLE_KEY: "k" }, home: "/nonexistent", platform: "linux" } });
    console.log(JSON.stringify({ client: typeof client.competitions.list, error: typeof NotFoundError, VERSION, services: typeof Services }));
  `;
  const out = execFileSync(process.execPath, ["--input-type=module", "-e", script], { cwd: repoRoot, encoding: "utf8" });
  assert.deepEqual(JSON.parse(out), { client: "function", error: "function", VERSION, services: "object" });
});

test("package.json's version is the one in src/core/version.ts", () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, "package.json"), "utf8")) as { version: string };
  assert.equal(pkg.version, VERSION);
});

test("the library bundle carries no CLI, action or emulator code", () => {
  const dir = path.join(repoRoot, "dist", "lib");
  const text = fs
    .readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".js"))
    .map((f) => fs.readFileSync(path.join(dir, f), "utf8"))
    .join("\n");
  assert.doesNotMatch(text, /@actions\/core|kaggle-emulator|GITHUB_OUTPUT/);
});

const emu = useEmulator();

test("the README's library example runs against the emulator as written", async () => {
  const readme = fs.readFileSync(path.join(repoRoot, "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("## As a library"));
  const code = /```js\n([\s\S]*?)```/.exec(section)?.[1];
  assert.ok(code, "README.md has a js block under 'As a library'");
  const env = {
    PATH: process.env.PATH,
    HOME: fs.mkdtempSync(path.join(os.tmpdir(), "kaggle-lib-")),
    KAGGLE_API_ENDPOINT: emu.url,
    KAGGLE_USERNAME: emu.credentials.username,
    KAGGLE_KEY: emu.credentials.key,
  };
  // Asynchronously: the emulator answering the child runs in this process.
  const { stdout } = await promisify(execFile)(process.execPath, ["--input-type=module", "-e", code], {
    cwd: repoRoot,
    encoding: "utf8",
    env,
    timeout: 60_000,
  });
  assert.equal(stdout, "https://www.kaggle.com/competitions/spaceship-survival\nnot found: 404\n");
});
