/** Submission rules (entry, the daily limit) and new submissions, scored after the scoring delay. */
import { badRequest, forbidden, notFound } from "../errors";
import type { RequestContext } from "../service";
import type { User } from "../state";
import { isEntrant, isVisible, settleScoring, submissionIdentity, teamFor, type CompetitionRecord, type SubmissionRecord } from "./state";

const RULES_SUBMIT = "You must accept this competition's rules before you'll be able to submit.";

export function requireEntered(comp: CompetitionRecord, user: User, message: string): void {
  if (!isEntrant(comp, user)) throw forbidden(message);
}

/** The competition named by `slug`, visible to the caller, or 404. */
export function findCompetition(ctx: RequestContext, slug: string, user: User | undefined): CompetitionRecord {
  const comp = ctx.state.competitions.competitions.find((c) => c.slug === slug.trim().toLowerCase());
  if (!comp || !isVisible(comp, user)) throw notFound(`Competition '${slug}' not found.`);
  return comp;
}

/** Non-ERROR submissions of `teamId` since 00:00 UTC today. */
export function usedToday(ctx: RequestContext, comp: CompetitionRecord, teamId: number): number {
  const now = new Date(ctx.now());
  const dayStart = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return ctx.state.competitions.submissions.filter(
    (s) => s.competitionId === comp.id && s.teamId === teamId && s.status !== "ERROR" && Date.parse(s.date) >= dayStart,
  ).length;
}

export interface Limits {
  numToday: number;
  numTotal: number;
  numAllowedNow: number;
  limitedByTotal: boolean;
}

/** The team's counts against the daily limit and the lifetime cap (ERROR submissions are not counted). */
export function limitsFor(ctx: RequestContext, comp: CompetitionRecord, teamId: number | undefined): Limits {
  const numToday = teamId === undefined ? 0 : usedToday(ctx, comp, teamId);
  const numTotal =
    teamId === undefined
      ? 0
      : ctx.state.competitions.submissions.filter((s) => s.competitionId === comp.id && s.teamId === teamId && s.status !== "ERROR").length;
  const daily = Math.max(0, comp.maxDailySubmissions - numToday);
  const lifetime = comp.maxTotalSubmissions === undefined ? Infinity : Math.max(0, comp.maxTotalSubmissions - numTotal);
  return { numToday, numTotal, numAllowedNow: Math.min(daily, lifetime), limitedByTotal: lifetime < daily };
}

export function checkCanSubmit(ctx: RequestContext, comp: CompetitionRecord, user: User): void {
  requireEntered(comp, user, RULES_SUBMIT);
  if (comp.submissionsDisabled) throw badRequest("Submissions are disabled for this competition.");
  const team = teamFor(ctx.state.competitions, ctx.state, comp, user, false, () => 0);
  if (!team) return;
  const limits = limitsFor(ctx, comp, team.id);
  if (limits.numAllowedNow > 0) return;
  if (limits.limitedByTotal) {
    throw badRequest(`Submission limit reached: your team has used all ${comp.maxTotalSubmissions} submissions allowed in this competition.`);
  }
  throw badRequest(
    `Submission limit reached: you have used ${limits.numToday} of ${comp.maxDailySubmissions} submissions today. The limit resets at 00:00 UTC.`,
  );
}

export function newSubmission(
  ctx: RequestContext,
  comp: CompetitionRecord,
  user: User,
  fields: Pick<SubmissionRecord, "fileName"> & Partial<SubmissionRecord>,
): SubmissionRecord {
  const st = ctx.state.competitions;
  const now = ctx.now();
  const sub: SubmissionRecord = {
    ...submissionIdentity(st, ctx.state, comp, user, (kind, start) => ctx.nextId(kind, start)),
    date: new Date(now).toISOString(),
    status: "PENDING",
    scoreAt: new Date(now + st.scoringDelayMs).toISOString(),
    ...fields,
  };
  st.submissions.push(sub);
  ctx.changed();
  const rt = ctx.rt;
  rt.schedule(st.scoringDelayMs, async () => {
    await settleScoring(rt);
    rt.store.saveIfDirty();
  });
  return sub;
}
