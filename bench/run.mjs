#!/usr/bin/env node
// Runs every benchmark in bench/ one after the other (npm run bench).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const dir = import.meta.dirname;
const only = process.argv.slice(2);
for (const file of fs.readdirSync(dir).sort()) {
  if (!file.endsWith(".mjs") || ["run.mjs", "common.mjs"].includes(file)) continue;
  if (only.length && !only.some((o) => file.startsWith(o))) continue;
  console.log(`\n=== ${file} ===`);
  const res = spawnSync(process.execPath, [path.join(dir, file)], { stdio: "inherit" });
  if (res.status !== 0) process.exitCode = 1;
}
