/** `kaggle datasets init`: writes the official `dataset-metadata.json` template. */
import type { ParsedArgs } from "../../args";
import type { CliContext } from "../../context";
import { writeInitTemplate, METADATA_FILE } from "../../../core/metadata/dataset";
import { str } from "../shared";
import { pyJoin } from "./common";

export async function run(args: ParsedArgs, ctx: CliContext): Promise<void> {
  const folder = str(args, "folder") ?? process.cwd();
  const username = await ctx.client.username();
  writeInitTemplate(folder, username);
  ctx.line(`Data package template written to: ${pyJoin(folder, METADATA_FILE)}`);
}
