/** `kaggle kernels files <kernel>` → `ListKernelFiles`: one page of a kernel's output files. */
import type { ParsedArgs } from "../../args";
import type { CliContext } from "../../context";
import { kernelFileColumns } from "../../output/kernel-columns";
import { checkPageSize, int, pageOptions } from "../shared";
import { kernelText, resolveKernel } from "./common";

export async function run(args: ParsedArgs, ctx: CliContext): Promise<void> {
  checkPageSize(int(args, "page_size"));
  ctx.formatChoice(args); // a bad --format fails before any request
  const ref = await resolveKernel(ctx, kernelText(args));
  const page = await ctx.client.kernels.files(ref, pageOptions(args, 20));
  ctx.printPage(page.files ?? [], kernelFileColumns, args, {
    nextPageToken: page.nextPageToken,
    empty: "No files found",
    emptyOnStderr: true,
    tableOnly: true,
  });
}
