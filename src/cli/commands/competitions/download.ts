/** `kaggle competitions download`: one file (`-f`) or all files as `<competition>.zip`, `--unzip` to extract it. */
import { defineRun } from "../../command";
import { reportDownload, announcingProgress } from "../../output/transfer";
import { downloadDir } from "../shared";
import { unzipDownloaded, unzipLimits } from "../unzip";
import { competitionArg } from "./common";
import { DOWNLOAD } from "./flags";

export const run = defineRun(DOWNLOAD, async (args, ctx) => {
  const limits = args.unzip ? await unzipLimits(ctx) : undefined;
  const competition = competitionArg(ctx, args);
  const quiet = args.quiet;
  const dir = downloadDir(ctx, args, "competitions", competition);
  const file = args.file_name;
  const target = {
    path: dir,
    force: args.force,
    progress: announcingProgress(ctx, quiet, dir),
  };
  const result = file
    ? await ctx.client.competitions.downloadFile(competition, file, target)
    : await ctx.client.competitions.downloadAll(competition, target);
  reportDownload(ctx, result, quiet);
  // A single file is saved as the server names it; only the all-files archive is unzipped.
  if (file || !limits) return;
  await unzipDownloaded(ctx, result, dir, quiet, limits);
});
