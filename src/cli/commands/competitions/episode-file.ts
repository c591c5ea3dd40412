/** What `replay` and `logs` share: the folder (`-p` or the current one) and the messages around the download. */
import path from "node:path";
import type { CliContext } from "../../context";
import { announcingProgress, reportDownload } from "../../output/transfer";
import type { DownloadResult } from "../../../core/http/download";
import type { DownloadTarget } from "../../../core/resources/shared";

/** Python's `os.path.join(folder, name)`: a slash between them unless the folder ends in one. */
const pyJoin = (folder: string, name: string): string => (folder.endsWith("/") ? folder + name : `${folder}/${name}`);

/**
 * Downloads into `-p` (as typed) or the absolute current folder, as upstream; prints
 * `Downloading <name> to <folder>`, the progress, then `<done> <file>` unless quiet.
 */
export async function downloadEpisodeFile(
  ctx: CliContext,
  opts: { path: string | undefined; quiet: boolean; fileName: string; done: string },
  fetch: (target: DownloadTarget) => Promise<DownloadResult>,
): Promise<void> {
  const folder = opts.path ?? process.cwd();
  const file = pyJoin(folder, opts.fileName);
  const result = await fetch({ path: folder, progress: announcingProgress(ctx, opts.quiet, path.dirname(file)) });
  reportDownload(ctx, result, opts.quiet);
  if (!opts.quiet) ctx.line(`${opts.done} ${file}`);
}
