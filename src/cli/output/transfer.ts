/** The messages around a download, worded as the official CLI words them. */
import path from "node:path";
import type { DownloadResult } from "../../core/http/download";
import { noProgress, type Progress } from "../../core/progress";
import type { CliContext } from "../context";

/** Progress that first prints `Downloading <name> to <folder>` (nothing when quiet). */
export function announcingProgress(ctx: CliContext, quiet: boolean, dir: string): Progress {
  if (quiet) return noProgress;
  const inner = ctx.progress(false);
  return {
    start(name, total, already) {
      ctx.line(`Downloading ${name} to ${dir}`);
      inner.start(name, total, already);
    },
    advance: (n) => inner.advance(n),
    finish: () => inner.finish(),
  };
}

export function reportDownload(ctx: CliContext, result: DownloadResult, quiet: boolean): void {
  if (quiet) return;
  if (result.status === "skipped") {
    ctx.line(`${path.basename(result.path)}: Skipping, found more recently modified local copy (use --force to force download)`);
  } else {
    ctx.line();
  }
}
