/** `kaggle datasets init`: writes the official `dataset-metadata.json` template. */
import { defineRun } from "../../command";
import { writeInitTemplate } from "../../../core/metadata/dataset";
import { INIT } from "./flags";

export const run = defineRun(INIT, async (args, ctx) => {
  const folder = args.folder ?? process.cwd();
  const username = await ctx.client.username();
  ctx.line(`Data package template written to: ${writeInitTemplate(folder, username)}`);
});
