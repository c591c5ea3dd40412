/**
 * Runs an action the way the runner does: `INPUT_*` variables, `GITHUB_OUTPUT`,
 * `GITHUB_STEP_SUMMARY`, `GITHUB_ENV`, `GITHUB_PATH`, `GITHUB_STATE` and `RUNNER_TEMP` as temp
 * files and folders, then reads them back. In process (the action's `run()`, with
 * `process.env` swapped and restored, and the step log captured) or as a child process of a
 * committed bundle.
 */
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export const repoRoot = path.resolve(import.meta.dirname, "../..");

export interface RunnerFiles {
  root: string;
  output: string;
  summary: string;
  env: string;
  path: string;
  state: string;
  temp: string;
  toolCache: string;
  workspace: string;
  event: string;
  home: string;
}

export function runnerFiles(): RunnerFiles {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "kaggle-action-test-"));
  const f = (name: string) => path.join(root, name);
  const files: RunnerFiles = {
    root,
    output: f("output"),
    summary: f("summary.md"),
    env: f("env"),
    path: f("path"),
    state: f("state"),
    temp: f("runner-temp"),
    toolCache: f("tool-cache"),
    workspace: f("workspace"),
    event: f("event.json"),
    home: f("home"),
  };
  for (const file of [files.output, files.summary, files.env, files.path, files.state]) fs.writeFileSync(file, "");
  for (const dir of [files.temp, files.toolCache, files.workspace, files.home]) fs.mkdirSync(dir);
  return files;
}

export interface StepOptions {
  inputs?: Record<string, string>;
  /** Extra environment (KAGGLE_*, GITHUB_* ...). */
  env?: Record<string, string | undefined>;
  /** The event payload written to GITHUB_EVENT_PATH. */
  event?: unknown;
  /** Reuse the files of an earlier step (a job's later step). */
  files?: RunnerFiles;
}

export interface StepRun {
  ok: boolean;
  exitCode: number;
  log: string;
  outputs: Record<string, string>;
  summary: string;
  exportedEnv: Record<string, string>;
  addedPath: string[];
  state: Record<string, string>;
  files: RunnerFiles;
}

const DEFAULT_EVENT = {
  head_commit: { id: "0123456789abcdef0123456789abcdef01234567", message: "Tune the model\n\nLonger body" },
};

/** The step's environment: runner variables, inputs, then the extras. */
export function stepEnv(files: RunnerFiles, opts: StepOptions): Record<string, string> {
  fs.writeFileSync(files.event, JSON.stringify(opts.event ?? DEFAULT_EVENT));
  const env: Record<string, string | undefined> = {
    PATH: process.env.PATH,
    HOME: files.home,
    GITHUB_ACTIONS: "true",
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_ENV: files.env,
    GITHUB_PATH: files.path,
    GITHUB_STATE: files.state,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_EVENT_NAME: "push",
    GITHUB_SHA: "0123456789abcdef0123456789abcdef01234567",
    GITHUB_REPOSITORY: "octo/kaggle-project",
    GITHUB_WORKSPACE: files.workspace,
    RUNNER_TEMP: files.temp,
    RUNNER_TOOL_CACHE: files.toolCache,
    ...opts.env,
  };
  for (const [name, value] of Object.entries(opts.inputs ?? {})) env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] = value;
  return Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined)) as Record<string, string>;
}

/** Parses `GITHUB_OUTPUT`/`GITHUB_ENV`/`GITHUB_STATE` (`name<<DELIM ... DELIM` or `name=value`). */
export function parseFileCommands(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delim] = heredoc;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delim; i++) value.push(lines[i]!);
      out[name!] = value.join("\n");
    } else if (line.includes("=")) {
      out[line.slice(0, line.indexOf("="))] = line.slice(line.indexOf("=") + 1);
    }
  }
  return out;
}

function collect(files: RunnerFiles, ok: boolean, exitCode: number, log: string): StepRun {
  const read = (f: string) => fs.readFileSync(f, "utf8");
  return {
    ok,
    exitCode,
    log,
    outputs: parseFileCommands(read(files.output)),
    summary: read(files.summary),
    exportedEnv: parseFileCommands(read(files.env)),
    addedPath: read(files.path).split(/\r?\n/).filter(Boolean),
    state: parseFileCommands(read(files.state)),
    files,
  };
}

/** Clears the step files so a reused set only shows this step's commands. */
function resetCommandFiles(files: RunnerFiles): void {
  for (const file of [files.output, files.summary, files.env, files.path, files.state]) fs.writeFileSync(file, "");
}

/** Runs an action's `run()` in this process with the runner's contract. */
export async function runStep(run: () => Promise<unknown>, opts: StepOptions = {}): Promise<StepRun> {
  const files = opts.files ?? runnerFiles();
  if (opts.files) resetCommandFiles(files);
  const saved = { ...process.env };
  const savedExit = process.exitCode;
  const env = stepEnv(files, opts);
  for (const name of Object.keys(process.env)) delete process.env[name];
  Object.assign(process.env, env);
  let log = "";
  const write = process.stdout.write.bind(process.stdout);
  // Only strings: @actions/core writes strings; the test runner's own messages pass through.
  process.stdout.write = ((chunk: unknown, ...rest: unknown[]) => {
    if (typeof chunk === "string") {
      log += chunk;
      return true;
    }
    return (write as (...a: unknown[]) => boolean)(chunk, ...rest);
  }) as typeof process.stdout.write;
  process.exitCode = 0;
  const cwd = process.cwd();
  process.chdir(files.workspace); // the runner runs steps in the workspace
  try {
    await run();
  } finally {
    process.chdir(cwd);
    process.stdout.write = write;
    for (const name of Object.keys(process.env)) delete process.env[name];
    Object.assign(process.env, saved);
  }
  const exitCode = Number(process.exitCode ?? 0);
  process.exitCode = savedExit;
  return collect(files, exitCode === 0, exitCode, log);
}

/** Runs `dist/<name>/index.js` as a child process with the runner's contract. */
export function runBundleStep(name: string, opts: StepOptions = {}): Promise<StepRun> {
  const files = opts.files ?? runnerFiles();
  if (opts.files) resetCommandFiles(files);
  const env = stepEnv(files, opts);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(repoRoot, "dist", name, "index.js")], {
      cwd: files.workspace,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let log = "";
    child.stdout.on("data", (d) => (log += d));
    child.stderr.on("data", (d) => (log += d));
    child.on("error", reject);
    child.on("close", (code) => resolve(collect(files, code === 0, code ?? -1, log)));
  });
}

/** The step's log as the runner shows it: `::add-mask::` commands are consumed by the runner. */
export function visibleLog(log: string): string {
  return log
    .split(/\r?\n/)
    .filter((l) => !l.startsWith("::add-mask::"))
    .join("\n");
}

/** No secret in the log, the summary, the outputs, the exported environment, the path or the state. */
export function assertNoSecrets(step: StepRun, secrets: string[]): void {
  const places: [string, string][] = [
    ["log", visibleLog(step.log)],
    ["summary", step.summary],
    ["GITHUB_OUTPUT", fs.readFileSync(step.files.output, "utf8")],
    ["GITHUB_ENV", fs.readFileSync(step.files.env, "utf8")],
    ["GITHUB_PATH", fs.readFileSync(step.files.path, "utf8")],
    ["GITHUB_STATE", fs.readFileSync(step.files.state, "utf8")],
  ];
  for (const secret of secrets.filter(Boolean)) {
    const forms = [secret, Buffer.from(secret).toString("base64")];
    for (const [where, text] of places) {
      for (const form of forms) assert.ok(!text.includes(form), `a secret appears in the ${where}`);
    }
  }
}

/** Every secret this emulator's first user has, in every form an action could leak. */
export function secretsOf(creds: { username: string; key: string; token: string }): string[] {
  return [creds.key, creds.token, Buffer.from(`${creds.username}:${creds.key}`).toString("base64")];
}

/** The lines the step failed with (`::error...::message`). */
export function errorLines(log: string): string[] {
  return log.split(/\r?\n/).filter((l) => l.startsWith("::error"));
}

/** A step that failed with exactly one error line containing `text`. */
export function assertFailedWith(step: StepRun, text: string | RegExp): string {
  assert.equal(step.ok, false, `the step should fail; log:\n${visibleLog(step.log)}`);
  const errors = errorLines(step.log);
  assert.equal(errors.length, 1, `exactly one error line, got:\n${errors.join("\n")}`);
  const message = errors[0]!.replace(/^::error[^:]*::/, "");
  if (typeof text === "string") assert.ok(message.includes(text), `error '${message}' should include '${text}'`);
  else assert.match(message, text);
  assert.ok(!message.includes("%0A"), "the error is one line");
  return message;
}

/** The environment a later step of the job sees after the exported variables. */
export function jobEnv(...steps: StepRun[]): Record<string, string> {
  return Object.assign({}, ...steps.map((s) => s.exportedEnv));
}

export function writeTemp(dir: string, name: string, text: string): string {
  const file = path.join(dir, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return file;
}
