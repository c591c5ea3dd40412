/** `kaggle models instances get <owner/model/framework/instance> [-p DIR]`. */
import { defineRun } from "../../../command";
import { instanceFileText, MODEL_INSTANCE_METADATA_FILE, writeMetadataFile } from "../../../../core/metadata/model";
import { parseModelInstanceRef } from "../../../../core/refs";
import { instanceJson } from "../../../output/model-json";
import { INSTANCE_GET } from "../flags";

export const run = defineRun(INSTANCE_GET, async (args, ctx) => {
  const ref = parseModelInstanceRef(args.model_instance);
  const mi = await ctx.client.models.getInstance(ref);
  if (args.folder === undefined) {
    ctx.line(instanceJson(mi));
    return;
  }
  const file = writeMetadataFile(args.folder, MODEL_INSTANCE_METADATA_FILE, instanceFileText(mi, ref.owner, ref.slug));
  ctx.line(`Metadata file written to ${file}`);
});
