/** `kaggle competitions leaderboard`: `--show` a page (`GetLeaderboard`), `--download` it all. */
import { defineRun, table } from "../../command";
import { leaderboardColumns } from "../../output/columns";
import { announcingProgress, reportDownload } from "../../output/transfer";
import { ConfigurationError } from "../../../core/errors";
import { checkPageSize, downloadDir, pageOptions } from "../shared";
import { competitionArg } from "./common";
import { LEADERBOARD } from "./flags";

export const run = defineRun(LEADERBOARD, async (args, ctx) => {
  const show = args.show;
  const download = args.download;
  if (!show && !download) throw new ConfigurationError("Either --show or --download must be specified");
  checkPageSize(args.page_size);
  ctx.formatChoice(args); // a bad --format fails before any request
  const competition = competitionArg(ctx, args);
  const quiet = args.quiet;
  if (download) {
    const dir = downloadDir(ctx, args, "competitions", competition);
    const result = await ctx.client.competitions.downloadLeaderboard(competition, {
      path: dir,
      progress: announcingProgress(ctx, quiet, dir),
    });
    reportDownload(ctx, result, quiet);
  }
  if (!show) return;
  const page = await ctx.client.competitions.leaderboard(competition, pageOptions(args));
  return table(page.submissions ?? [], leaderboardColumns, { nextPageToken: page.nextPageToken, empty: "No results found" });
});
