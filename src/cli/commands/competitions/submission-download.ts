/** `kaggle competitions submission-download <id> [-p PATH] [-o] [-q]` → `DownloadSubmission`, named as the server names the file. */
import { defineRun } from "../../command";
import { announcingProgress, reportDownload } from "../../output/transfer";
import { SUBMISSION_DOWNLOAD } from "./flags";

export const run = defineRun(SUBMISSION_DOWNLOAD, async (args, ctx) => {
  const dir = args.path ?? ".";
  const result = await ctx.client.competitions.downloadSubmission(args.submission_id, {
    path: dir,
    force: args.force,
    progress: announcingProgress(ctx, args.quiet, dir),
  });
  reportDownload(ctx, result, args.quiet);
});
