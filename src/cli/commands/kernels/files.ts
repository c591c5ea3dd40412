/** `kaggle kernels files <kernel>` → `ListKernelFiles`: one page of a kernel's output files. */
import type { ParsedArgs } from "../../args";
import type { CliContext } from "../../context";
import { kernelFileColumns } from "../../output/kernel-columns";
import { checkPageSize, int, str } from "../shared";
import { kernelText, resolveKernel } from "./common";

export async function run(args: ParsedArgs, ctx: CliContext): Promise<void> {
  checkPageSize(int(args, "page_size"));
  const choice = ctx.formatChoice(args);
  const ref = await resolveKernel(ctx, kernelText(args));
  const page = await ctx.client.kernels.files(ref, {
    pageSize: int(args, "page_size") ?? 20,
    ...(str(args, "page_token") !== undefined ? { pageToken: str(args, "page_token")! } : {}),
  });
  ctx.nextPageToken(page.nextPageToken, choice);
  const files = page.files ?? [];
  if (files.length === 0 && choice.format === "table") {
    ctx.streams.stderr.write("No files found\n");
    return;
  }
  ctx.print(files, kernelFileColumns, args);
}
