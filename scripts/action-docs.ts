#!/usr/bin/env -S npx tsx
/**
 * Writes each sub-action's action.yml (and the root action.yml, which is setup) from its spec
 * in src/actions/<name>/spec.ts, and refreshes the inputs/outputs tables between the
 * `<!-- inputs -->`/`<!-- outputs -->` markers of its README. Run: npx tsx scripts/action-docs.ts
 * (test/actions/metadata.test.ts fails when a file is out of step with its spec).
 */
import fs from "node:fs";
import path from "node:path";
import YAML from "yaml";
import { specs } from "../src/actions/specs";
import type { ActionSpec } from "../src/actions/common/spec";

const root = path.resolve(import.meta.dirname, "..");

export function actionYaml(spec: ActionSpec, opts: { root?: boolean } = {}): string {
  const prefix = opts.root ? "dist" : "../dist";
  const doc: Record<string, unknown> = {
    name: opts.root ? "Kaggle Actions" : spec.title,
    description: spec.description,
    author: "kaggle-actions",
  };
  if (opts.root) doc.branding = { icon: "bar-chart-2", color: "blue" };
  doc.inputs = Object.fromEntries(
    Object.entries(spec.inputs).map(([name, i]) => [
      name,
      { description: i.description, required: !!i.required, ...(i.default !== undefined ? { default: i.default } : {}) },
    ]),
  );
  doc.outputs = Object.fromEntries(Object.entries(spec.outputs).map(([name, description]) => [name, { description }]));
  doc.runs = {
    using: "node24",
    main: `${prefix}/${spec.name}/index.js`,
    ...(spec.name === "setup" ? { post: `${prefix}/setup-post/index.js` } : {}),
  };
  const header = `# Generated from src/actions/${spec.name}/spec.ts by scripts/action-docs.ts; edit the spec, not this file.\n`;
  return header + YAML.stringify(doc, { lineWidth: 0 });
}

const esc = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

export function inputsTable(spec: ActionSpec): string {
  const rows = Object.entries(spec.inputs).map(
    ([name, i]) =>
      `| \`${name}\` | ${i.required ? "yes" : "no"} | ${i.default !== undefined ? `\`${esc(i.default)}\`` : ""} | ${esc(i.description)} |`,
  );
  return ["| Input | Required | Default | Description |", "| --- | --- | --- | --- |", ...rows].join("\n");
}

export function outputsTable(spec: ActionSpec): string {
  const rows = Object.entries(spec.outputs).map(([name, d]) => `| \`${name}\` | ${esc(d)} |`);
  return ["| Output | Description |", "| --- | --- |", ...rows].join("\n");
}

function replaceBlock(text: string, marker: string, body: string): string {
  const re = new RegExp(`<!-- ${marker} -->[\\s\\S]*?<!-- /${marker} -->`);
  if (!re.test(text)) throw new Error(`README lacks <!-- ${marker} --> ... <!-- /${marker} -->`);
  return text.replace(re, `<!-- ${marker} -->\n${body}\n<!-- /${marker} -->`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  for (const spec of specs) {
    const dir = path.join(root, spec.name);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, "action.yml"), actionYaml(spec));
    if (spec.name === "setup") fs.writeFileSync(path.join(root, "action.yml"), actionYaml(spec, { root: true }));
    const readme = path.join(dir, "README.md");
    if (fs.existsSync(readme)) {
      let text = fs.readFileSync(readme, "utf8");
      text = replaceBlock(text, "inputs", inputsTable(spec));
      text = replaceBlock(text, "outputs", outputsTable(spec));
      fs.writeFileSync(readme, text);
    }
    console.log(`wrote ${spec.name}/action.yml${fs.existsSync(readme) ? " and README tables" : ""}`);
  }
}
