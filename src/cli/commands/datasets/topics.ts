/** `kaggle datasets topics [list] <dataset>` → `ListDatasetTopics`. */
import type { ParsedArgs } from "../../args";
import type { CliContext } from "../../context";
import { ConfigurationError } from "../../../core/errors";
import { printTopicPage } from "../forums/topic-page";
import { checkPageSize, int, pageOptions, str } from "../shared";
import { datasetArg } from "./common";

export async function run(args: ParsedArgs, ctx: CliContext): Promise<void> {
  if (!str(args, "dataset"))
    throw new ConfigurationError("No dataset specified: give it as <owner>/<dataset-slug>, e.g. kaggle datasets topics list alice/city-weather");
  checkPageSize(int(args, "page_size"));
  ctx.formatChoice(args);
  const ref = await datasetArg(ctx, args);
  const page = await ctx.client.discussions.datasetTopics(ref.owner, ref.slug, {
    ...pageOptions(args),
    sortBy: str(args, "sort_by"),
    search: str(args, "search"),
  });
  printTopicPage(ctx, args, page);
}
