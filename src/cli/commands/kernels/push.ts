/**
 * `kaggle kernels push`: checks kernel-metadata.json and the code before any request, pushes a
 * new version, prints what the official CLI prints; `--wait` then polls that version until it
 * ends (exit 1 unless it completes); `--no-run` saves the version without running it.
 */
import { defineRun } from "../../command";
import { CommandFailed } from "../../errors";
import { pyList } from "../../output/cells";
import { kernelStatusLines } from "../../output/kernel-columns";
import { ConfigurationError } from "../../../core/errors";
import { withOverrides } from "../../../core/metadata/kernel";
import { pushedKernelRef, refName, type KernelRef } from "../../../core/refs";
import { isFinalStatus, type KernelStatus } from "../../../core/resources/kernels";
import type { ApiSaveKernelResponse } from "../../../core/types/kernels";
import { PUSH } from "./flags";

export const run = defineRun(PUSH, async (args, ctx) => {
  const dir = args.path ?? ".";
  const timeout = args.timeout;
  const accelerator = args.accelerator;
  const wait = args.wait;
  const noRun = args.no_run;
  if (noRun && wait) throw new ConfigurationError("--wait cannot be used with --no-run: a version saved without running has no run to wait for");
  const waitTimeout = args.wait_timeout;
  if (waitTimeout !== undefined && !wait) throw new ConfigurationError("--wait-timeout needs --wait");
  if (waitTimeout !== undefined && waitTimeout <= 0)
    throw new ConfigurationError(`--wait-timeout must be a positive number of seconds, got ${waitTimeout}`);
  const choice = ctx.formatChoice(args);
  const json = choice.format === "json";
  const quiet = args.quiet;
  const opts = {
    ...(timeout !== undefined ? { sessionTimeoutSeconds: timeout } : {}),
    ...(accelerator !== undefined ? { accelerator } : {}),
    ...(noRun ? { noRun } : {}),
  };

  const plan = ctx.client.kernels.plan(dir, opts);
  for (const w of plan.warnings) (json ? ctx.streams.stderr : ctx.streams.stdout).write(`${w}\n`);
  const res = await ctx.client.kernels.save(withOverrides(plan.request, opts));

  if (res.error) {
    if (json) ctx.out(`${JSON.stringify({ error: res.error }, null, 2)}\n`);
    else ctx.line(`Kernel push error: ${res.error}`);
    throw new CommandFailed("", 1);
  }
  const url = res.url ?? "";
  if (!json) for (const l of pushedLines(res, noRun)) ctx.line(l);

  const summary: Record<string, unknown> = {
    ref: res.ref ?? "",
    url,
    versionNumber: res.versionNumber ?? null,
    kernelId: res.kernelId ?? null,
    warnings: plan.warnings,
    invalidTags: res.invalidTags ?? [],
    invalidDatasetSources: res.invalidDatasetSources ?? [],
    invalidCompetitionSources: res.invalidCompetitionSources ?? [],
    invalidKernelSources: res.invalidKernelSources ?? [],
    invalidModelSources: res.invalidModelSources ?? [],
  };
  if (!wait) {
    if (json) ctx.out(`${JSON.stringify(summary, null, 2)}\n`);
    return;
  }

  const ref: KernelRef = { ...pushedRef(plan.ref, res.ref, url), ...(res.versionNumber ? { version: res.versionNumber } : {}) };
  const name = refName(ref);
  if (!json && !quiet) ctx.line(`Waiting for ${name}${ref.version ? ` version ${ref.version}` : ""} to finish running...`);
  let last = "";
  const final: KernelStatus = await ctx.client.kernels.waitForRun(ref, {
    timeoutMs: (waitTimeout ?? 3600) * 1000,
    initialIntervalMs: 1_000,
    maxIntervalMs: 30_000,
    onPoll: (s) => {
      if (!json && !quiet && s.status !== last && !isFinalStatus(s.status)) {
        ctx.streams.stderr.write(`${name} is ${s.status}\n`);
      }
      last = s.status;
    },
  });
  if (json) ctx.out(`${JSON.stringify({ ...summary, status: final.status, failureMessage: final.failureMessage }, null, 2)}\n`);
  else ctx.out(kernelStatusLines(name, final.status, final.failureMessage));
  if (final.status !== "COMPLETE") throw new CommandFailed(`${name} did not complete (status ${final.status})`, 1);
});

/** What the official CLI prints after a push: the sources it could not add, then where to look. */
function pushedLines(res: ApiSaveKernelResponse, noRun: boolean): string[] {
  const lines: string[] = [];
  const invalid: [string[] | undefined, string][] = [
    [res.invalidTags, "tags"],
    [res.invalidDatasetSources, "dataset sources"],
    [res.invalidCompetitionSources, "competition sources"],
    [res.invalidKernelSources, "kernel sources"],
  ];
  for (const [list, what] of invalid) {
    if (list?.length) lines.push(`The following are not valid ${what} and could not be added to the kernel: ${pyList(list)}`);
  }
  const url = res.url ?? "";
  const version = res.versionNumber ? `Kernel version ${res.versionNumber}` : "Kernel version";
  lines.push(
    noRun ? `${version} successfully saved without running.  View it at ${url}` : `${version} successfully pushed.  Please check progress at ${url}`,
  );
  return lines;
}

/** Owner and slug of what was pushed: from the metadata `id`, else from the answer's ref or URL. */
function pushedRef(fromId: KernelRef | undefined, ref: string | undefined, url: string): { owner: string; slug: string } {
  if (fromId) return { owner: fromId.owner, slug: fromId.slug };
  const pushed = pushedKernelRef(ref, url);
  if (pushed) return pushed;
  throw new ConfigurationError(
    "Cannot tell which kernel was pushed (no id in kernel-metadata.json and no ref in the answer); check it with 'kaggle kernels status'",
  );
}
