/** What `create` and `version` share: the upload messages, flags and the optional wait. */
import type { CliContext } from "../../context";
import { ConfigurationError } from "../../../core/errors";
import type { DatasetRef } from "../../../core/refs";
import type { PublishOptions } from "../../../core/resources/datasets";
import { splitPatterns } from "../../../core/ignore";
import { uploadReport } from "../../output/upload-report";
import type { ArgsOf } from "../../command";
import type { CREATE } from "./flags";

/** What `create` and `version` both declare. */
type PublishArgs = ArgsOf<typeof CREATE>;

/** The upload flags `publishOptions` reads (models commands declare only some of them). */
type UploadFlags = Pick<PublishArgs, "quiet"> & Partial<Pick<PublishArgs, "concurrency" | "timeout" | "ignore_patterns" | "dir_mode">>;

export function publishOptions(ctx: CliContext, args: UploadFlags): PublishOptions {
  const quiet = args.quiet;
  const concurrency = args.concurrency;
  if (concurrency !== undefined && (concurrency < 1 || concurrency > 64)) {
    throw new ConfigurationError(`--concurrency must be between 1 and 64, got ${concurrency}`);
  }
  const timeout = args.timeout;
  if (timeout !== undefined && timeout <= 0) throw new ConfigurationError(`--timeout must be a positive number of seconds, got ${timeout}`);
  const ignorePatterns = (args.ignore_patterns ?? []).flatMap((p) => splitPatterns(p));
  // Always shown, -q or not: the user should know what was left out of a publication.
  const ignored = (names: string[]) => ctx.logger.warn(`not uploaded (ignore patterns): ${names.join(", ")}`);
  const base = {
    dirMode: args.dir_mode ?? "skip",
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

export function folderArg(args: { folder?: string }): string {
  return args.folder ?? ".";
}

/** `--wait`: polls the status until ready, with a deadline. */
export async function maybeWait(ctx: CliContext, args: Pick<PublishArgs, "wait" | "quiet" | "timeout">, ref: DatasetRef): Promise<void> {
  if (!args.wait) return;
  const quiet = args.quiet;
  if (!quiet) ctx.line(`Waiting for ${ref.owner}/${ref.slug} to be ready...`);
  await ctx.client.datasets.waitUntilReady(ref, { timeoutMs: (args.timeout ?? 3600) * 1000 });
  if (!quiet) ctx.line("ready");
}
