/**
 * `kaggle kernels status <kernel>[/<version>] [--wait [--timeout S] [--poll-interval S]]`: the
 * latest run, or version N's; with `--wait`, polled until the run ends (changes on stderr), then
 * the final status as without it, and exit 1 unless the run completed.
 */
import { defineRun } from "../../command";
import type { CliContext } from "../../context";
import { CommandFailed } from "../../errors";
import { kernelStatusLines } from "../../output/kernel-columns";
import { ConfigurationError } from "../../../core/errors";
import { refName, type KernelRef } from "../../../core/refs";
import { isFinalStatus, type KernelStatus } from "../../../core/resources/kernels";
import { kernelText, resolveKernel } from "./common";
import { STATUS } from "./flags";

function positiveSeconds(v: number | undefined, wait: boolean, flagName: string): number | undefined {
  if (v !== undefined && v <= 0) throw new ConfigurationError(`${flagName} must be a positive number of seconds, got ${v}`);
  if (v !== undefined && !wait) throw new ConfigurationError(`${flagName} needs --wait`);
  return v;
}

async function waitFor(
  ctx: CliContext,
  ref: KernelRef,
  timeout: number | undefined,
  poll: number | undefined,
  quiet: boolean,
): Promise<KernelStatus> {
  const ceiling = (poll ?? 30) * 1000;
  let last = "";
  return ctx.client.kernels.waitForRun(ref, {
    timeoutMs: (timeout ?? 3600) * 1000,
    initialIntervalMs: Math.min(2_000, ceiling),
    maxIntervalMs: ceiling,
    onPoll: (s) => {
      if (!quiet && s.status !== last && !isFinalStatus(s.status)) ctx.streams.stderr.write(`${refName(ref)} is ${s.status}\n`);
      last = s.status;
    },
  });
}

export const run = defineRun(STATUS, async (args, ctx) => {
  const typed = kernelText(args);
  const timeout = positiveSeconds(args.timeout, args.wait, "--timeout");
  const poll = positiveSeconds(args.poll_interval, args.wait, "--poll-interval");
  const ref = await resolveKernel(ctx, typed);
  const choice = ctx.formatChoice(args);
  const wait = args.wait;
  const s = wait ? await waitFor(ctx, ref, timeout, poll, choice.format === "json") : await ctx.client.kernels.status(ref);
  if (choice.format === "json") {
    const out = {
      ref: refName(ref),
      ...(ref.version !== undefined ? { version: ref.version } : {}),
      status: s.status,
      failureMessage: s.failureMessage,
    };
    ctx.out(`${JSON.stringify(out, null, 2)}\n`);
  } else {
    ctx.out(kernelStatusLines(typed!, s.status, s.failureMessage));
  }
  if (wait && s.status !== "COMPLETE") throw new CommandFailed(`${refName(ref)} did not complete (status ${s.status})`, 1);
});
