/** `kaggle kernels files <kernel>` → `ListKernelFiles`: one page of a kernel's output files. */
import { defineRun, table } from "../../command";
import { kernelFileColumns } from "../../output/kernel-columns";
import { checkPageSize, pageOptions } from "../shared";
import { kernelText, resolveKernel } from "./common";
import { FILES } from "./flags";

export const run = defineRun(FILES, async (args, ctx) => {
  checkPageSize(args.page_size);
  ctx.formatChoice(args); // a bad --format fails before any request
  const ref = await resolveKernel(ctx, kernelText(args));
  const page = await ctx.client.kernels.files(ref, pageOptions(args, 20));
  return table(page.files ?? [], kernelFileColumns, {
    nextPageToken: page.nextPageToken,
    empty: "No files found",
    emptyOnStderr: true,
    tableOnly: true,
  });
});
