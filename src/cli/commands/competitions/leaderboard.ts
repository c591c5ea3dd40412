/** `kaggle competitions leaderboard`: `--show` a page (`GetLeaderboard`), `--download` it all. */
import type { ParsedArgs } from "../../args";
import type { CliContext } from "../../context";
import { leaderboardColumns } from "../../output/columns";
import { announcingProgress, reportDownload } from "../../output/transfer";
import { ConfigurationError } from "../../../core/errors";
import { checkPageSize, downloadDir, flag, int, pageOptions } from "../shared";
import { competitionArg } from "./common";

export async function run(args: ParsedArgs, ctx: CliContext): Promise<void> {
  const show = flag(args, "show");
  const download = flag(args, "download");
  if (!show && !download) throw new ConfigurationError("Either --show or --download must be specified");
  checkPageSize(int(args, "page_size"));
  ctx.formatChoice(args); // a bad --format fails before any request
  const competition = competitionArg(ctx, args);
  const quiet = flag(args, "quiet");
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
  ctx.printPage(page.submissions ?? [], leaderboardColumns, args, { nextPageToken: page.nextPageToken, empty: "No results found" });
}
