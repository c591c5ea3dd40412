/**
 * `kaggle kernels output <kernel>`: every output file of the latest run (all pages unless
 * `--page-token`), filtered by `--file-pattern` and `--max-size`, and the run log.
 */
import { defineRun } from "../../command";
import { compileFilePattern } from "../../../core/resources/kernels";
import { kernelDir, kernelText, parseSize, resolveKernel } from "./common";
import { OUTPUT } from "./flags";
import { ConfigurationError } from "../../../core/errors";

export const run = defineRun(OUTPUT, async (args, ctx) => {
  const pattern = args.file_pattern;
  if (pattern !== undefined) compileFilePattern(pattern);
  const maxSize = args.max_size;
  const maxBytes = maxSize !== undefined ? parseSize(maxSize) : undefined;
  const pageSize = args.page_size;
  if (pageSize !== undefined && (pageSize < 1 || pageSize > 200))
    throw new ConfigurationError(`--page-size must be between 1 and 200, got ${pageSize}`);
  const ref = await resolveKernel(ctx, kernelText(args));
  const quiet = args.quiet;
  const dir = kernelDir(ctx, args, ref, "output");
  const pageToken = args.page_token;
  const res = await ctx.client.kernels.downloadOutput(ref, dir, {
    ...(pattern !== undefined ? { pattern } : {}),
    ...(maxBytes !== undefined ? { maxBytes } : {}),
    ...(pageSize !== undefined ? { pageSize } : {}),
    ...(pageToken ? { pageToken } : {}),
    force: args.force,
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
});
