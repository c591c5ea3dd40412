/** `kaggle kernels pull [kernel]`: the source (and with `-m` the metadata) of a kernel. */
import fs from "node:fs";
import { defineRun } from "../../command";
import { ConfigurationError } from "../../../core/errors";
import { joinLikePython } from "../../../core/fs";
import { KERNEL_METADATA_FILE, KERNEL_SLUG_PLACEHOLDER } from "../../../core/metadata/kernel";
import { kernelDir, kernelText, resolveKernel } from "./common";
import { PULL } from "./flags";

export const run = defineRun(PULL, async (args, ctx) => {
  let typed = kernelText(args);
  let codeFile: string | undefined;
  if (!typed) {
    const file = joinLikePython(args.path ?? ".", KERNEL_METADATA_FILE);
    let meta: { id?: unknown; code_file?: unknown } | undefined;
    try {
      meta = JSON.parse(fs.readFileSync(file, "utf8")) as typeof meta;
    } catch {
      meta = undefined;
    }
    const id = typeof meta?.id === "string" ? meta.id : undefined;
    if (!id || id.includes(KERNEL_SLUG_PLACEHOLDER)) {
      throw new ConfigurationError(
        `A kernel must be specified: give <owner>/<kernel-slug>, or run in a folder whose ${KERNEL_METADATA_FILE} has an "id"`,
      );
    }
    typed = id;
    if (typeof meta?.code_file === "string") codeFile = meta.code_file;
    ctx.line(`Using kernel ${id}`);
  }
  const ref = await resolveKernel(ctx, typed);
  const dir = kernelDir(ctx, args, ref);
  const metadata = args.metadata;
  const res = await ctx.client.kernels.pull(ref, { path: dir, metadata, ...(codeFile ? { codeFile } : {}) });
  if (metadata) ctx.line(`Source code and metadata downloaded to ${res.folder}`);
  else ctx.line(`Source code downloaded to ${res.sourcePath}`);
});
