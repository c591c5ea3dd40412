/**
 * `kaggle kernels output <kernel>`: every output file of the latest run (all pages unless
 * `--page-token`), filtered by `--file-pattern` and `--max-size`, and the run log.
 */
import type { ParsedArgs } from "../../args";
import type { CliContext } from "../../context";
import { compileFilePattern } from "../../../core/resources/kernels";
import { flag, int, str } from "../shared";
import { kernelDir, kernelText, parseSize, resolveKernel } from "./common";
import { ConfigurationError } from "../../../core/errors";

export async function run(args: ParsedArgs, ctx: CliContext): Promise<void> {
  const pattern = str(args, "file_pattern");
  if (pattern !== undefined) compileFilePattern(pattern);
  const maxSize = str(args, "max_size");
  const maxBytes = maxSize !== undefined ? parseSize(maxSize) : undefined;
  const pageSize = int(args, "page_size");
  if (pageSize !== undefined && (pageSize < 1 || pageSize > 200))
    throw new ConfigurationError(`--page-size must be between 1 and 200, got ${pageSize}`);
  const ref = await resolveKernel(ctx, kernelText(args));
  const quiet = flag(args, "quiet");
  const dir = kernelDir(ctx, args, ref, "output");
  const pageToken = str(args, "page_token");
  const res = await ctx.client.kernels.downloadOutput(ref, dir, {
    ...(pattern !== undefined ? { pattern } : {}),
    ...(maxBytes !== undefined ? { maxBytes } : {}),
    ...(pageSize !== undefined ? { pageSize } : {}),
    ...(pageToken ? { pageToken } : {}),
    force: flag(args, "force"),
    progress: () => ctx.progress(quiet),
    onFile: (f) => {
      if (quiet) return;
      if (f.status === "downloaded") ctx.line(`Output file downloaded to ${f.path}`);
      else if (f.status === "skipped")
        ctx.line(`${f.path.slice(f.path.lastIndexOf("/") + 1)}: Skipping, found more recently modified local copy (use --force to force download)`);
      else ctx.line(`${f.fileName}: Skipping, ${f.bytes} bytes is larger than --max-size ${maxSize}`);
    },
  });
  if (res.logPath && !quiet) ctx.line(`Kernel log downloaded to ${res.logPath} `);
  if (res.nextPageToken) ctx.line(`Next page token: ${res.nextPageToken}`);
}
