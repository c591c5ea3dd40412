/** `kaggle kernels init`: writes the kernel-metadata.json template (no network for key auth). */
import fs from "node:fs";
import { defineRun } from "../../command";
import { ConfigurationError } from "../../../core/errors";
import { joinLikePython, writeFileAtomicSync } from "../../../core/fs";
import { kernelMetadataTemplate, KERNEL_METADATA_FILE } from "../../../core/metadata/kernel";
import { INIT } from "./flags";

export const run = defineRun(INIT, async (args, ctx) => {
  const dir = args.path ?? ".";
  if (!fs.statSync(dir, { throwIfNoEntry: false })?.isDirectory()) throw new ConfigurationError(`Invalid folder: ${dir}`);
  const file = joinLikePython(dir, KERNEL_METADATA_FILE);
  const text = kernelMetadataTemplate(await ctx.client.username());
  writeFileAtomicSync(file, text);
  ctx.line(`Kernel metadata template written to: ${file}`);
});
