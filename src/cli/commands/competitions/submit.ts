/** `kaggle competitions submit`: upload and create a submission; `--wait` polls for the score. */
import fs from "node:fs";
import type { ParsedArgs } from "../../args";
import type { CliContext } from "../../context";
import { CommandFailed } from "../../errors";
import { submissionColumns } from "../../output/columns";
import { render } from "../../output/format";
import { ConfigurationError } from "../../../core/errors";
import { submissionStatus } from "../../../core/resources/competitions";
import { flag, int, str } from "../shared";
import { competitionArg } from "./common";

export async function run(args: ParsedArgs, ctx: CliContext): Promise<void> {
  const kernel = str(args, "kernel");
  const version = str(args, "version");
  const file = str(args, "file_name");
  const quiet = flag(args, "quiet");
  if ((kernel === undefined) !== (version === undefined)) {
    throw new ConfigurationError("Code competition submissions require both the kernel (-k) and the version (-v)");
  }
  const timeout = int(args, "timeout");
  if (timeout !== undefined && timeout <= 0) throw new ConfigurationError(`--timeout must be a positive number of seconds, got ${timeout}`);
  const choice = ctx.formatChoice(args);
  const competition = competitionArg(ctx, args);
  const message = str(args, "message") ?? "";
  let result;
  if (kernel !== undefined) {
    if (!/^\d+$/.test(version!.trim())) throw new ConfigurationError(`-v/--version must be a notebook version number, got '${version}'`);
    if (!/^[^/\s]+\/[^/\s]+$/.test(kernel)) throw new ConfigurationError("The kernel must be specified as <owner>/<notebook>");
    result = await ctx.client.competitions.submitCode(competition, kernel, Number(version), {
      ...(file ? { fileName: file } : {}),
      message,
    });
  } else {
    if (!file) throw new ConfigurationError("No file specified: give the submission file with -f <path>");
    if (!fs.existsSync(file)) throw new ConfigurationError(`No such file: '${file}'; give the submission file with -f <path>`);
    const modelVersion = ctx.host.env.KAGGLE_COMPETITION_SUBMISSION_MODEL_VERSION_ID;
    result = await ctx.client.competitions.submit(competition, file, {
      message,
      progress: ctx.progress(quiet),
      ...(flag(args, "sandbox") ? { sandbox: true } : {}),
      ...(modelVersion ? { benchmarkModelVersionId: Number(modelVersion) } : {}),
    });
  }
  if (!flag(args, "wait")) {
    if (choice.format === "json") ctx.out(`${JSON.stringify({ ref: result.ref, message: result.message }, null, 2)}\n`);
    else ctx.line(result.message);
    return;
  }
  if (choice.format !== "json") {
    ctx.line(result.message);
    if (!quiet) ctx.line(`Waiting for submission ${result.ref} to be scored...`);
  }
  const scored = await ctx.client.competitions.waitForScore(competition, result.ref, { timeoutMs: (timeout ?? 1800) * 1000 });
  ctx.out(render([scored], submissionColumns, choice));
  if (submissionStatus(scored) === "ERROR") {
    throw new CommandFailed(`Submission ${result.ref} failed: ${scored.errorDescription || "the server gave no reason"}`);
  }
}
