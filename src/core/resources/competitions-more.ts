/**
 * The newer calls of `competitions.CompetitionApiService`, which `CompetitionsResource` inherits:
 * one submission by id, its file, the caller's submission limits, a team's public submissions,
 * simulation episodes with their replays and agent logs, and competition pages.
 */
import path from "node:path";
import type { KaggleClient } from "../client";
import type { DownloadResult } from "../http/download";
import type { FileRpc, RpcRequest } from "../rpc";
import type { ApiSubmission } from "../types/competitions";
import type { ApiCompetitionPage, ApiEpisode, ApiPublicSubmission, ApiSubmissionLimits } from "../types/competitions-more";
import type { DownloadTarget } from "./shared";

/** Last path segment of a URL, query removed, not percent-decoded (as upstream). */
export function lastSegment(url: string): string {
  const noQuery = url.split("?")[0]!.split("#")[0]!;
  return noQuery.slice(noQuery.lastIndexOf("/") + 1);
}

export class CompetitionsMore {
  constructor(protected readonly client: KaggleClient) {}

  /** One submission by its id (`ref`), whoever's competition it belongs to. */
  getSubmission(ref: number): Promise<ApiSubmission> {
    return this.client.rpc("competitions.CompetitionApiService/GetSubmission", { ref });
  }

  /** Downloads the file of one of the caller's submissions, named after the signed URL. */
  downloadSubmission(submissionId: number, target: DownloadTarget): Promise<DownloadResult> {
    return this.client.download({
      source: () => this.client.redirectSource("competitions.CompetitionApiService/DownloadSubmission", { submissionId }),
      dest: target.path,
      fileNameFromUrl: lastSegment,
      ...(target.force ? { force: true } : {}),
      ...(target.progress ? { progress: target.progress } : {}),
    });
  }

  /** How many submissions the caller's team made today and in all, and how many are left today. */
  submissionLimits(competition: string): Promise<ApiSubmissionLimits> {
    return this.client.rpc("competitions.CompetitionApiService/GetSubmissionLimits", { competitionName: competition });
  }

  /** A team's public submissions (all active ones in a simulation, else its leaderboard entry). */
  async teamSubmissions(teamId: number): Promise<ApiPublicSubmission[]> {
    const res = await this.client.rpc("competitions.CompetitionApiService/ListTeamPublicSubmissions", { teamId });
    return res.submissions ?? [];
  }

  /** The episodes a simulation submission played. */
  async episodes(submissionId: number): Promise<ApiEpisode[]> {
    const res = await this.client.rpc("competitions.CompetitionApiService/ListSubmissionEpisodes", { submissionId });
    return res.episodes ?? [];
  }

  /** Downloads an episode's replay to `<folder>/episode-<id>-replay.json`. */
  downloadReplay(episodeId: number, target: DownloadTarget): Promise<DownloadResult> {
    return this.downloadEpisodeFile("competitions.CompetitionApiService/GetEpisodeReplay", { episodeId }, target, `episode-${episodeId}-replay.json`);
  }

  /** Downloads one agent's logs of an episode to `<folder>/episode-<id>-agent-<index>-logs.json`. */
  downloadAgentLogs(episodeId: number, agentIndex: number, target: DownloadTarget): Promise<DownloadResult> {
    return this.downloadEpisodeFile(
      "competitions.CompetitionApiService/GetEpisodeAgentLogs",
      { episodeId, agentIndex },
      target,
      `episode-${episodeId}-agent-${agentIndex}-logs.json`,
    );
  }

  /** A competition's pages (description, rules, evaluation, …), or the one named. */
  async pages(competition: string, pageName?: string): Promise<ApiCompetitionPage[]> {
    const res = await this.client.rpc("competitions.CompetitionApiService/ListCompetitionPages", {
      competitionName: competition,
      pageName: pageName || undefined,
    });
    return res.pages ?? [];
  }

  private downloadEpisodeFile<N extends FileRpc>(name: N, body: RpcRequest<N>, target: DownloadTarget, fileName: string): Promise<DownloadResult> {
    return this.client.download({
      source: async () => ({ response: await this.client.fileResponse(name, body) }),
      dest: path.join(target.path, fileName),
      alwaysDownload: true,
      ...(target.progress ? { progress: target.progress } : {}),
    });
  }
}
