/** `kaggle models get <owner/model> [-p DIR]`: the model as JSON, or written to `model-metadata.json`. */
import { defineRun } from "../../command";
import { modelFileText, MODEL_METADATA_FILE, writeMetadataFile } from "../../../core/metadata/model";
import { modelJson } from "../../output/model-json";
import { modelArg } from "./common";
import { GET } from "./flags";

export const run = defineRun(GET, async (args, ctx) => {
  const model = await ctx.client.models.get(await modelArg(ctx, args.model));
  if (args.folder === undefined) {
    ctx.line(modelJson(model));
    return;
  }
  const file = writeMetadataFile(args.folder, MODEL_METADATA_FILE, modelFileText(model));
  ctx.line(`Metadata file written to ${file}`);
});
