/**
 * The one try/catch of every action. It masks secrets before anything is logged, reads the
 * declared inputs, runs the body, and then always writes the declared outputs and the summary.
 * A user mistake fails the step with one line (and an annotation on the file at fault); anything
 * else fails with its message, the stack going to the debug log.
 */
import path from "node:path";
import * as core from "@actions/core";
import { AuthenticationError, ConfigurationError, DeadlineExceededError, KaggleApiError, redact } from "../../core/errors";
import { maskedValues, maskKnownSecrets } from "./credentials";
import { readInputs } from "./inputs";
import { Outputs } from "./outputs";
import type { ActionSpec, InputSpecs, InputValues, OutputSpecs } from "./spec";
import { cell, Summary } from "./summary";

/** The step fails for a reason that is not a bug (a failed gate, a submission the server refused). */
export class StepFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = "StepFailure";
  }
}

export interface ActionContext<I extends InputSpecs, O extends OutputSpecs> {
  inputs: InputValues<I>;
  outputs: Outputs<O>;
  summary: Summary;
}

export interface RunResult {
  ok: boolean;
  outputs: Record<string, string>;
  error?: string;
}

function oneLine(text: string): string {
  return redact(text.replace(/\s*\r?\n\s*/g, " ").trim(), maskedValues());
}

/** Message of a failure as the step shows it. */
export function describeFailure(err: unknown): string {
  if (err instanceof AuthenticationError) {
    return `Kaggle rejected the credentials (HTTP ${err.status}): ${err.message}. Check the 'username'/'key' or 'token' inputs (or the secrets behind them)`;
  }
  if (err instanceof KaggleApiError) return err.message;
  if (err instanceof Error) return err.message || err.name;
  return String(err);
}

/** The path of an annotation: relative to the workspace when inside it. */
function annotationFile(file: string): string {
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const rel = path.relative(workspace, path.resolve(file));
  return rel && !rel.startsWith("..") && !path.isAbsolute(rel) ? rel.split(path.sep).join("/") : file;
}

export async function runAction<I extends InputSpecs, O extends OutputSpecs>(
  spec: ActionSpec<I, O>,
  body: (ctx: ActionContext<I, O>) => Promise<void>,
): Promise<RunResult> {
  maskKnownSecrets(spec.inputs);
  const outputs = new Outputs(spec.outputs);
  const summary = new Summary();
  let error: string | undefined;
  try {
    const inputs = readInputs(spec.inputs);
    await body({ inputs, outputs, summary });
  } catch (err) {
    error = oneLine(describeFailure(err));
    if (err instanceof ConfigurationError && err.file) {
      core.error(error, { title: spec.title, file: annotationFile(err.file), ...(err.line ? { startLine: err.line } : {}) });
      process.exitCode = core.ExitCode.Failure;
    } else {
      core.setFailed(error);
    }
    const expected =
      err instanceof ConfigurationError || err instanceof StepFailure || err instanceof KaggleApiError || err instanceof DeadlineExceededError;
    if (!expected && err instanceof Error && err.stack) core.debug(oneLine(err.stack));
    summary.paragraph(`:x: **${cell(spec.title)} failed:** ${cell(error)}`);
  }
  const written = outputs.flush();
  try {
    summary.write();
  } catch (err) {
    core.warning(`Could not write the job summary: ${(err as Error).message}`);
  }
  return { ok: error === undefined, outputs: written, ...(error !== undefined ? { error } : {}) };
}
