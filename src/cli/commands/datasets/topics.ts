/** `kaggle datasets topics [list] <dataset>` → `ListDatasetTopics`. */
import { defineRun } from "../../command";
import { ConfigurationError } from "../../../core/errors";
import { DATASET_TOPICS_LIST } from "../forums/flags";
import { printTopicPage } from "../forums/topic-page";
import { checkPageSize } from "../shared";
import { datasetArg } from "./common";

export const run = defineRun(DATASET_TOPICS_LIST, async (args, ctx) => {
  if (!args.dataset)
    throw new ConfigurationError("No dataset specified: give it as <owner>/<dataset-slug>, e.g. kaggle datasets topics list alice/city-weather");
  checkPageSize(args.page_size);
  ctx.formatChoice(args); // a bad --format fails before any request
  const ref = await datasetArg(ctx, args);
  const page = await ctx.client.discussions.datasetTopics(ref.owner, ref.slug, {
    sortBy: args.sort_by,
    search: args.search,
    pageSize: args.page_size,
    pageToken: args.page_token,
  });
  printTopicPage(ctx, args, page);
});
