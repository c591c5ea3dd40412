/**
 * `kaggle competitions submit`: upload and create a submission, print its ref and the
 * submissions left today; `--wait [SECONDS]` polls until it is scored (`--timeout` is the older
 * spelling of the limit), with pauses growing from 5 s up to `--poll-interval` (default 60 s).
 */
import fs from "node:fs";
import { defineRun, type ArgsOf } from "../../command";
import type { CliContext } from "../../context";
import { CommandFailed } from "../../errors";
import { submissionColumns } from "../../output/columns";
import type { FormatChoice } from "../../output/format";
import { render } from "../../output/format";
import { ConfigurationError } from "../../../core/errors";
import { submissionStatus, type SubmissionResult } from "../../../core/resources/competitions";
import { competitionArg } from "./common";
import { SUBMIT } from "./flags";

type SubmitArgs = ArgsOf<typeof SUBMIT>;

const DEFAULT_WAIT_S = 1800;
const DEFAULT_POLL_S = 60;
const FIRST_POLL_S = 5;

interface WaitPlan {
  timeoutMs: number;
  initialIntervalMs: number;
  maxIntervalMs: number;
}

/** `--wait [N]`, `--timeout N` and `--poll-interval N`, checked before anything is sent. */
function waitPlan(args: SubmitArgs): WaitPlan | undefined {
  const wait = args.wait;
  const timeout = args.timeout;
  const poll = args.poll_interval;
  if (wait !== undefined && wait < 0) throw new ConfigurationError(`--wait takes a number of seconds, 0 or more, got ${wait}`);
  if (timeout !== undefined && timeout <= 0) throw new ConfigurationError(`--timeout must be a positive number of seconds, got ${timeout}`);
  if (poll !== undefined && poll <= 0) throw new ConfigurationError("--poll-interval must be a positive integer");
  if (wait && timeout !== undefined && wait !== timeout) {
    throw new ConfigurationError(`--wait ${wait} and --timeout ${timeout} both set the time limit; give one of them`);
  }
  if (wait === undefined) return undefined;
  const maxIntervalMs = (poll ?? DEFAULT_POLL_S) * 1000;
  return { timeoutMs: (wait || timeout || DEFAULT_WAIT_S) * 1000, initialIntervalMs: Math.min(FIRST_POLL_S * 1000, maxIntervalMs), maxIntervalMs };
}

async function send(args: SubmitArgs, ctx: CliContext, competition: string): Promise<SubmissionResult> {
  const kernel = args.kernel;
  const version = args.version;
  const file = args.file_name;
  const message = args.message;
  if (kernel !== undefined) {
    if (!/^\d+$/.test(version!.trim())) throw new ConfigurationError(`-v/--version must be a notebook version number, got '${version}'`);
    if (!/^[^/\s]+\/[^/\s]+$/.test(kernel)) throw new ConfigurationError("The kernel must be specified as <owner>/<notebook>");
    return ctx.client.competitions.submitCode(competition, kernel, Number(version), { ...(file ? { fileName: file } : {}), message });
  }
  if (!file) throw new ConfigurationError("No file specified: give the submission file with -f <path>");
  if (!fs.existsSync(file)) throw new ConfigurationError(`No such file: '${file}'; give the submission file with -f <path>`);
  const modelVersion = ctx.host.env.KAGGLE_COMPETITION_SUBMISSION_MODEL_VERSION_ID;
  return ctx.client.competitions.submit(competition, file, {
    message,
    progress: ctx.progress(args.quiet),
    ...(args.sandbox ? { sandbox: true } : {}),
    ...(modelVersion ? { benchmarkModelVersionId: Number(modelVersion) } : {}),
  });
}

/** Submissions left today, or undefined: a failure of this lookup never fails the submit. */
async function remainingToday(ctx: CliContext, competition: string): Promise<number | undefined> {
  try {
    return (await ctx.client.competitions.submissionLimits(competition)).numAllowedNow ?? 0;
  } catch (err) {
    ctx.logger.debug(`submission limits unavailable: ${(err as Error).message}`);
    return undefined;
  }
}

function report(ctx: CliContext, result: SubmissionResult, remaining: number | undefined, choice: FormatChoice, waiting: boolean): void {
  if (choice.format === "json") {
    if (!waiting)
      ctx.out(
        `${JSON.stringify({ ref: result.ref, message: result.message, ...(remaining !== undefined ? { remainingToday: remaining } : {}) }, null, 2)}\n`,
      );
    return;
  }
  if (result.message) ctx.line(result.message);
  ctx.line(`Submission ref: ${result.ref}`);
  if (remaining !== undefined) ctx.line(`${remaining} submission${remaining === 1 ? "" : "s"} remaining today.`);
}

export const run = defineRun(SUBMIT, async (args, ctx) => {
  if ((args.kernel === undefined) !== (args.version === undefined)) {
    throw new ConfigurationError("Code competition submissions require both the kernel (-k) and the version (-v)");
  }
  const plan = waitPlan(args);
  const quiet = args.quiet;
  const choice = ctx.formatChoice(args);
  const competition = competitionArg(ctx, args);
  const result = await send(args, ctx, competition);
  const remaining = quiet || result.recovered ? undefined : await remainingToday(ctx, competition);
  report(ctx, result, remaining, choice, plan !== undefined);
  if (!plan) return;
  if (choice.format !== "json" && !quiet) ctx.line(`Waiting for submission ${result.ref} to be scored...`);
  const scored = await ctx.client.competitions.waitForScore(competition, result.ref, plan);
  ctx.out(render([scored], submissionColumns, choice));
  if (submissionStatus(scored) === "ERROR") {
    throw new CommandFailed(`Submission ${result.ref} failed: ${scored.errorDescription || "the server gave no reason"}`);
  }
});
