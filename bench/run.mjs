#!/usr/bin/env node
// Runs every benchmark in bench/ one after the other (npm run bench). Arguments starting with
// `--` (and their values) go to every benchmark; others select benchmarks by file-name prefix.
//
//   npm run bench                          everything, 1 GiB files
//   npm run bench -- --size 256M           smaller big files
//   npm run bench -- emulator              only bench/emulator.mjs
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const dir = import.meta.dirname;
const only = [];
const flags = [];
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  if (!argv[i].startsWith("--")) only.push(argv[i]);
  else flags.push(argv[i], ...(argv[i].includes("=") || i + 1 >= argv.length ? [] : [argv[++i]]));
}
for (const file of fs.readdirSync(dir).sort()) {
  if (!file.endsWith(".mjs") || ["run.mjs", "common.mjs"].includes(file)) continue;
  if (only.length && !only.some((o) => file.startsWith(o))) continue;
  console.log(`\n=== ${file} ===`);
  const res = spawnSync(process.execPath, [path.join(dir, file), ...flags], { stdio: "inherit" });
  if (res.status !== 0) process.exitCode = 1;
}
