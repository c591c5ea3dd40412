/** `kaggle kernels topics [list] <kernel>` → `ListKernelTopics`. */
import { defineRun } from "../../command";
import { ConfigurationError } from "../../../core/errors";
import { KERNEL_TOPICS_LIST } from "../forums/flags";
import { listEntityTopics } from "../forums/topic-page";
import { resolveKernel } from "./common";

export const run = defineRun(KERNEL_TOPICS_LIST, async (args, ctx) => {
  if (!args.kernel)
    throw new ConfigurationError("No kernel specified: give it as <owner>/<kernel-slug>, e.g. kaggle kernels topics list alice/my-notebook");
  const kernel = args.kernel;
  await listEntityTopics(ctx, args, async (opts) => {
    const ref = await resolveKernel(ctx, kernel);
    return ctx.client.discussions.kernelTopics(ref.owner, ref.slug, opts);
  });
});
