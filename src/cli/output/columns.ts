/** The columns each list command prints, as the official CLI names and orders them. */
import type { ApiCompetition, ApiDataFile, ApiLeaderboardSubmission, ApiSubmission } from "../../core/types/competitions";
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
