/** What `create` and `version` share: the upload messages, flags and the optional wait. */
import type { ParsedArgs } from "../../args";
import type { CliContext } from "../../context";
import { ConfigurationError } from "../../../core/errors";
import type { DatasetRef, PublishOptions } from "../../../core/resources/datasets";
import { splitPatterns } from "../../../core/ignore";
import { uploadSize, type DirMode, type UploadEvents, type UploadItem } from "../../../core/uploads";
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
  return {
    dirMode: (str(args, "dir_mode") ?? "skip") as DirMode,
    ...(concurrency !== undefined ? { concurrency } : {}),
    ...(ignorePatterns.length ? { ignorePatterns } : {}),
    events: quiet
      ? { ignored }
      : {
          ignored,
          skippedFolder: (name) => ctx.line(`Skipping folder: ${name}; use '--dir-mode' to upload folders`),
          skippedOther: (name) => ctx.line(`Skipping: ${name}`),
          ...orderedUploadLines(ctx),
        },
  };
}

/**
 * `Starting upload for file …` / `Upload successful: …` pairs in the folder's order, as the
 * official CLI prints them one file at a time, although the files travel in parallel.
 */
function orderedUploadLines(ctx: CliContext): Pick<UploadEvents, "started" | "finished"> {
  const order: UploadItem[] = [];
  const done = new Set<UploadItem>();
  let printed = 0;
  return {
    started: (item) => void order.push(item),
    finished: (f) => {
      done.add(f.item);
      while (printed < order.length && done.has(order[printed]!)) {
        const item = order[printed++]!;
        ctx.line(`Starting upload for file ${item.name}`);
        ctx.line(`Upload successful: ${item.name} (${uploadSize(item.size)})`);
      }
    },
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
