/**
 * Wire types of the newer `competitions.CompetitionApiService` calls: one submission, its file
 * and the caller's limits; a team's public submissions; simulation episodes with their replays
 * and agent logs; competition pages (kagglesdk `competitions/types/competition_api_service.py`,
 * `competitions/types/episode.py`).
 */
import type { Timestamp } from "./common";

export interface ApiGetSubmissionRequest {
  ref: number;
}
export interface ApiDownloadSubmissionRequest {
  submissionId: number;
}

export interface ApiGetSubmissionLimitsRequest {
  competitionName: string;
}
export interface ApiSubmissionLimits {
  /** Submissions the caller's team made today (UTC). */
  numToday?: number;
  numTotal?: number;
  /** Submissions still allowed today. */
  numAllowedNow?: number;
  /** `numAllowedNow` is held down by the competition's lifetime cap, not the daily one. */
  limitedByTotal?: boolean;
}

export interface ApiListTeamPublicSubmissionsRequest {
  teamId: number;
}
export interface ApiPublicSubmission {
  id: number;
  dateSubmitted?: Timestamp;
  publicScore?: string;
}
export interface ApiListTeamPublicSubmissionsResponse {
  submissions?: ApiPublicSubmission[];
}

export const EpisodeStates = ["EPISODE_STATE_UNSPECIFIED", "CREATED", "COMPLETED", "ERRORED", "NEVER_STARTED"] as const;
export type EpisodeState = (typeof EpisodeStates)[number];
export const EpisodeTypes = [
  "EPISODE_TYPE_UNSPECIFIED",
  "EPISODE_TYPE_PUBLIC",
  "EPISODE_TYPE_PRIVATE",
  "EPISODE_TYPE_EXHIBITION",
  "EPISODE_TYPE_VALIDATION",
] as const;
export type EpisodeType = (typeof EpisodeTypes)[number];
export const EpisodeAgentStates = [
  "EPISODE_AGENT_STATE_UNSPECIFIED",
  "EPISODE_AGENT_STATE_PENDING",
  "EPISODE_AGENT_STATE_COMPLETE",
  "EPISODE_AGENT_STATE_ERROR_EVALUATION",
  "EPISODE_AGENT_STATE_ERROR_INVALID_ACTION",
  "EPISODE_AGENT_STATE_ERROR_TIMEOUT",
  "EPISODE_AGENT_STATE_ERROR_ON_EPISODE",
] as const;
export type EpisodeAgentState = (typeof EpisodeAgentStates)[number];

export interface ApiEpisodeAgent {
  submissionId?: number;
  index?: number;
  reward?: number;
  state?: EpisodeAgentState;
  teamName?: string;
  teamId?: number;
}
export interface ApiEpisode {
  id: number;
  createTime?: Timestamp;
  endTime?: Timestamp;
  /** Absent means `EPISODE_STATE_UNSPECIFIED` (the enum's zero value is omitted on the wire). */
  state?: EpisodeState;
  type?: EpisodeType;
  agents?: ApiEpisodeAgent[];
}
export interface ApiListSubmissionEpisodesRequest {
  submissionId: number;
}
export interface ApiListSubmissionEpisodesResponse {
  episodes?: ApiEpisode[];
}
export interface ApiGetEpisodeReplayRequest {
  episodeId: number;
}
export interface ApiGetEpisodeAgentLogsRequest {
  episodeId: number;
  agentIndex: number;
}

export interface ApiListCompetitionPagesRequest {
  competitionName: string;
  pageName?: string;
}
export interface ApiCompetitionPage {
  name?: string;
  content?: string;
  isPublished?: boolean;
  postTitle?: string;
  mimeType?: string;
}
export interface ApiListCompetitionPagesResponse {
  pages?: ApiCompetitionPage[];
}
