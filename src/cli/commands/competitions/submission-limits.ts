/** `kaggle competitions submission-limits <competition> [--json]` → `GetSubmissionLimits`. */
import type { ParsedArgs } from "../../args";
import type { CliContext } from "../../context";
import type { ApiSubmissionLimits } from "../../../core/types/competitions-more";
import { flag, str } from "../shared";

/** The limits with the wire's left-out defaults filled in. */
export function fullLimits(l: ApiSubmissionLimits): Required<ApiSubmissionLimits> {
  return { numToday: l.numToday ?? 0, numTotal: l.numTotal ?? 0, numAllowedNow: l.numAllowedNow ?? 0, limitedByTotal: l.limitedByTotal ?? false };
}

export async function run(args: ParsedArgs, ctx: CliContext): Promise<void> {
  const limits = fullLimits(await ctx.client.competitions.submissionLimits(str(args, "competition")!));
  if (flag(args, "json")) {
    ctx.out(`${JSON.stringify(limits, null, 2)}\n`);
    return;
  }
  ctx.line(`Submissions today: ${limits.numToday}`);
  ctx.line(`Lifetime submissions: ${limits.numTotal}`);
  ctx.line(`Remaining today: ${limits.numAllowedNow}${limits.limitedByTotal ? " (limited by lifetime cap)" : ""}`);
}
