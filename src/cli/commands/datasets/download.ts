/**
 * `kaggle datasets download`: the whole dataset as `<slug>.zip` or one file (`-f`), after the
 * `Dataset URL` and `License(s)` lines; `--unzip` extracts what was just downloaded, safely and
 * without overwriting a local file modified after the archive, and removes the zip.
 */
import { defineRun } from "../../command";
import { announcingProgress, reportDownload } from "../../output/transfer";
import { datasetUrl } from "../../../core/refs";
import { downloadDir } from "../shared";
import { unzipDownloaded, unzipLimits } from "../unzip";
import { datasetArg } from "./common";
import { DOWNLOAD } from "./flags";

const NO_LICENSE = "Error retrieving license. Please visit the Dataset URL to view license information.";

export const run = defineRun(DOWNLOAD, async (args, ctx) => {
  const ref = await datasetArg(ctx, args);
  const limits = args.unzip ? await unzipLimits(ctx) : undefined;
  const quiet = args.quiet;
  const file = args.file_name;
  const info = await ctx.client.datasets.metadata(ref);
  const licenses = (info.licenses ?? []).map((l) => l.name ?? "").filter(Boolean);
  ctx.line(`Dataset URL: ${datasetUrl(ref, ctx.client.webBase)}`);
  ctx.line(`License(s): ${licenses.length ? licenses.join(",") : NO_LICENSE}`);
  const dir = downloadDir(ctx, args, "datasets", ref.owner, ref.slug);
  const target = { path: dir, force: args.force, progress: announcingProgress(ctx, quiet, dir) };
  const result = file ? await ctx.client.datasets.downloadFile(ref, file, target) : await ctx.client.datasets.downloadAll(ref, target);
  reportDownload(ctx, result, quiet);
  if (file || !limits) return;
  await unzipDownloaded(ctx, result, dir, quiet, limits);
});
