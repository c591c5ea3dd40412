/**
 * The competitions domain: its state slice and the queries the RPC handlers share (teams,
 * scoring, leaderboards). Its scenario section is loaded by scenario.ts.
 */
import { readFile } from "node:fs/promises";
import { HostSegments, type HostSegment, type SubmissionStatus } from "../../core/types/competitions";
import { metricInfo, type MetricName } from "../scoring/metrics";
import { parseSolution, scoreSubmission, ScoringError, type Solution } from "../scoring/score";
import type { Runtime } from "../service";
import type { CoreState, User } from "../state";
import type { EpisodeAgentState, EpisodeState, EpisodeType } from "../../core/types/competitions-more";

export interface PageRecord {
  name: string;
  content: string;
  postTitle?: string;
  mimeType?: string;
  published: boolean;
}

export interface EpisodeAgentRecord {
  submissionId: number;
  teamId: number;
  teamName: string;
  reward?: number;
  state: EpisodeAgentState;
  /** The agent's log file on disk (generated when absent). */
  logs?: { path: string; size: number };
}

export interface EpisodeRecord {
  id: number;
  competitionId: number;
  createTime: string;
  endTime?: string;
  state: EpisodeState;
  type: EpisodeType;
  agents: EpisodeAgentRecord[];
  /** The replay file on disk (generated when absent). */
  replay?: { path: string; size: number };
}

export interface DataFileRecord {
  name: string;
  description?: string;
  /** Absolute path on disk. */
  path: string;
  size: number;
  creationDate: string;
}

export interface CompetitionRecord {
  id: number;
  slug: string;
  title: string;
  description: string;
  category: HostSegment;
  reward: string;
  deadline: string;
  enabledDate: string;
  dateCreated: string;
  mergerDeadline?: string;
  newEntrantDeadline?: string;
  /** Username (user-hosted, e.g. community) or organisation slug. */
  host: string;
  organizationName?: string;
  launched: boolean;
  /** Team count to show at least (real competitions have thousands of teams). */
  teamCount?: number;
  kernelCount: number;
  maxDailySubmissions: number;
  maxTeamSize: number;
  metric: MetricName;
  /** Usernames that accepted the rules. */
  entrants: string[];
  /** Show private scores on submissions before the deadline. */
  showPrivate: boolean;
  awardsPoints: boolean;
  kernelsOnly: boolean;
  submissionsDisabled: boolean;
  dataVersionId: number;
  files: DataFileRecord[];
  solution?: { path: string; idColumn?: string };
  tags: string[];
  /** A simulation: agents play episodes; a team's public submissions are all its active ones. */
  simulation?: boolean;
  /** A lifetime cap on the team's submissions, on top of the daily one. */
  maxTotalSubmissions?: number;
  pages?: PageRecord[];
}

export interface TeamRecord {
  id: number;
  competitionId: number;
  name: string;
  /** Usernames (may name people who are not emulator users). */
  members: string[];
}

export interface SubmissionRecord {
  id: number;
  competitionId: number;
  teamId: number;
  /** Username of the submitter. */
  submittedBy: string;
  submittedByName: string;
  fileName: string;
  description?: string;
  date: string;
  /** Bytes on disk (absent for seeded submissions). */
  path?: string;
  totalBytes?: number;
  status: SubmissionStatus;
  publicScore?: number;
  privateScore?: number;
  errorDescription?: string;
  /** When a PENDING submission gets scored. */
  scoreAt?: string;
  /** Fails scoring with this reason (e.g. a code submission whose notebook has no output). */
  pendingError?: string;
  selected?: boolean;
  kernel?: { owner: string; slug: string; version?: number };
}

export interface CompetitionsState {
  scoringDelayMs: number;
  competitions: CompetitionRecord[];
  teams: TeamRecord[];
  submissions: SubmissionRecord[];
  /** Simulation episodes (absent in states saved before episodes existed). */
  episodes?: EpisodeRecord[];
}

declare module "../state" {
  interface StateSlices {
    competitions: CompetitionsState;
  }
}

// ---------------------------------------------------------------- categories

export const categoryNames: Record<HostSegment, string> = {
  HOST_SEGMENT_UNSPECIFIED: "",
  HOST_SEGMENT_FEATURED: "Featured",
  HOST_SEGMENT_RESEARCH: "Research",
  HOST_SEGMENT_RECRUITMENT: "Recruitment",
  HOST_SEGMENT_GETTING_STARTED: "Getting Started",
  HOST_SEGMENT_MASTERS: "Masters",
  HOST_SEGMENT_PLAYGROUND: "Playground",
  HOST_SEGMENT_COMMUNITY: "Community",
  HOST_SEGMENT_ANALYTICS: "Analytics",
};

/** `gettingStarted`, `Getting Started`, `getting-started` or `HOST_SEGMENT_GETTING_STARTED`. */
export function parseCategory(text: string): HostSegment | undefined {
  if ((HostSegments as readonly string[]).includes(text)) return text as HostSegment;
  const norm = text.replace(/[\s_-]/g, "").toLowerCase();
  return HostSegments.find((h) => h.replace("HOST_SEGMENT_", "").replace(/_/g, "").toLowerCase() === norm);
}

/** Numeric prize of a reward string (`$100,000` → 100000, `850,000 Usd` → 850000, `Knowledge` → 0). */
export function prizeValue(reward: string): number {
  const m = /([\d,]+(?:\.\d+)?)/.exec(reward);
  return m ? Number(m[1]!.replace(/,/g, "")) : 0;
}

// ---------------------------------------------------------------- queries

export function isEntrant(comp: CompetitionRecord, user: User): boolean {
  const u = user.username.toLowerCase();
  return comp.host.toLowerCase() === u || comp.entrants.some((e) => e.toLowerCase() === u);
}

/** Visible to `user`: launched, or unlaunched and hosted by them. */
export function isVisible(comp: CompetitionRecord, user: User | undefined): boolean {
  return comp.launched || (user !== undefined && comp.host.toLowerCase() === user.username.toLowerCase());
}

/** The user's team in `comp` (created on demand when `create`). */
export function teamFor(
  st: CompetitionsState,
  _core: CoreState,
  comp: CompetitionRecord,
  user: User,
  create: boolean,
  newId: () => number,
): TeamRecord | undefined {
  const u = user.username.toLowerCase();
  let team = st.teams.find((t) => t.competitionId === comp.id && t.members.some((m) => m.toLowerCase() === u));
  if (!team && create) {
    team = { id: newId(), competitionId: comp.id, name: user.displayName, members: [user.username] };
    st.teams.push(team);
  }
  return team;
}

/** A new submission's id and who made it: the user and their team in `comp` (made on first use). */
export function submissionIdentity(
  st: CompetitionsState,
  core: CoreState,
  comp: CompetitionRecord,
  user: User,
  nextId: (kind: string, start: number) => number,
): Pick<SubmissionRecord, "id" | "competitionId" | "teamId" | "submittedBy" | "submittedByName"> {
  const team = teamFor(st, core, comp, user, true, () => nextId("team", 11000000))!;
  return {
    id: nextId("submission", 40000000),
    competitionId: comp.id,
    teamId: team.id,
    submittedBy: user.username,
    submittedByName: user.displayName,
  };
}

export function privateVisible(comp: CompetitionRecord, now: number): boolean {
  return comp.showPrivate || now > Date.parse(comp.deadline);
}

export interface LeaderboardRow {
  team: TeamRecord;
  score: number;
  date: string;
}

/** Teams ranked by their best COMPLETE score (`public` or `private`), ties to the earlier date. */
export function leaderboard(st: CompetitionsState, comp: CompetitionRecord, which: "public" | "private"): LeaderboardRow[] {
  const higher = metricInfo[comp.metric].higherIsBetter;
  const best = new Map<number, LeaderboardRow>();
  for (const s of st.submissions) {
    if (s.competitionId !== comp.id || s.status !== "COMPLETE") continue;
    const score = which === "public" ? s.publicScore : s.privateScore;
    if (score === undefined) continue;
    const cur = best.get(s.teamId);
    if (!cur || (higher ? score > cur.score : score < cur.score) || (score === cur.score && s.date < cur.date)) {
      const team = st.teams.find((t) => t.id === s.teamId);
      if (team) best.set(s.teamId, { team, score, date: s.date });
    }
  }
  return [...best.values()].sort((a, b) => (higher ? b.score - a.score : a.score - b.score) || a.date.localeCompare(b.date) || a.team.id - b.team.id);
}

export function teamCount(st: CompetitionsState, comp: CompetitionRecord): number {
  const actual = st.teams.filter((t) => t.competitionId === comp.id).length;
  return Math.max(comp.teamCount ?? 0, actual);
}

// ---------------------------------------------------------------- scoring

const solutionCache = new Map<string, Solution>();

async function loadSolution(comp: CompetitionRecord): Promise<Solution> {
  const key = `${comp.solution!.path}\0${comp.solution!.idColumn ?? ""}`;
  let s = solutionCache.get(key);
  if (!s) {
    s = parseSolution(await readFile(comp.solution!.path, "utf8"), comp.solution!.idColumn);
    solutionCache.set(key, s);
  }
  return s;
}

async function scoreOne(comp: CompetitionRecord, sub: SubmissionRecord): Promise<void> {
  delete sub.scoreAt;
  if (sub.pendingError) {
    sub.status = "ERROR";
    sub.errorDescription = sub.pendingError;
    delete sub.pendingError;
    return;
  }
  if (!comp.solution) {
    sub.status = "ERROR";
    sub.errorDescription = "This competition has no solution file in the emulator scenario, so submissions cannot be scored.";
    return;
  }
  try {
    const text = sub.path ? await readFile(sub.path, "utf8") : "";
    const result = scoreSubmission(comp.metric, await loadSolution(comp), text);
    sub.status = "COMPLETE";
    if (result.publicScore !== undefined) sub.publicScore = result.publicScore;
    if (result.privateScore !== undefined) sub.privateScore = result.privateScore;
  } catch (e) {
    sub.status = "ERROR";
    sub.errorDescription = e instanceof ScoringError ? e.message : `Scoring failed: ${(e as Error).message}`;
  }
}

/** Scoring in progress, by submission object (a concurrent settle waits for it). */
const inflight = new WeakMap<SubmissionRecord, Promise<void>>();

/** Score every PENDING submission whose time has come (and wait for those being scored). */
export async function settleScoring(rt: Runtime): Promise<void> {
  const st = rt.store.state.competitions;
  if (!st) return;
  const now = rt.clock.now();
  const waits: Promise<void>[] = [];
  for (const sub of st.submissions) {
    if (sub.status !== "PENDING") continue;
    const running = inflight.get(sub);
    if (running) {
      waits.push(running);
      continue;
    }
    if (sub.scoreAt === undefined || Date.parse(sub.scoreAt) > now) continue;
    const comp = st.competitions.find((c) => c.id === sub.competitionId);
    if (!comp) continue;
    const p = scoreOne(comp, sub).finally(() => {
      inflight.delete(sub);
      rt.store.markDirty();
    });
    inflight.set(sub, p);
    waits.push(p);
  }
  await Promise.all(waits);
}
