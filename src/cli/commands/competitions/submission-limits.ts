/** `kaggle competitions submission-limits <competition> [--json]` → `GetSubmissionLimits`. */
import { defineRun } from "../../command";
import type { ApiSubmissionLimits } from "../../../core/types/competitions-more";
import { SUBMISSION_LIMITS } from "./flags";

/** The limits with the wire's left-out defaults filled in. */
function fullLimits(l: ApiSubmissionLimits): Required<ApiSubmissionLimits> {
  return { numToday: l.numToday ?? 0, numTotal: l.numTotal ?? 0, numAllowedNow: l.numAllowedNow ?? 0, limitedByTotal: l.limitedByTotal ?? false };
}

export const run = defineRun(SUBMISSION_LIMITS, async (args, ctx) => {
  const limits = fullLimits(await ctx.client.competitions.submissionLimits(args.competition));
  if (args.json) {
    ctx.out(`${JSON.stringify(limits, null, 2)}\n`);
    return;
  }
  ctx.line(`Submissions today: ${limits.numToday}`);
  ctx.line(`Lifetime submissions: ${limits.numTotal}`);
  ctx.line(`Remaining today: ${limits.numAllowedNow}${limits.limitedByTotal ? " (limited by lifetime cap)" : ""}`);
});
