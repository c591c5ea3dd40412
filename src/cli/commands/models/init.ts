/** `kaggle models init [-p DIR]`: writes the `model-metadata.json` template. */
import { defineRun } from "../../command";
import { modelTemplate, MODEL_METADATA_FILE, writeMetadataFile } from "../../../core/metadata/model";
import { INIT } from "./flags";

export const run = defineRun(INIT, async (args, ctx) => {
  const file = writeMetadataFile(args.folder ?? process.cwd(), MODEL_METADATA_FILE, modelTemplate());
  ctx.line(`Model template written to: ${file}`);
});
