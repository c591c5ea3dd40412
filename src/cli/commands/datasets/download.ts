/**
 * `kaggle datasets download`: the whole dataset as `<slug>.zip` or one file (`-f`), after the
 * `Dataset URL` and `License(s)` lines; `--unzip` extracts what was just downloaded, safely and
 * without overwriting a local file modified after the archive, and removes the zip.
 */
import fs from "node:fs";
import path from "node:path";
import { defineRun } from "../../command";
import { CommandFailed } from "../../errors";
import { announcingProgress, reportDownload } from "../../output/transfer";
import { datasetUrl } from "../../../core/refs";
import { downloadDir } from "../shared";
import { datasetArg } from "./common";
import { DOWNLOAD } from "./flags";

const NO_LICENSE = "Error retrieving license. Please visit the Dataset URL to view license information.";

export const run = defineRun(DOWNLOAD, async (args, ctx) => {
  const ref = await datasetArg(ctx, args);
  const limits = args.unzip ? (await import("../../../core/unzip")).extractLimitsFromEnv(ctx.host.env) : undefined;
  const quiet = args.quiet;
  const file = args.file_name;
  const info = await ctx.client.datasets.metadata(ref);
  const licenses = (info.licenses ?? []).map((l) => l.name ?? "").filter(Boolean);
  ctx.line(`Dataset URL: ${datasetUrl(ref)}`);
  ctx.line(`License(s): ${licenses.length ? licenses.join(",") : NO_LICENSE}`);
  const dir = downloadDir(ctx, args, "datasets", ref.owner, ref.slug);
  const target = { path: dir, force: args.force, progress: announcingProgress(ctx, quiet, dir) };
  const result = file ? await ctx.client.datasets.downloadFile(ref, file, target) : await ctx.client.datasets.downloadAll(ref, target);
  reportDownload(ctx, result, quiet);
  if (file || !args.unzip) return;
  if (result.status === "skipped") {
    // As the official CLI: only what was just downloaded is unzipped, so files extracted
    // earlier, and edited since, are never overwritten by an old archive.
    if (!quiet) ctx.line(`${path.basename(result.path)} was not downloaded, so it is not unzipped again (use --force to download and unzip it)`);
    return;
  }
  const { CorruptArchiveError, extractZip, UnsafeArchiveError } = await import("../../../core/unzip");
  let extracted;
  try {
    const archiveTime = (await fs.promises.stat(result.path)).mtime;
    extracted = await extractZip(result.path, dir, { archiveTime, ...(limits ? { limits } : {}), onWarning: (m) => ctx.logger.warn(m) });
  } catch (err) {
    if (err instanceof UnsafeArchiveError) {
      throw new CommandFailed(`Refusing to unzip ${result.path}: ${err.message}; nothing was extracted and the zip was kept`);
    }
    if (err instanceof CorruptArchiveError) {
      throw new CommandFailed(
        `The file ${result.path} is corrupted or not a valid zip file (${err.message}). Please report this issue at https://www.github.com/kaggle/kaggle-cli/issues`,
      );
    }
    throw err;
  }
  if (extracted.kept.length) {
    // The zip stays: it is the only copy of the archive's version of the files that were kept.
    ctx.line(
      `Kept ${extracted.kept.length} local file${extracted.kept.length === 1 ? "" : "s"} modified after the archive, not overwritten: ` +
        `${extracted.kept.join(", ")}; the archive's copies are in ${result.path}`,
    );
    return;
  }
  try {
    await fs.promises.rm(result.path);
  } catch (err) {
    ctx.line(`Could not delete zip file, got ${(err as Error).message}`);
  }
});
