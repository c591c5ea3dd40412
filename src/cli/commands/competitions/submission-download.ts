/** `kaggle competitions submission-download <id> [-p PATH] [-o] [-q]` → `DownloadSubmission`. */
import type { ParsedArgs } from "../../args";
import type { CliContext } from "../../context";
import { announcingProgress, reportDownload } from "../../output/transfer";
import { flag, int, str } from "../shared";

export async function run(args: ParsedArgs, ctx: CliContext): Promise<void> {
  const quiet = flag(args, "quiet");
  const dir = str(args, "path") ?? ".";
  const result = await ctx.client.competitions.downloadSubmission(int(args, "submission_id")!, {
    path: dir,
    force: flag(args, "force"),
    progress: announcingProgress(ctx, quiet, dir),
  });
  reportDownload(ctx, result, quiet);
}
