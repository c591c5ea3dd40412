/**
 * `--unzip` after a download (datasets and competitions): extract what was just downloaded, safely
 * and without overwriting a local file modified after the archive, then remove the zip.
 */
import fs from "node:fs";
import path from "node:path";
import type { CliContext } from "../context";
import { CommandFailed } from "../errors";
import type { DownloadResult } from "../../core/http/download";
import type { ExtractLimits } from "../../core/unzip";

/** The extraction limits from the environment, read before the download so a bad value fails first. */
export async function unzipLimits(ctx: CliContext): Promise<ExtractLimits> {
  return (await import("../../core/unzip")).extractLimitsFromEnv(ctx.host.env);
}

export async function unzipDownloaded(ctx: CliContext, result: DownloadResult, dir: string, quiet: boolean, limits: ExtractLimits): Promise<void> {
  if (result.status === "skipped") {
    // As the official CLI: only what was just downloaded is unzipped, so files extracted
    // earlier, and edited since, are never overwritten by an old archive.
    if (!quiet) ctx.line(`${path.basename(result.path)} was not downloaded, so it is not unzipped again (use --force to download and unzip it)`);
    return;
  }
  const { CorruptArchiveError, extractZip, UnsafeArchiveError } = await import("../../core/unzip");
  let extracted;
  try {
    const archiveTime = (await fs.promises.stat(result.path)).mtime;
    extracted = await extractZip(result.path, dir, { archiveTime, limits, onWarning: (m) => ctx.logger.warn(m) });
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
}
