/**
 * Installs the bundled `kaggle` CLI (dist/cli) into the runner's tool cache, with a `kaggle`
 * launcher that runs it on the Node that runs this action, and puts it on PATH.
 */
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import * as core from "@actions/core";
import { VERSION } from "../../core/version";

export const CLI_TOOL_NAME = "kaggle-actions-cli";

/** The folder holding the CLI bundle, looked for next to this code (bundled or not). */
export function bundledCliDir(from = path.dirname(fileURLToPath(import.meta.url))): string {
  let dir = from;
  for (let i = 0; i < 6; i++) {
    for (const candidate of [path.join(dir, "cli"), path.join(dir, "dist", "cli")]) {
      if (fs.existsSync(path.join(candidate, "index.js"))) return candidate;
    }
    dir = path.dirname(dir);
  }
  throw new Error(`The bundled kaggle CLI (dist/cli/index.js) was not found near ${from}; run 'npm run build cli'`);
}

function launchers(node: string): Record<string, string> {
  return {
    kaggle: `#!/bin/sh\nNODE="${node}"\n[ -x "$NODE" ] || NODE=node\nexec "$NODE" "\${0%/*}/index.js" "$@"\n`,
    "kaggle.cmd": `@echo off\r\n"${node}" "%~dp0index.js" %*\r\n`,
  };
}

/** Copies the CLI with its launchers into a staging folder. */
export function stageCli(source: string, tempRoot: string): string {
  const stage = fs.mkdtempSync(path.join(tempRoot, "kaggle-cli-"));
  fs.cpSync(source, stage, { recursive: true });
  // The bundle is an ES module; outside this repository nothing else says so.
  fs.writeFileSync(path.join(stage, "package.json"), '{ "type": "module" }\n');
  for (const [name, text] of Object.entries(launchers(process.execPath))) {
    fs.writeFileSync(path.join(stage, name), text, { mode: 0o755 });
  }
  return stage;
}

export interface CliInstall {
  dir: string;
  version: string;
}

export async function installCli(tempRoot: string): Promise<CliInstall> {
  const stage = stageCli(bundledCliDir(), tempRoot);
  let dir = stage;
  if (process.env.RUNNER_TOOL_CACHE) {
    const tc = await import("@actions/tool-cache");
    dir = await tc.cacheDir(stage, CLI_TOOL_NAME, VERSION);
    fs.rmSync(stage, { recursive: true, force: true });
  } else {
    core.debug("RUNNER_TOOL_CACHE is not set; the CLI stays in its staging folder");
  }
  core.addPath(dir);
  const launcher = path.join(dir, process.platform === "win32" ? "kaggle.cmd" : "kaggle");
  const { stdout } = await promisify(execFile)(launcher, ["--version"], {
    env: { ...process.env, KAGGLE_API_TOKEN: "", KAGGLE_KEY: "" },
    timeout: 30_000,
    shell: process.platform === "win32",
  });
  const version = /(\d+\.\d+\.\d+[\w.+-]*)/.exec(stdout)?.[1] ?? stdout.trim();
  return { dir, version };
}

export function tempRoot(): string {
  return process.env.RUNNER_TEMP || os.tmpdir();
}
