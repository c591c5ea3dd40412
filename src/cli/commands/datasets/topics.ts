/** `kaggle datasets topics [list] <dataset>` → `ListDatasetTopics`. */
import { defineRun } from "../../command";
import { ConfigurationError } from "../../../core/errors";
import { DATASET_TOPICS_LIST } from "../forums/flags";
import { listEntityTopics } from "../forums/topic-page";
import { datasetArg } from "./common";

export const run = defineRun(DATASET_TOPICS_LIST, async (args, ctx) => {
  if (!args.dataset)
    throw new ConfigurationError("No dataset specified: give it as <owner>/<dataset-slug>, e.g. kaggle datasets topics list alice/city-weather");
  await listEntityTopics(ctx, args, async (opts) => {
    const ref = await datasetArg(ctx, args);
    return ctx.client.discussions.datasetTopics(ref.owner, ref.slug, opts);
  });
});
