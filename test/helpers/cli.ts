/**
 * Runs the CLI in-process with a given environment and captured output, or the committed
 * bundle as a child process, the way a user's shell would.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { main } from "../../src/cli/main";
import { CliContext } from "../../src/cli/context";
import { KaggleClient } from "../../src/core/client";
import type { Clock } from "../../src/core/env";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

class Capture {
  text = "";
  isTTY = false;
  columns = 100;
  write(chunk: string | Uint8Array): boolean {
    this.text += typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8");
    return true;
  }
}

/** A fresh, empty home folder for one test (no kaggle.json, no tokens). */
export function tempHome(prefix = "kaggle-home-"): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export interface CliEnv {
  env?: Record<string, string | undefined>;
  home?: string;
  /** A clock for the client (retry waits and polls), e.g. a FakeClock. */
  clock?: Clock;
  /** What the command reads on standard input (prompts), in-process only. */
  stdin?: string;
}

/**
 * Runs `kaggle <argv>` as users do: the committed bundle `dist/cli/index.js` as a child process,
 * with only the given environment (plus PATH) and a fresh home. A test that must inject a clock
 * runs the CLI in this process instead (the bundle cannot take one).
 */
export async function runCli(argv: string[], opts: CliEnv = {}): Promise<CliRun> {
  if (opts.clock) return runCliInProcess(argv, opts);
  const home = opts.home ?? tempHome();
  return runBundle("cli", argv, { env: { HOME: home, ...opts.env }, cwd: process.cwd() });
}

/** Runs `kaggle <argv>` in this process, for tests that inject a clock or standard input. */
export async function runCliInProcess(argv: string[], opts: CliEnv = {}): Promise<CliRun> {
  const stdout = new Capture();
  const stderr = new Capture();
  const home = opts.home ?? tempHome();
  const code = await main(argv, {
    host: { env: { ...opts.env }, home, platform: "linux" },
    streams: {
      stdout: stdout as unknown as NodeJS.WriteStream,
      stderr: stderr as unknown as NodeJS.WriteStream,
      stdin: Readable.from(opts.stdin === undefined ? [] : [opts.stdin]),
    },
    ...(opts.clock
      ? {
          context: (host, streams) =>
            new CliContext(host, streams, {
              clientFactory: (ctx) => new KaggleClient({ host: ctx.host, logger: ctx.logger, clock: opts.clock! }),
            }),
        }
      : {}),
  });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

export const repoRoot = path.resolve(import.meta.dirname, "../..");

/** Runs a committed bundle (`dist/<name>/index.js`) as a child process with Node 24. */
export function runBundle(
  name: string,
  argv: string[],
  opts: { env?: Record<string, string | undefined>; cwd?: string; input?: string } = {},
): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(repoRoot, "dist", name, "index.js"), ...argv], {
      cwd: opts.cwd ?? repoRoot,
      env: { PATH: process.env.PATH, ...opts.env } as NodeJS.ProcessEnv,
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? -1, stdout, stderr }));
    // A child that exits before reading its input closes the pipe: that is not the test's failure.
    child.stdin.on("error", () => {});
    child.stdin.end(opts.input ?? "");
  });
}
