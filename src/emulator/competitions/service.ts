/** `competitions.CompetitionApiService`: listing, data files, submissions, leaderboards. */
import { CompetitionListTabs, CompetitionSortBys, HostSegments, SubmissionGroups, SubmissionSortBys } from "../../core/types/competitions";
import { badRequest, notFound } from "../errors";
import { metricInfo } from "../scoring/metrics";
import * as s from "../schema";
import { defineService, method, reply } from "../service";
import type { StoredFile } from "../storage";
import { httpDate, paginate } from "../wire";
import { zipBuffer } from "../zip";
import { isEntrant, leaderboard, prizeValue, settleScoring, teamCount, teamFor, type CompetitionRecord, type SubmissionRecord } from "./state";
import { moreMethods } from "./more";
import { checkCanSubmit, findCompetition, newSubmission, requireEntered } from "./submissions";
import { leaderboardCsv, toApiCompetition, toApiDataFile, toApiSubmission, toLeaderboardEntry } from "./wire";

export const SUBMISSIONS_BUCKET = "kaggle-competitions-submissions";
const RULES_DOWNLOAD = "You must accept this competition's rules before you'll be able to download files.";

const CATEGORY_ORDER = [
  "HOST_SEGMENT_FEATURED",
  "HOST_SEGMENT_RESEARCH",
  "HOST_SEGMENT_RECRUITMENT",
  "HOST_SEGMENT_MASTERS",
  "HOST_SEGMENT_ANALYTICS",
  "HOST_SEGMENT_PLAYGROUND",
  "HOST_SEGMENT_GETTING_STARTED",
  "HOST_SEGMENT_COMMUNITY",
  "HOST_SEGMENT_UNSPECIFIED",
];

function searchRank(comp: CompetitionRecord, term: string): number {
  if (!term) return 0;
  if (comp.title.toLowerCase().includes(term)) return 0;
  if (comp.slug.includes(term)) return 1;
  return 2;
}

function dataFileObject(comp: CompetitionRecord, name: string): string {
  return `kagglesdsdata/competitions/${comp.id}/${comp.dataVersionId}/${name}`;
}

const competitionName = s.string({ required: true });

export const competitionsService = defineService({
  service: "competitions.CompetitionApiService",
  methods: {
    ListCompetitions: method({
      request: s.object({
        group: s.optional(s.enumOf(CompetitionListTabs)),
        category: s.optional(s.enumOf(HostSegments)),
        sortBy: s.optional(s.enumOf(CompetitionSortBys)),
        search: s.optional(s.string()),
        page: s.optional(s.int()),
        pageToken: s.optional(s.string()),
        pageSize: s.optional(s.int()),
      }),
      async handler(ctx, body) {
        const user = ctx.requireUser();
        await settleScoring(ctx.rt);
        const st = ctx.state.competitions;
        const now = ctx.now();
        const me = user.username.toLowerCase();
        const group = body.group ?? "COMPETITION_LIST_TAB_EVERYTHING";
        const isCommunity = (c: CompetitionRecord): boolean => c.category === "HOST_SEGMENT_COMMUNITY";
        const hostedByMe = (c: CompetitionRecord): boolean => c.host.toLowerCase() === me;
        let list = st.competitions.filter((c) => {
          switch (group) {
            case "COMPETITION_LIST_TAB_EVERYTHING":
              return c.launched;
            case "COMPETITION_LIST_TAB_GENERAL":
              return c.launched && !isCommunity(c);
            case "COMPETITION_LIST_TAB_ENTERED":
              return c.launched && isEntrant(c, user);
            case "COMPETITION_LIST_TAB_COMMUNITY":
              return c.launched && isCommunity(c);
            case "COMPETITION_LIST_TAB_HOSTED":
              return hostedByMe(c);
            case "COMPETITION_LIST_TAB_UNLAUNCHED":
              return !c.launched && hostedByMe(c) && !isCommunity(c);
            case "COMPETITION_LIST_TAB_UNLAUNCHED_COMMUNITY":
              return !c.launched && hostedByMe(c) && isCommunity(c);
          }
        });
        const category = body.category ?? "HOST_SEGMENT_UNSPECIFIED";
        if (category !== "HOST_SEGMENT_UNSPECIFIED") list = list.filter((c) => c.category === category);
        const term = (body.search ?? "").trim().toLowerCase();
        if (term) {
          list = list.filter((c) => c.title.toLowerCase().includes(term) || c.slug.includes(term) || c.description.toLowerCase().includes(term));
        }
        const active = (c: CompetitionRecord): number => (Date.parse(c.deadline) >= now ? 0 : 1);
        const deadline = (c: CompetitionRecord): number => Date.parse(c.deadline);
        const teams = (c: CompetitionRecord): number => teamCount(st, c);
        const sortBy = body.sortBy ?? "COMPETITION_SORT_BY_BEST";
        const cmp: Record<typeof sortBy, (a: CompetitionRecord, b: CompetitionRecord) => number> = {
          COMPETITION_SORT_BY_GROUPED: (a, b) =>
            active(a) - active(b) || CATEGORY_ORDER.indexOf(a.category) - CATEGORY_ORDER.indexOf(b.category) || deadline(a) - deadline(b),
          COMPETITION_SORT_BY_BEST: (a, b) => active(a) - active(b) || teams(b) - teams(a),
          COMPETITION_SORT_BY_PRIZE: (a, b) => prizeValue(b.reward) - prizeValue(a.reward),
          COMPETITION_SORT_BY_EARLIEST_DEADLINE: (a, b) => deadline(a) - deadline(b),
          COMPETITION_SORT_BY_LATEST_DEADLINE: (a, b) => deadline(b) - deadline(a),
          COMPETITION_SORT_BY_NUMBER_OF_TEAMS: (a, b) => teams(b) - teams(a),
          COMPETITION_SORT_BY_RELEVANCE: (a, b) => searchRank(a, term) - searchRank(b, term) || active(a) - active(b) || teams(b) - teams(a),
          COMPETITION_SORT_BY_RECENTLY_CREATED: (a, b) => Date.parse(b.dateCreated) - Date.parse(a.dateCreated),
        };
        list = [...list].sort((a, b) => cmp[sortBy](a, b) || a.id - b.id);
        const page = paginate(list, body);
        return {
          competitions: page.items.map((c) => toApiCompetition(ctx, c, user)),
          nextPageToken: page.nextPageToken,
        };
      },
    }),

    ListDataFiles: method({
      request: s.object({
        competitionName,
        pageSize: s.optional(s.int()),
        pageToken: s.optional(s.string()),
      }),
      handler(ctx, body) {
        const user = ctx.requireUser();
        const comp = findCompetition(ctx, body.competitionName, user);
        const page = paginate(comp.files, body);
        return { files: page.items.map(toApiDataFile), nextPageToken: page.nextPageToken };
      },
    }),

    DownloadDataFile: method({
      request: s.object({ competitionName, fileName: s.string({ required: true }) }),
      handler(ctx, body) {
        const user = ctx.requireUser();
        const comp = findCompetition(ctx, body.competitionName, user);
        requireEntered(comp, user, RULES_DOWNLOAD);
        const f = comp.files.find((x) => x.name === body.fileName);
        if (!f) throw notFound(`File '${body.fileName}' not found in competition '${comp.slug}'.`);
        const file: StoredFile = {
          path: f.path,
          size: f.size,
          lastModified: f.creationDate,
          name: f.name.split("/").pop()!,
        };
        return reply.redirect(ctx.storage.signedUrl(ctx.baseUrl, dataFileObject(comp, f.name), file));
      },
    }),

    DownloadDataFiles: method({
      request: s.object({ competitionName }),
      async handler(ctx, body) {
        const user = ctx.requireUser();
        const comp = findCompetition(ctx, body.competitionName, user);
        requireEntered(comp, user, RULES_DOWNLOAD);
        if (comp.files.length === 0) throw notFound(`Competition '${comp.slug}' has no data files.`);
        const lastModified = comp.files
          .map((f) => f.creationDate)
          .sort()
          .at(-1)!;
        const key = `${comp.slug}-${comp.id}-${comp.dataVersionId}-${comp.files.map((f) => `${f.name}:${f.size}`).join(",")}`;
        const digest = (await import("node:crypto")).createHash("sha1").update(key).digest("hex").slice(0, 16);
        const zip = await ctx.storage.zip(
          `competition-${comp.slug}-${digest}`,
          `${comp.slug}.zip`,
          comp.files.map((f) => ({ name: f.name, path: f.path, mtime: new Date(f.creationDate) })),
          lastModified,
        );
        const object = `kaggle-competitions-data/kaggle-v2/${comp.id}/${comp.dataVersionId}/bundle/${comp.slug}.zip`;
        return reply.redirect(
          ctx.storage.signedUrl(ctx.baseUrl, object, zip, {
            expiresSec: 259200,
            serviceAccount: "gcp-kaggle-com@kaggle-161607.iam.gserviceaccount.com",
          }),
        );
      },
    }),

    StartSubmissionUpload: method({
      request: s.object({
        competitionName: s.optional(s.string()),
        contentLength: s.int({ min: 0 }),
        lastModifiedEpochSeconds: s.int(),
        fileName: s.string({ required: true }),
      }),
      handler(ctx, body) {
        const user = ctx.requireUser();
        if (!body.competitionName) throw badRequest("Invalid value for field 'competitionName': is required");
        const comp = findCompetition(ctx, body.competitionName, user);
        const rec = ctx.storage.startUpload({
          bucket: SUBMISSIONS_BUCKET,
          name: body.fileName,
          kind: "submission",
          contentLength: body.contentLength || undefined,
          lastModifiedEpochSeconds: body.lastModifiedEpochSeconds || undefined,
          owner: user.username,
          meta: { competition: comp.slug },
        });
        ctx.changed();
        return { token: rec.token, createUrl: ctx.storage.uploadUrl(ctx.baseUrl, rec) };
      },
    }),

    CreateSubmission: method({
      request: s.object({
        competitionName,
        blobFileTokens: s.string({ required: true }),
        submissionDescription: s.optional(s.string()),
        benchmarkModelVersionId: s.optional(s.int()),
        sandbox: s.optional(s.bool()),
      }),
      async handler(ctx, body) {
        const user = ctx.requireUser();
        await settleScoring(ctx.rt);
        const comp = findCompetition(ctx, body.competitionName, user);
        checkCanSubmit(ctx, comp, user);
        if (comp.kernelsOnly) {
          throw badRequest("This is a Code Competition: submissions must be made from a notebook (CreateCodeSubmission).");
        }
        const upload = ctx.storage.uploadByToken(body.blobFileTokens);
        if (!upload || upload.bucket !== SUBMISSIONS_BUCKET) {
          throw badRequest("Invalid blobFileTokens: no submission upload has this token. Call StartSubmissionUpload and upload the file first.");
        }
        if (upload.meta.competition !== comp.slug) {
          throw badRequest(`Invalid blobFileTokens: this file was uploaded for competition '${String(upload.meta.competition)}'.`);
        }
        if (!upload.complete) throw badRequest("The upload for this token is not complete.");
        if (upload.consumedBy) throw badRequest("This uploaded file has already been submitted.");
        const blob = ctx.storage.blob(body.blobFileTokens)!;
        const sub = newSubmission(ctx, comp, user, {
          fileName: blob.name,
          path: blob.path,
          totalBytes: blob.size,
          ...(body.submissionDescription ? { description: body.submissionDescription } : {}),
        });
        ctx.storage.consume(body.blobFileTokens, `submission:${sub.id}`);
        return { message: `Successfully submitted to ${comp.title}`, ref: sub.id };
      },
    }),

    CreateCodeSubmission: method({
      request: s.object({
        competitionName,
        kernelOwner: s.string({ required: true }),
        kernelSlug: s.string({ required: true }),
        kernelVersion: s.optional(s.int()),
        fileName: s.optional(s.string()),
        submissionDescription: s.optional(s.string()),
      }),
      async handler(ctx, body) {
        const user = ctx.requireUser();
        await settleScoring(ctx.rt);
        const comp = findCompetition(ctx, body.competitionName, user);
        checkCanSubmit(ctx, comp, user);
        const resolver = ctx.rt.extensions.resolveKernelOutput;
        const output = resolver ? await resolver(body.kernelOwner, body.kernelSlug, body.kernelVersion, body.fileName) : undefined;
        const fileName = output?.fileName ?? body.fileName ?? "submission.csv";
        const version = body.kernelVersion !== undefined ? ` | Version ${body.kernelVersion}` : "";
        const sub = newSubmission(ctx, comp, user, {
          fileName,
          description: body.submissionDescription || `Notebook ${body.kernelSlug}${version}`,
          kernel: { owner: body.kernelOwner, slug: body.kernelSlug, ...(body.kernelVersion !== undefined ? { version: body.kernelVersion } : {}) },
          ...(output
            ? { path: output.path }
            : {
                pendingError: `Could not find provided notebook ${body.kernelOwner}/${body.kernelSlug}${
                  body.kernelVersion !== undefined ? ` version ${body.kernelVersion}` : ""
                } with an output file '${fileName}'.`,
              }),
        });
        if (output) {
          const { stat } = await import("node:fs/promises");
          sub.totalBytes = await stat(output.path).then(
            (x) => x.size,
            () => undefined,
          );
        }
        // Real Kaggle answers code submissions with an empty message (seen 2026: {"message": "", "ref": N}).
        return { message: "", ref: sub.id };
      },
    }),

    ListSubmissions: method({
      request: s.object({
        competitionName,
        page: s.optional(s.int()),
        pageSize: s.optional(s.int()),
        pageToken: s.optional(s.string()),
        sortBy: s.enumOf(SubmissionSortBys),
        group: s.enumOf(SubmissionGroups),
      }),
      async handler(ctx, body) {
        const user = ctx.requireUser();
        await settleScoring(ctx.rt);
        const st = ctx.state.competitions;
        const comp = findCompetition(ctx, body.competitionName, user);
        const team = teamFor(st, ctx.state, comp, user, false, () => 0);
        if (!team) return { submissions: [] };
        let subs = st.submissions.filter((x) => x.competitionId === comp.id && x.teamId === team.id);
        const higher = metricInfo[comp.metric].higherIsBetter;
        if (body.group === "SUBMISSION_GROUP_SUCCESSFUL") subs = subs.filter((x) => x.status === "COMPLETE");
        if (body.group === "SUBMISSION_GROUP_SELECTED") {
          const explicit = subs.filter((x) => x.selected);
          subs = explicit.length
            ? explicit
            : subs
                .filter((x) => x.status === "COMPLETE" && x.publicScore !== undefined)
                .sort((a, b) => (higher ? b.publicScore! - a.publicScore! : a.publicScore! - b.publicScore!))
                .slice(0, 2);
        }
        const byDate = (a: SubmissionRecord, b: SubmissionRecord): number => b.date.localeCompare(a.date) || b.id - a.id;
        const byScore = (key: "publicScore" | "privateScore") => (a: SubmissionRecord, b: SubmissionRecord) => {
          const x = a[key];
          const y = b[key];
          if (x === undefined || y === undefined) return (x === undefined ? 1 : 0) - (y === undefined ? 1 : 0) || byDate(a, b);
          return (higher ? y - x : x - y) || byDate(a, b);
        };
        const sorters = {
          SUBMISSION_SORT_BY_DATE: byDate,
          SUBMISSION_SORT_BY_NAME: (a: SubmissionRecord, b: SubmissionRecord) => a.fileName.localeCompare(b.fileName) || byDate(a, b),
          SUBMISSION_SORT_BY_PUBLIC_SCORE: byScore("publicScore"),
          SUBMISSION_SORT_BY_PRIVATE_SCORE: byScore("privateScore"),
        };
        subs = [...subs].sort(sorters[body.sortBy]);
        const page = paginate(subs, body);
        const now = ctx.now();
        return {
          submissions: page.items.map((x) => toApiSubmission(comp, x, team.name, now)),
          nextPageToken: page.nextPageToken,
        };
      },
    }),

    GetLeaderboard: method({
      request: s.object({
        competitionName,
        overridePublic: s.optional(s.bool()),
        pageSize: s.optional(s.int()),
        pageToken: s.optional(s.string()),
      }),
      async handler(ctx, body) {
        const user = ctx.requireUser();
        await settleScoring(ctx.rt);
        const comp = findCompetition(ctx, body.competitionName, user);
        const closed = ctx.now() > Date.parse(comp.deadline);
        const rows = leaderboard(ctx.state.competitions, comp, closed && !body.overridePublic ? "private" : "public");
        const page = paginate(rows, body);
        return { submissions: page.items.map(toLeaderboardEntry), nextPageToken: page.nextPageToken };
      },
    }),

    DownloadLeaderboard: method({
      request: s.object({ competitionName }),
      async handler(ctx, body) {
        const user = ctx.requireUser();
        await settleScoring(ctx.rt);
        const comp = findCompetition(ctx, body.competitionName, user);
        const rows = leaderboard(ctx.state.competitions, comp, "public");
        const now = new Date(ctx.now());
        const zip = zipBuffer([{ name: `${comp.slug}-publicleaderboard.csv`, data: Buffer.from(leaderboardCsv(rows)), mtime: now }]);
        return reply.bytes(zip, "application/zip", {
          "Last-Modified": httpDate(now),
          "Content-Disposition": `attachment; filename=${comp.slug}-publicleaderboard.zip`,
        });
      },
    }),
    ...moreMethods,
  },
});
