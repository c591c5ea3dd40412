/** The messages and progress of a folder upload (`datasets create/version`). */
import type { Progress } from "../../core/progress";
import type { UploadEvents, UploadItem } from "../../core/uploads";
import type { CliContext } from "../context";
import { humanSize } from "./cells";
import { progressReporter } from "./progress";

/** What a folder upload reports: the planned files, each file's start and end, its bytes. */
export interface UploadReport {
  events: Pick<UploadEvents, "started" | "finished"> & { planned(items: readonly UploadItem[]): void };
  progress(item: UploadItem): Progress;
}

/**
 * `Starting upload for file X` before X's bytes leave, `Upload successful: X (size)` once they
 * all arrived, and one progress bar (or line series, off a terminal) for all the files in
 * flight, as their sum: files travel in parallel, so one bar per file would overwrite itself.
 */
export function uploadReport(ctx: CliContext, now: () => number = Date.now): UploadReport {
  const bar = progressReporter(ctx.streams.stderr, now);
  const counted = new Map<UploadItem, number>();
  let planned = 0;
  let finished = 0;
  const line = (text: string) => bar.around(() => ctx.line(text));
  return {
    events: {
      planned(items) {
        planned = items.length;
        const total = items.reduce((sum, i) => sum + i.size, 0);
        if (planned) bar.start(planned === 1 ? items[0]!.name : `${planned} files`, total, 0);
      },
      started: (item) => line(`Starting upload for file ${item.name}`),
      finished(f) {
        // A reused or resumed file counts in full, once.
        bar.credit(f.item.size - (counted.get(f.item) ?? 0));
        counted.set(f.item, f.item.size);
        line(`Upload successful: ${f.item.name} (${humanSize(f.item.size)})`);
        if (++finished === planned) bar.finish();
      },
    },
    progress(item) {
      return {
        start(_name, _total, already) {
          // A restarted upload sends its bytes again: count them once.
          bar.credit(already - (counted.get(item) ?? 0));
          counted.set(item, already);
        },
        advance(n) {
          counted.set(item, (counted.get(item) ?? 0) + n);
          bar.advance(n);
        },
        finish() {},
      };
    },
  };
}
