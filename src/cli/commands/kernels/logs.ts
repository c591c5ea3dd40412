/**
 * `kaggle kernels logs <kernel> [-f]` as kaggle 2.2.3: without `-f` the latest run's log as the
 * server keeps it (Kaggle's JSON text); with `-f` each record's text as the run produces it,
 * until the run ends. `--interval` is accepted and ignored, as upstream.
 */
import { defineRun } from "../../command";
import { LOGS } from "./flags";
import { resolveKernel } from "./common";

export const run = defineRun(LOGS, async (args, ctx) => {
  const ref = await resolveKernel(ctx, args.kernel ?? args.kernel_opt);
  if (!args.follow) {
    ctx.out(`${await ctx.client.kernels.log({ owner: ref.owner, slug: ref.slug })}\n`);
    return;
  }
  await ctx.client.kernels.followLog(ref, {
    onEvent: (e) => {
      if (typeof e.data !== "string") return;
      ctx.out(e.data.endsWith("\n") ? e.data : `${e.data}\n`);
    },
    onReconnect: () => ctx.streams.stderr.write("Log stream connection lost, reconnecting...\n"),
  });
});
