/** The columns each list command prints, as the official CLI names and orders them. */
import type { ApiCompetition, ApiDataFile, ApiLeaderboardSubmission, ApiSubmission } from "../../core/types/competitions";
import type { ApiCompetitionPage, ApiEpisode, ApiPublicSubmission } from "../../core/types/competitions-more";
import { pythonDateTime, pythonIsoDateTime } from "./cells";
import type { Column } from "./format";

const when = (v: string | undefined) => pythonDateTime(v);

export const competitionColumns: Column<ApiCompetition>[] = [
  { field: "ref", label: "ref", value: (c) => c.ref ?? "" },
  { field: "deadline", label: "deadline", value: (c) => when(c.deadline), json: (c) => pythonIsoDateTime(c.deadline) },
  { field: "category", label: "category", value: (c) => c.category ?? "" },
  { field: "reward", label: "reward", value: (c) => c.reward ?? "" },
  { field: "teamCount", label: "teamCount", value: (c) => c.teamCount ?? 0 },
  { field: "userHasEntered", label: "userHasEntered", value: (c) => c.userHasEntered ?? false },
];

export const dataFileColumns: Column<ApiDataFile>[] = [
  { field: "name", label: "name", value: (f) => f.name ?? f.ref ?? "" },
  { field: "totalBytes", label: "size", value: (f) => f.totalBytes ?? 0 },
  { field: "creationDate", label: "creationDate", value: (f) => when(f.creationDate), json: (f) => pythonIsoDateTime(f.creationDate) },
];

export const submissionColumns: Column<ApiSubmission>[] = [
  { field: "ref", label: "ref", value: (s) => s.ref ?? 0 },
  { field: "fileName", label: "fileName", value: (s) => s.fileName ?? "" },
  { field: "date", label: "date", value: (s) => when(s.date), json: (s) => pythonIsoDateTime(s.date) },
  { field: "description", label: "description", value: (s) => s.description ?? "" },
  {
    field: "status",
    label: "status",
    value: (s) => `SubmissionStatus.${s.status ?? "PENDING"}`,
    json: (s) => `SubmissionStatus.${s.status ?? "PENDING"}`,
  },
  { field: "publicScore", label: "publicScore", value: (s) => s.publicScore ?? "" },
  { field: "privateScore", label: "privateScore", value: (s) => s.privateScore ?? "" },
];

export const leaderboardColumns: Column<ApiLeaderboardSubmission>[] = [
  { field: "teamId", label: "teamId", value: (s) => s.teamId ?? 0 },
  { field: "teamName", label: "teamName", value: (s) => s.teamName ?? "" },
  { field: "submissionDate", label: "submissionDate", value: (s) => when(s.submissionDate), json: (s) => pythonIsoDateTime(s.submissionDate) },
  { field: "score", label: "score", value: (s) => s.score ?? "" },
];

export const teamSubmissionColumns: Column<ApiPublicSubmission>[] = [
  { field: "id", label: "id", value: (s) => s.id ?? 0 },
  { field: "dateSubmitted", label: "dateSubmitted", value: (s) => when(s.dateSubmitted), json: (s) => pythonIsoDateTime(s.dateSubmitted) },
  { field: "publicScore", label: "publicScore", value: (s) => s.publicScore ?? "" },
];

/** Enum cells as Python prints a member: `EpisodeState.COMPLETED`. */
const member = (enumName: string, value: string) => `${enumName}.${value}`;

export const episodeColumns: Column<ApiEpisode>[] = [
  { field: "id", label: "id", value: (e) => e.id ?? 0 },
  { field: "createTime", label: "createTime", value: (e) => when(e.createTime), json: (e) => pythonIsoDateTime(e.createTime) },
  { field: "endTime", label: "endTime", value: (e) => when(e.endTime), json: (e) => pythonIsoDateTime(e.endTime) },
  { field: "state", label: "state", value: (e) => member("EpisodeState", e.state ?? "EPISODE_STATE_UNSPECIFIED") },
  { field: "type", label: "type", value: (e) => member("EpisodeType", e.type ?? "EPISODE_TYPE_UNSPECIFIED") },
];

export const pageColumns: Column<ApiCompetitionPage>[] = [{ field: "name", label: "name", value: (p) => p.name ?? "" }];
export const pageContentColumns: Column<ApiCompetitionPage>[] = [
  ...pageColumns,
  { field: "content", label: "content", value: (p) => p.content ?? "" },
];
