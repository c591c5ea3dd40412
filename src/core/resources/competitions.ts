/** `competitions.CompetitionApiService`: listing, data files, submissions and leaderboards. */
import fs from "node:fs";
import path from "node:path";
import type { KaggleClient } from "../client";
import { apiErrorFor, ConfigurationError, KaggleApiError, ProtocolError } from "../errors";
import type { DownloadResult } from "../http/download";
import { paginate } from "../paginate";
import type { Progress } from "../progress";
import { competitionSlug, competitionUrl } from "../refs";
import { Services } from "../types/common";
import type {
  ApiCreateCodeSubmissionRequest,
  ApiCreateSubmissionRequest,
  ApiCreateSubmissionResponse,
  ApiGetLeaderboardResponse,
  ApiLeaderboardSubmission,
  ApiListCompetitionsRequest,
  ApiListCompetitionsResponse,
  ApiListDataFilesResponse,
  ApiListSubmissionsRequest,
  ApiListSubmissionsResponse,
  ApiSubmission,
  CompetitionListTab,
  CompetitionSortBy,
  HostSegment,
  SubmissionGroup,
  SubmissionSortBy,
} from "../types/competitions";
import type { SentCreate } from "../uploads";
import { pollUntil } from "../wait";
import { CompetitionsMore, lastSegment } from "./competitions-more";
import type { DownloadTarget, PageOptions } from "./shared";

export type { DownloadTarget, PageOptions };

const SERVICE = Services.competitions;

export interface ListCompetitionsOptions {
  group?: CompetitionListTab;
  category?: HostSegment;
  sortBy?: CompetitionSortBy;
  search?: string;
  page?: number;
  pageSize?: number;
  pageToken?: string;
}

export interface SubmitOptions {
  message?: string;
  progress?: Progress;
  sandbox?: boolean;
  /** Admin-only: `benchmarkModelVersionId`. */
  benchmarkModelVersionId?: number;
  /** Where a sent-but-unanswered submission is remembered (default `<tmp>/.kaggle/uploads`). */
  stateDir?: string;
}

export interface SubmissionResult {
  ref: number;
  message: string;
  /** Nothing was submitted: an earlier run's submission, whose answer was lost, is this one. */
  recovered?: boolean;
}

/** A submission's state is final once it is `COMPLETE` or `ERROR`. */
export function submissionStatus(s: ApiSubmission): "PENDING" | "COMPLETE" | "ERROR" {
  return s.status ?? "PENDING";
}

export class CompetitionsResource extends CompetitionsMore {
  constructor(client: KaggleClient) {
    super(client);
  }

  /** One page of competitions, with the request shaped exactly as the official CLI sends it. */
  list(opts: ListCompetitionsOptions = {}): Promise<ApiListCompetitionsResponse> {
    const body: ApiListCompetitionsRequest = {
      group: opts.group ?? "COMPETITION_LIST_TAB_EVERYTHING",
      category: opts.category ?? "HOST_SEGMENT_UNSPECIFIED",
      sortBy: opts.sortBy ?? "COMPETITION_SORT_BY_BEST",
      search: opts.search ?? "",
      page: opts.page === -1 ? undefined : opts.page,
      pageToken: opts.pageToken,
      pageSize: opts.pageSize,
    };
    return this.client.rpc("competitions.CompetitionApiService/ListCompetitions", body);
  }

  /** Every competition matching the filters, across pages. */
  listAll(opts: Omit<ListCompetitionsOptions, "page" | "pageToken"> = {}) {
    return paginate(
      (pageToken) => this.list({ ...opts, ...(pageToken ? { pageToken } : {}) }),
      (page) => page.competitions,
    );
  }

  files(competition: string, opts: PageOptions = {}): Promise<ApiListDataFilesResponse> {
    return this.client.rpc("competitions.CompetitionApiService/ListDataFiles", {
      competitionName: competition,
      pageSize: opts.pageSize ?? 20,
      pageToken: opts.pageToken,
    });
  }

  filesAll(competition: string, pageSize = 200) {
    return paginate(
      (pageToken) => this.files(competition, { pageSize, ...(pageToken ? { pageToken } : {}) }),
      (page) => page.files,
    );
  }

  /** Downloads one data file, named after the last segment of the signed URL. */
  downloadFile(competition: string, fileName: string, target: DownloadTarget): Promise<DownloadResult> {
    return this.client.download({
      source: () => this.client.redirectSource("competitions.CompetitionApiService/DownloadDataFile", { competitionName: competition, fileName }),
      dest: target.path,
      fileNameFromUrl: (url) => lastSegment(url),
      ...(target.force ? { force: true } : {}),
      ...(target.progress ? { progress: target.progress } : {}),
    });
  }

  /** Downloads all data files as `<competition>.zip` (never unzipped, as upstream). */
  downloadAll(competition: string, target: DownloadTarget): Promise<DownloadResult> {
    return this.client.download({
      source: () => this.client.redirectSource("competitions.CompetitionApiService/DownloadDataFiles", { competitionName: competition }),
      dest: target.path,
      fileNameFromUrl: (url) => {
        const name = lastSegment(url);
        const dot = name.lastIndexOf(".");
        return `${competition}${dot === -1 ? ".zip" : name.slice(dot)}`;
      },
      ...(target.force ? { force: true } : {}),
      ...(target.progress ? { progress: target.progress } : {}),
    });
  }

  /**
   * Before any byte is sent: a competition whose rules the caller has not accepted would refuse
   * the submission after the upload. One that the search does not find is left to the server.
   */
  private async checkRulesAccepted(competition: string): Promise<void> {
    const slug = competitionSlug(competition).trim().toLowerCase();
    const page = await this.list({ search: slug });
    const found = page.competitions?.find((c) => competitionSlug(c.ref ?? "").toLowerCase() === slug);
    if (found && !found.userHasEntered) {
      throw apiErrorFor(
        `You have not accepted the rules of ${slug}: accept them at ${competitionUrl(slug, this.client.webBase)}/rules, then submit again`,
        {
          status: 403,
          rpc: `${SERVICE}/CreateSubmission`,
        },
      );
    }
  }

  /**
   * Uploads a file and creates a submission. A failed upload is an error: the submission is
   * never created from a partial file. Safe to repeat: when an earlier run sent this very
   * submission (same competition, file and description) and lost the answer, the caller's
   * latest submissions are looked up first and a match is returned instead of submitting twice.
   */
  async submit(competition: string, file: string, opts: SubmitOptions = {}): Promise<SubmissionResult> {
    let stat: fs.Stats;
    try {
      stat = await fs.promises.stat(file);
    } catch {
      throw new ConfigurationError(`Submission file not found: ${file}; check the path given with -f`);
    }
    if (!stat.isFile()) throw new ConfigurationError(`${file} is not a file; give the submission file with -f`);
    const m = await import("../uploads");
    const sentFile = m.sentCreateFile(opts.stateDir ?? m.defaultStateDir(this.client.host.env), `submission:${competition}:${path.resolve(file)}`);
    const current = (): SentCreate => ({
      kind: "submission",
      target: competition,
      text: opts.message ?? "",
      files: [{ name: path.basename(file), size: stat.size, fingerprint: `${stat.size}:${Math.floor(stat.mtimeMs)}` }],
      sentAt: this.client.clock.now(),
    });
    const earlier = m.readSentCreate(sentFile);
    if (earlier) {
      const now = current();
      const same = earlier.kind === now.kind && earlier.target === now.target && earlier.text === now.text && m.sameFiles(earlier.files, now.files);
      const found = same ? await this.findSubmitted(competition, earlier) : undefined;
      await m.forgetSentCreate(sentFile);
      if (found?.ref !== undefined) {
        return {
          ref: found.ref,
          message: `Submission ${found.ref} of ${now.files[0]!.name} with this description already exists: created by an earlier run whose answer was lost; nothing was submitted again`,
          recovered: true,
        };
      }
    }
    // Hosts' sandbox submissions need no entry.
    if (!opts.sandbox) await this.checkRulesAccepted(competition);
    const start = await this.client.rpc("competitions.CompetitionApiService/StartSubmissionUpload", {
      competitionName: competition,
      contentLength: stat.size || undefined,
      lastModifiedEpochSeconds: Math.floor(stat.mtimeMs / 1000) || undefined,
      fileName: path.basename(file),
    });
    if (!start.createUrl || !start.token) {
      throw new ProtocolError("StartSubmissionUpload answered without an upload URL", { status: 0 });
    }
    await this.client.upload({
      url: start.createUrl,
      file,
      size: stat.size,
      ...(opts.progress ? { progress: opts.progress } : {}),
    });
    const body: ApiCreateSubmissionRequest = {
      competitionName: competition,
      blobFileTokens: start.token,
      submissionDescription: opts.message || undefined,
      benchmarkModelVersionId: opts.benchmarkModelVersionId,
      sandbox: opts.sandbox ? true : undefined,
    };
    await m.recordSentCreate(sentFile, current());
    let res: ApiCreateSubmissionResponse;
    try {
      res = await this.client.rpc("competitions.CompetitionApiService/CreateSubmission", body);
    } catch (err) {
      // An answer (even a refusal) means nothing is pending; no answer means it may have happened.
      if (err instanceof KaggleApiError && err.status !== 0) await m.forgetSentCreate(sentFile);
      throw err;
    }
    await m.forgetSentCreate(sentFile);
    return { ref: res.ref ?? 0, message: res.message ?? "" };
  }

  /** The newest of the caller's submissions that matches one sent earlier, if the server has it. */
  private async findSubmitted(competition: string, sent: SentCreate): Promise<ApiSubmission | undefined> {
    const { createdSince } = await import("../uploads");
    const f = sent.files[0];
    if (!f) return undefined;
    const page = await this.submissions(competition, { pageSize: 20 });
    return (page.submissions ?? []).find(
      (s) =>
        s.fileName === f.name &&
        (s.description ?? "") === sent.text &&
        (s.totalBytes === undefined || s.totalBytes === f.size) &&
        createdSince(s.date, sent.sentAt),
    );
  }

  /** A code-competition submission from a notebook version. */
  async submitCode(
    competition: string,
    kernel: string,
    version: number,
    opts: { fileName?: string; message?: string } = {},
  ): Promise<SubmissionResult> {
    const [owner, slug, ...rest] = kernel.split("/");
    if (!owner || !slug || rest.length) throw new ConfigurationError("The kernel must be specified as <owner>/<notebook>");
    const body: ApiCreateCodeSubmissionRequest = {
      competitionName: competition,
      kernelOwner: owner,
      kernelSlug: slug,
      kernelVersion: version,
      fileName: opts.fileName || undefined,
      submissionDescription: opts.message || undefined,
    };
    const res = await this.client.rpc("competitions.CompetitionApiService/CreateCodeSubmission", body);
    return { ref: res.ref ?? 0, message: res.message ?? "" };
  }

  /** One page of the caller's submissions, newest first (`page: -1` as the official CLI). */
  submissions(
    competition: string,
    opts: PageOptions & { sortBy?: SubmissionSortBy; group?: SubmissionGroup } = {},
  ): Promise<ApiListSubmissionsResponse> {
    const body: ApiListSubmissionsRequest = {
      competitionName: competition,
      page: -1,
      pageSize: opts.pageSize,
      pageToken: opts.pageToken,
      sortBy: opts.sortBy && opts.sortBy !== "SUBMISSION_SORT_BY_DATE" ? opts.sortBy : undefined,
      group: opts.group && opts.group !== "SUBMISSION_GROUP_ALL" ? opts.group : undefined,
    };
    return this.client.rpc("competitions.CompetitionApiService/ListSubmissions", body);
  }

  submissionsAll(competition: string, opts: { sortBy?: SubmissionSortBy; group?: SubmissionGroup } = {}) {
    return paginate(
      (pageToken) => this.submissions(competition, { ...opts, pageSize: 100, ...(pageToken ? { pageToken } : {}) }),
      (page) => page.submissions,
    );
  }

  /** Finds one of the caller's submissions by its id. */
  async submission(competition: string, ref: number): Promise<ApiSubmission> {
    for await (const s of this.submissionsAll(competition)) if (s.ref === ref) return s;
    throw apiErrorFor(`Submission ${ref} was not found among your submissions to ${competition}`, { status: 404 });
  }

  /** Polls until the submission is scored (`COMPLETE`) or failed (`ERROR`), or the deadline. */
  waitForScore(
    competition: string,
    ref: number,
    opts: { timeoutMs: number; signal?: AbortSignal; onPoll?: (s: ApiSubmission) => void; initialIntervalMs?: number; maxIntervalMs?: number },
  ): Promise<ApiSubmission> {
    return pollUntil(
      async () => {
        const s = await this.getSubmission(ref);
        opts.onPoll?.(s);
        return submissionStatus(s) === "PENDING" ? undefined : s;
      },
      {
        timeoutMs: opts.timeoutMs,
        initialIntervalMs: opts.initialIntervalMs ?? 1_000,
        maxIntervalMs: opts.maxIntervalMs ?? 15_000,
        clock: this.client.clock,
        ...(opts.signal ? { signal: opts.signal } : {}),
        describe: (ms) =>
          `Submission ${ref} to ${competition} was still pending after ${Math.round(ms / 1000)} s; raise the timeout or check it later with 'kaggle competitions submissions ${competition}'`,
      },
    );
  }

  leaderboard(competition: string, opts: PageOptions & { overridePublic?: boolean } = {}): Promise<ApiGetLeaderboardResponse> {
    return this.client.rpc("competitions.CompetitionApiService/GetLeaderboard", {
      competitionName: competition,
      overridePublic: opts.overridePublic,
      pageSize: opts.pageSize,
      pageToken: opts.pageToken,
    });
  }

  leaderboardAll(competition: string, opts: { overridePublic?: boolean } = {}): AsyncGenerator<ApiLeaderboardSubmission> {
    return paginate(
      (pageToken) => this.leaderboard(competition, { ...opts, pageSize: 200, ...(pageToken ? { pageToken } : {}) }),
      (page) => page.submissions,
    );
  }

  /** Downloads the whole leaderboard as `<competition>.zip` into a folder. */
  async downloadLeaderboard(competition: string, target: DownloadTarget): Promise<DownloadResult> {
    return this.client.download({
      source: async () => ({
        response: await this.client.fileResponse("competitions.CompetitionApiService/DownloadLeaderboard", { competitionName: competition }),
      }),
      dest: path.join(target.path, `${competition}.zip`),
      alwaysDownload: true,
      ...(target.progress ? { progress: target.progress } : {}),
    });
  }
}

export { lastSegment };
