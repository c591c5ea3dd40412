/** What `create` and `version` share: the upload messages, flags and the optional wait. */
import type { ParsedArgs } from "../../args";
import type { CliContext } from "../../context";
import { ConfigurationError } from "../../../core/errors";
import type { DatasetRef } from "../../../core/refs";
import type { PublishOptions } from "../../../core/resources/datasets";
import { splitPatterns } from "../../../core/ignore";
import type { DirMode } from "../../../core/uploads";
import { uploadReport } from "../../output/upload-report";
import { flag, int, str } from "../shared";

export function publishOptions(ctx: CliContext, args: ParsedArgs): PublishOptions {
  const quiet = flag(args, "quiet");
  const concurrency = int(args, "concurrency");
  if (concurrency !== undefined && (concurrency < 1 || concurrency > 64)) {
    throw new ConfigurationError(`--concurrency must be between 1 and 64, got ${concurrency}`);
  }
  const timeout = int(args, "timeout");
  if (timeout !== undefined && timeout <= 0) throw new ConfigurationError(`--timeout must be a positive number of seconds, got ${timeout}`);
  const given = args.ignore_patterns;
  const ignorePatterns = (Array.isArray(given) ? given : []).flatMap((p) => splitPatterns(p));
  // Always shown, -q or not: the user should know what was left out of a publication.
  const ignored = (names: string[]) => ctx.logger.warn(`not uploaded (ignore patterns): ${names.join(", ")}`);
  const base = {
    dirMode: (str(args, "dir_mode") ?? "skip") as DirMode,
    ...(concurrency !== undefined ? { concurrency } : {}),
    ...(ignorePatterns.length ? { ignorePatterns } : {}),
  };
  if (quiet) return { ...base, events: { ignored } };
  const report = uploadReport(ctx);
  return {
    ...base,
    events: {
      ignored,
      skippedFolder: (name) => ctx.line(`Skipping folder: ${name}; use '--dir-mode' to upload folders`),
      skippedOther: (name) => ctx.line(`Skipping: ${name}`),
      ...report.events,
    },
    progress: report.progress,
  };
}

export function folderArg(args: ParsedArgs): string {
  return str(args, "folder") ?? ".";
}

/** `--wait`: polls the status until ready, with a deadline. */
export async function maybeWait(ctx: CliContext, args: ParsedArgs, ref: DatasetRef): Promise<void> {
  if (!flag(args, "wait")) return;
  const quiet = flag(args, "quiet");
  if (!quiet) ctx.line(`Waiting for ${ref.owner}/${ref.slug} to be ready...`);
  await ctx.client.datasets.waitUntilReady(ref, { timeoutMs: (int(args, "timeout") ?? 3600) * 1000 });
  if (!quiet) ctx.line("ready");
}
