/**
 * `kaggle models instances versions download <owner/model/framework/instance/N>`: the version as
 * `<model>.tar.gz` (streamed, resumed, verified); `--untar` extracts what was just downloaded,
 * safely (no `..`, no absolute paths, no links), then removes the archive.
 */
import fs from "node:fs";
import { defineRun } from "../../../command";
import { CommandFailed } from "../../../errors";
import { joinLikePython } from "../../../../core/fs";
import { parseModelVersionRef } from "../../../../core/refs";
import { announcingProgress, reportDownload } from "../../../output/transfer";
import { downloadDir } from "../../shared";
import { VERSION_DOWNLOAD } from "../flags";

export const run = defineRun(VERSION_DOWNLOAD, async (args, ctx) => {
  const text = args.model_instance_version;
  const ref = parseModelVersionRef(text);
  const limits = args.untar ? (await import("../../../../core/unzip")).extractLimitsFromEnv(ctx.host.env) : undefined;
  // The default folder uses the framework as typed, as the official CLI does.
  const dir = downloadDir(ctx, args, "models", ...text.split("/"));
  const result = await ctx.client.models.download(ref, { path: dir, force: args.force, progress: announcingProgress(ctx, args.quiet, dir) });
  reportDownload(ctx, result, args.quiet);
  // The official CLI prints the archive's path last, without a newline, quiet or not.
  const printed = joinLikePython(dir, `${ref.slug}.tar.gz`);
  if (!args.untar || result.status === "skipped") return ctx.out(printed);
  const { extractTar } = await import("../../../../core/untar");
  const { CorruptArchiveError, UnsafeArchiveError } = await import("../../../../core/unzip");
  try {
    await extractTar(result.path, dir, { ...(limits ? { limits } : {}), onWarning: (m) => ctx.logger.warn(m) });
  } catch (err) {
    if (err instanceof UnsafeArchiveError)
      throw new CommandFailed(`Refusing to untar ${result.path}: ${err.message}; nothing was extracted and the archive was kept`);
    if (err instanceof CorruptArchiveError)
      throw new CommandFailed(
        `Error extracting the tar.gz file ${result.path} (${err.message}); the archive was kept. Download it again with --force`,
      );
    throw err;
  }
  try {
    await fs.promises.rm(result.path);
  } catch (err) {
    ctx.line(`Could not delete tar file, got ${(err as Error).message}`);
  }
  ctx.out(printed);
});
