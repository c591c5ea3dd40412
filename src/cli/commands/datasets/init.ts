/** `kaggle datasets init`: writes the official `dataset-metadata.json` template. */
import type { ParsedArgs } from "../../args";
import type { CliContext } from "../../context";
import { writeInitTemplate } from "../../../core/metadata/dataset";
import { str } from "../shared";

export async function run(args: ParsedArgs, ctx: CliContext): Promise<void> {
  const folder = str(args, "folder") ?? process.cwd();
  const username = await ctx.client.username();
  ctx.line(`Data package template written to: ${writeInitTemplate(folder, username)}`);
}
