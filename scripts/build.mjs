#!/usr/bin/env node
// Builds dist/ with esbuild, as ES modules for Node 20+:
//   dist/cli/       the `kaggle` CLI: index.js plus lazily loaded chunks (setup copies this folder)
//   dist/emulator/  the `kaggle-emulator` server
//   dist/lib/       the client as a library (package.json `exports`)
//   dist/<action>/  one small entry per action under src/actions/<name>/index.ts, sharing the code
//                   they have in common through dist/_actions/ (the core is bundled once)
// Source maps are linked, without sources; chunks made only of dependencies get none.
// `node scripts/build.mjs cli` builds one part (cli, emulator, lib or actions).
import fs from "node:fs";
import path from "node:path";
import { build } from "esbuild";

const root = path.resolve(import.meta.dirname, "..");
const dist = path.join(root, "dist");
const actionsDir = path.join(root, "src", "actions");

const actionNames = fs
  .readdirSync(actionsDir)
  .filter((name) => fs.existsSync(path.join(actionsDir, name, "index.ts")))
  .sort();

// CommonJS dependencies bundled into an ES module still call require() for Node's built-ins.
const banner = `import { createRequire as __kaCreateRequire } from "node:module"; const require = __kaCreateRequire(import.meta.url);`;

const common = {
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  splitting: true,
  minify: true,
  sourcemap: "linked",
  sourcesContent: false,
  legalComments: "none",
  banner: { js: banner },
  logLevel: "warning",
  absWorkingDir: root,
};

const parts = {
  cli: {
    entryPoints: { index: "src/cli/index.ts" },
    outdir: path.join(dist, "cli"),
    chunkNames: "chunks/[name]-[hash]",
  },
  emulator: {
    // The worker that hashes large files is a file of its own, in chunks/ beside the shared chunk
    // that starts it (digests.ts finds it next to itself, there as in src/).
    entryPoints: { index: "src/emulator/index.ts", "chunks/digest-worker": "src/emulator/storage/digest-worker.ts" },
    outdir: path.join(dist, "emulator"),
    chunkNames: "chunks/[name]-[hash]",
  },
  lib: {
    // A library leaves its dependencies to the installer.
    entryPoints: { index: "src/core/index.ts" },
    packages: "external",
    outdir: path.join(dist, "lib"),
    chunkNames: "chunks/[name]-[hash]",
  },
  actions: {
    entryPoints: Object.fromEntries(actionNames.map((name) => [`${name}/index`, `src/actions/${name}/index.ts`])),
    outdir: dist,
    chunkNames: "_actions/[name]-[hash]",
  },
};

const wanted = process.argv.slice(2);
for (const name of wanted) if (!(name in parts)) throw new Error(`unknown part '${name}' (${Object.keys(parts).join(", ")})`);
const selected = wanted.length ? wanted : Object.keys(parts);

// A map of a chunk made only of dependencies points into node_modules, which a checkout of the
// action or an installed CLI does not have (and the maps carry no sources): it would only weigh.
function dropVendorMaps(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith(".js.map")) continue;
    const mapFile = path.join(entry.parentPath, entry.name);
    const { sources } = JSON.parse(fs.readFileSync(mapFile, "utf8"));
    if (!sources.length || !sources.every((s) => s.includes("node_modules/"))) continue;
    fs.rmSync(mapFile);
    const jsFile = mapFile.slice(0, -".map".length);
    const js = fs.readFileSync(jsFile, "utf8");
    fs.writeFileSync(jsFile, js.replace(/\n\/\/# sourceMappingURL=[^\n]*\n?$/, "\n"));
  }
}

for (const name of selected) {
  const folders = name === "actions" ? [...actionNames, "_actions"] : [name];
  for (const folder of folders) fs.rmSync(path.join(dist, folder), { recursive: true, force: true });
  await build({ ...common, ...parts[name] });
  for (const folder of folders) dropVendorMaps(path.join(dist, folder));
}
if (!wanted.length) {
  // Nothing but what this build wrote: folders of removed actions go too.
  const expected = new Set(["cli", "emulator", "lib", "_actions", ...actionNames]);
  for (const entry of fs.readdirSync(dist)) if (!expected.has(entry)) fs.rmSync(path.join(dist, entry), { recursive: true, force: true });
}
for (const bin of ["cli", "emulator"]) {
  const file = path.join(dist, bin, "index.js");
  if (fs.existsSync(file)) fs.chmodSync(file, 0o755);
}
const size = (dir) =>
  fs
    .readdirSync(dir, { withFileTypes: true })
    .reduce((n, e) => n + (e.isDirectory() ? size(path.join(dir, e.name)) : fs.statSync(path.join(dir, e.name)).size), 0);
console.log(`built dist/ (${(size(dist) / 1024 / 1024).toFixed(1)} MiB)`);
