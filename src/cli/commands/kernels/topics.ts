/** `kaggle kernels topics [list] <kernel>` → `ListKernelTopics`. */
import { defineRun } from "../../command";
import { ConfigurationError } from "../../../core/errors";
import { KERNEL_TOPICS_LIST } from "../forums/flags";
import { printTopicPage } from "../forums/topic-page";
import { checkPageSize } from "../shared";
import { resolveKernel } from "./common";

export const run = defineRun(KERNEL_TOPICS_LIST, async (args, ctx) => {
  if (!args.kernel)
    throw new ConfigurationError("No kernel specified: give it as <owner>/<kernel-slug>, e.g. kaggle kernels topics list alice/my-notebook");
  checkPageSize(args.page_size);
  ctx.formatChoice(args); // a bad --format fails before any request
  const ref = await resolveKernel(ctx, args.kernel);
  const page = await ctx.client.discussions.kernelTopics(ref.owner, ref.slug, {
    sortBy: args.sort_by,
    search: args.search,
    pageSize: args.page_size,
    pageToken: args.page_token,
  });
  printTopicPage(ctx, args, page);
});
