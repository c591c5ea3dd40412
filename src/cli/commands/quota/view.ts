/** `kaggle quota [-v | --format F]` → `GetAcceleratorQuotaStatistics`, printed as kaggle 2.2.3's `quota_view_cli`. */
import { defineRun, table } from "../../command";
import { quotaColumns } from "../../output/quota-columns";
import { QUOTA } from "./flags";

export const run = defineRun(QUOTA, async (args, ctx) => {
  ctx.formatChoice(args); // a bad --format fails before any request
  const q = await ctx.client.kernels.quota();
  if (q.quotas.length === 0) {
    ctx.out("No quota information available\n");
    return;
  }
  return table(
    q.quotas.map((quota) => ({ quota, refreshAt: q.refreshAt })),
    quotaColumns,
  );
});
