#!/usr/bin/env node
// Builds one ncc bundle per entry point into dist/<entry>/index.js: the CLI, the emulator and
// every action under src/actions/<name>/index.ts. `node scripts/build.mjs cli` builds one.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const entries = ["cli", "emulator"];
const actionsDir = path.join(root, "src", "actions");
if (fs.existsSync(actionsDir)) {
  for (const name of fs.readdirSync(actionsDir).sort()) {
    if (fs.existsSync(path.join(actionsDir, name, "index.ts"))) entries.push(name);
  }
}
const wanted = process.argv.slice(2);
const ncc = path.join(root, "node_modules", "@vercel", "ncc", "dist", "ncc", "cli.js");
for (const entry of entries) {
  if (wanted.length && !wanted.includes(entry)) continue;
  const source = ["cli", "emulator"].includes(entry) ? `src/${entry}/index.ts` : `src/actions/${entry}/index.ts`;
  const out = path.join("dist", entry);
  fs.rmSync(path.join(root, out), { recursive: true, force: true });
  execFileSync(process.execPath, [ncc, "build", source, "-o", out, "--minify", "--transpile-only", "--target", "es2022", "--quiet"], {
    cwd: root,
    stdio: "inherit",
  });
  const main = path.join(root, out, "index.js");
  if (entry === "cli" || entry === "emulator") {
    const text = fs.readFileSync(main, "utf8");
    if (!text.startsWith("#!")) fs.writeFileSync(main, `#!/usr/bin/env node\n${text}`);
    fs.chmodSync(main, 0o755);
  }
  console.log(`built ${out}/index.js (${(fs.statSync(main).size / 1024).toFixed(0)} KiB)`);
}
