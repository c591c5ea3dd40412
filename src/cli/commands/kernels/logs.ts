/**
 * `kaggle kernels logs <kernel> [-f]` as kaggle 2.2.3: without `-f` the latest run's log as the
 * server keeps it (Kaggle's JSON text); with `-f` each record's text as the run produces it,
 * until the run ends. `--interval` is accepted and ignored, as upstream. A 403 is kaggle's own
 * hint about a wrong slug.
 */
import { defineRun } from "../../command";
import { CommandFailed } from "../../errors";
import { PermissionDeniedError } from "../../../core/errors";
import { LOGS } from "./flags";
import { resolveKernel } from "./common";

const WRONG_SLUG =
  "(Permission 'kernels.get' was denied). The most likely cause is a wrong kernel slug. Use the slug from the notebook URL (kaggle.com/code/owner/KERNEL-SLUG).";

export const run = defineRun(LOGS, async (args, ctx) => {
  const typed = args.kernel ?? args.kernel_opt;
  const ref = await resolveKernel(ctx, typed);
  try {
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
  } catch (err) {
    if (!(err instanceof PermissionDeniedError)) throw err;
    throw new CommandFailed(`${args.follow ? "Cannot stream logs for" : "Cannot access"} kernel '${typed}' ${WRONG_SLUG}`, 1);
  }
});
