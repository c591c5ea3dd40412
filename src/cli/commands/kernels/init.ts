/** `kaggle kernels init`: writes the kernel-metadata.json template (no network for key auth). */
import fs from "node:fs";
import type { ParsedArgs } from "../../args";
import type { CliContext } from "../../context";
import { ConfigurationError } from "../../../core/errors";
import { joinLikePython, writeFileAtomicSync } from "../../../core/fs";
import { kernelMetadataTemplate, KERNEL_METADATA_FILE } from "../../../core/metadata/kernel";
import { str } from "../shared";

export async function run(args: ParsedArgs, ctx: CliContext): Promise<void> {
  const dir = str(args, "path") ?? ".";
  if (!fs.statSync(dir, { throwIfNoEntry: false })?.isDirectory()) throw new ConfigurationError(`Invalid folder: ${dir}`);
  const file = joinLikePython(dir, KERNEL_METADATA_FILE);
  const text = kernelMetadataTemplate(await ctx.client.username());
  writeFileAtomicSync(file, text);
  ctx.line(`Kernel metadata template written to: ${file}`);
}
