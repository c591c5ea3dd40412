/** Competition records as the wire answers them. */
import type { ApiCompetition, ApiDataFile, ApiLeaderboardSubmission, ApiSubmission } from "../../core/types/competitions";
import { csvCell } from "../scoring/csv";
import { formatScore, metricInfo } from "../scoring/metrics";
import type { RequestContext } from "../service";
import type { User } from "../state";
import { wireTime } from "../wire";
import {
  categoryNames,
  isEntrant,
  leaderboard,
  privateVisible,
  teamCount,
  teamFor,
  type CompetitionRecord,
  type DataFileRecord,
  type LeaderboardRow,
  type SubmissionRecord,
} from "./state";

export const competitionRef = (slug: string): string => `https://www.kaggle.com/competitions/${slug}`;

export function toApiCompetition(ctx: RequestContext, comp: CompetitionRecord, user: User): ApiCompetition {
  const st = ctx.state.competitions;
  const entered = isEntrant(comp, user);
  let userRank: number | undefined;
  if (entered) {
    const team = teamFor(st, ctx.state, comp, user, false, () => 0);
    if (team) {
      const rows = leaderboard(st, comp, "public");
      const i = rows.findIndex((r) => r.team.id === team.id);
      if (i >= 0) userRank = i + 1;
    }
  }
  const out: ApiCompetition = {
    id: comp.id,
    ref: competitionRef(comp.slug),
    title: comp.title,
    url: competitionRef(comp.slug),
    description: comp.description,
    organizationName: comp.organizationName,
    organizationRef: comp.organizationName ? comp.host : undefined,
    category: categoryNames[comp.category],
    reward: comp.reward,
    tags: comp.tags.map((t) => ({ ref: t, name: t })),
    deadline: wireTime(comp.deadline),
    kernelCount: comp.kernelCount,
    teamCount: teamCount(st, comp),
    userHasEntered: entered,
    userRank,
    mergerDeadline: wireTime(comp.mergerDeadline),
    newEntrantDeadline: wireTime(comp.newEntrantDeadline),
    enabledDate: wireTime(comp.enabledDate),
    maxDailySubmissions: comp.maxDailySubmissions,
    maxTeamSize: comp.maxTeamSize,
    evaluationMetric: metricInfo[comp.metric].title,
    awardsPoints: comp.awardsPoints,
    isKernelsSubmissionsOnly: comp.kernelsOnly,
    submissionsDisabled: comp.submissionsDisabled,
    thumbnailImageUrl: `https://storage.googleapis.com/kaggle-competitions/kaggle/${comp.id}/logos/thumb76_76.png`,
    hostName: comp.host,
    dateCreated: wireTime(comp.dateCreated),
  };
  return out;
}

export function toApiSubmission(comp: CompetitionRecord, sub: SubmissionRecord, teamName: string, now: number): ApiSubmission {
  return {
    ref: sub.id,
    totalBytes: sub.totalBytes,
    date: wireTime(sub.date),
    description: sub.description,
    errorDescription: sub.status === "ERROR" ? sub.errorDescription : undefined,
    fileName: sub.fileName,
    publicScore: sub.status === "COMPLETE" ? formatScore(sub.publicScore) : undefined,
    privateScore: sub.status === "COMPLETE" && privateVisible(comp, now) ? formatScore(sub.privateScore) : undefined,
    status: sub.status,
    submittedBy: sub.submittedByName,
    submittedByRef: sub.submittedBy,
    teamName,
  };
}

export function toApiDataFile(f: DataFileRecord): ApiDataFile {
  return {
    ref: f.name,
    name: f.name,
    description: f.description,
    totalBytes: f.size,
    creationDate: wireTime(f.creationDate),
  };
}

export function toLeaderboardEntry(r: LeaderboardRow): ApiLeaderboardSubmission {
  return {
    teamId: r.team.id,
    teamName: r.team.name,
    submissionDate: wireTime(r.date),
    score: formatScore(r.score),
  };
}

/** The public leaderboard as `DownloadLeaderboard` zips it (CRLF lines). */
export function leaderboardCsv(rows: LeaderboardRow[]): string {
  const lines = ["TeamId,TeamName,SubmissionDate,Score"];
  for (const r of rows) {
    const date = new Date(r.date).toISOString().slice(0, 19).replace("T", " ");
    lines.push([r.team.id, csvCell(r.team.name), date, formatScore(r.score)!].join(","));
  }
  return lines.join("\r\n") + "\r\n";
}
