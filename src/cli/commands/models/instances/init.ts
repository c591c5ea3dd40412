/** `kaggle models instances init [-p DIR]`: writes the `model-instance-metadata.json` template. */
import { defineRun } from "../../../command";
import { instanceTemplate, MODEL_INSTANCE_METADATA_FILE, writeMetadataFile } from "../../../../core/metadata/model";
import { INSTANCE_INIT } from "../flags";

export const run = defineRun(INSTANCE_INIT, async (args, ctx) => {
  const file = writeMetadataFile(args.folder ?? process.cwd(), MODEL_INSTANCE_METADATA_FILE, instanceTemplate());
  ctx.line(`Model Instance template written to: ${file}`);
});
