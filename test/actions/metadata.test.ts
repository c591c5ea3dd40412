/**
 * Keeps every action.yml and README in step with the one-place declarations in
 * src/actions/<name>/spec.ts, and the code reading inputs only through them.
 */
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import YAML from "yaml";
import { SHARED_INPUTS, CREDENTIAL_INPUTS } from "../../src/actions/common/shared-inputs";
import { specs } from "../../src/actions/specs";
import { repoRoot } from "./harness";

const read = (...p: string[]) => fs.readFileSync(path.join(repoRoot, ...p), "utf8");

interface ActionYml {
  name: string;
  description: string;
  branding?: unknown;
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string; post?: string };
}

function checkYml(yml: ActionYml, spec: (typeof specs)[number]): void {
  assert.deepEqual(Object.keys(yml.inputs ?? {}), Object.keys(spec.inputs), `${spec.name}: declared inputs`);
  for (const [name, i] of Object.entries(spec.inputs)) {
    const y = yml.inputs[name]!;
    assert.equal(y.description, i.description, `${spec.name}.${name} description`);
    assert.equal(!!y.required, !!i.required, `${spec.name}.${name} required`);
    assert.equal(y.default, i.default, `${spec.name}.${name} default`);
  }
  assert.deepEqual(Object.fromEntries(Object.entries(yml.outputs ?? {}).map(([k, v]) => [k, v.description])), spec.outputs, `${spec.name}: outputs`);
  assert.equal(yml.runs.using, "node24");
}

function tableRows(readme: string, marker: string): string[][] {
  const m = new RegExp(`<!-- ${marker} -->([\\s\\S]*?)<!-- /${marker} -->`).exec(readme);
  assert.ok(m, `README has a ${marker} table`);
  return m[1]!
    .trim()
    .split("\n")
    .slice(2)
    .map((line) =>
      line
        .replace(/^\|\s?|\s?\|$/g, "")
        .split(/(?<!\\)\|/)
        .map((c) => c.trim().replace(/\\\|/g, "|")),
    );
}

const unquote = (c: string) => c.replace(/^`|`$/g, "");

describe("action metadata", () => {
  for (const spec of specs) {
    it(`${spec.name}/action.yml declares exactly what src/actions/${spec.name}/spec.ts reads`, () => {
      assert.deepEqual(fs.readdirSync(path.join(repoRoot, spec.name)).sort(), ["README.md", "action.yml"], "only action.yml and README.md");
      const yml = YAML.parse(read(spec.name, "action.yml")) as ActionYml;
      checkYml(yml, spec);
      assert.equal(yml.name, spec.title);
      assert.equal(yml.runs.main, `../dist/${spec.name}/index.js`);
      if (spec.name === "setup") assert.equal(yml.runs.post, "../dist/setup-post/index.js");
      else assert.equal(yml.runs.post, undefined);
    });

    it(`${spec.name}/README.md tables equal action.yml`, () => {
      const readme = read(spec.name, "README.md");
      const inputs = tableRows(readme, "inputs");
      assert.deepEqual(
        inputs.map((r) => [unquote(r[0]!), r[1] === "yes", r[2] ? unquote(r[2]) : undefined, r[3]]),
        Object.entries(spec.inputs).map(([n, i]) => [n, !!i.required, i.default, i.description]),
      );
      const outputs = tableRows(readme, "outputs");
      assert.deepEqual(
        outputs.map((r) => [unquote(r[0]!), r[1]]),
        Object.entries(spec.outputs),
      );
      assert.match(readme, /```yaml[\s\S]*uses: [^\s]+\/kaggle-actions\/[a-z-]+@v1|```yaml[\s\S]*uses: /, "a workflow example");
    });

    it(`${spec.name}: shared inputs mean the same as everywhere else`, () => {
      for (const [name, shared] of Object.entries(SHARED_INPUTS)) {
        const i = spec.inputs[name];
        if (!i) continue;
        assert.equal(i.description, shared.description, `${spec.name}.${name}`);
        assert.equal(i.kind, shared.kind, `${spec.name}.${name} kind`);
        assert.equal(i.secret, shared.secret, `${spec.name}.${name} secret`);
      }
      for (const name of Object.keys(CREDENTIAL_INPUTS)) assert.ok(spec.inputs[name], `${spec.name} accepts '${name}'`);
    });

    it(`${spec.name}: two-line entry point, run() through its spec`, () => {
      const index = read("src", "actions", spec.name, "index.ts").trim().split("\n");
      assert.deepEqual(index, ['import { run } from "./main";', "void run();"]);
      const main = read("src", "actions", spec.name, "main.ts");
      assert.match(main, /import \{ spec \} from "\.\/spec";/);
      assert.match(main, /runAction\(spec, /);
    });
  }

  it("the root action.yml is setup, with branding, for the Marketplace", () => {
    const root = YAML.parse(read("action.yml")) as ActionYml;
    const setup = specs.find((s) => s.name === "setup")!;
    checkYml(root, setup);
    assert.ok(root.branding);
    assert.equal(root.runs.main, "dist/setup/index.js");
    assert.equal(root.runs.post, "dist/setup-post/index.js");
  });

  it("no action code reads an input except through its declaration", () => {
    const dir = path.join(repoRoot, "src", "actions");
    const offenders: string[] = [];
    const declared = new Set(specs.flatMap((s) => Object.keys(s.inputs)));
    for (const sub of fs.readdirSync(dir)) {
      const folder = path.join(dir, sub);
      if (!fs.statSync(folder).isDirectory()) continue;
      for (const file of fs.readdirSync(folder).filter((f) => f.endsWith(".ts"))) {
        const rel = `${sub}/${file}`;
        const text = fs.readFileSync(path.join(folder, file), "utf8");
        if (rel !== "common/inputs.ts" && /\bget(Boolean|Multiline)?Input\(/.test(text)) offenders.push(rel);
        for (const m of text.matchAll(/INPUT_([A-Z-]+)/g)) {
          if (!declared.has(m[1]!.toLowerCase())) offenders.push(`${rel}: INPUT_${m[1]}`);
        }
      }
    }
    assert.deepEqual(offenders, []);
  });
});
