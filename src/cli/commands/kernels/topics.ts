/** `kaggle kernels topics [list] <kernel>` → `ListKernelTopics`. */
import type { ParsedArgs } from "../../args";
import type { CliContext } from "../../context";
import { ConfigurationError } from "../../../core/errors";
import { printTopicPage } from "../forums/topic-page";
import { checkPageSize, int, pageOptions, str } from "../shared";
import { resolveKernel } from "./common";

export async function run(args: ParsedArgs, ctx: CliContext): Promise<void> {
  const text = str(args, "kernel");
  if (!text) throw new ConfigurationError("No kernel specified: give it as <owner>/<kernel-slug>, e.g. kaggle kernels topics list alice/my-notebook");
  checkPageSize(int(args, "page_size"));
  ctx.formatChoice(args);
  const ref = await resolveKernel(ctx, text);
  const page = await ctx.client.discussions.kernelTopics(ref.owner, ref.slug, {
    ...pageOptions(args),
    sortBy: str(args, "sort_by"),
    search: str(args, "search"),
  });
  printTopicPage(ctx, args, page);
}
