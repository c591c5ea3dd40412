/**
 * The newer `competitions.CompetitionApiService` methods: one submission and its file, the
 * caller's limits, a team's public submissions, simulation episodes (replays, agent logs) and
 * competition pages. Spread into the service's methods by service.ts.
 */
import { stat } from "node:fs/promises";
import { badRequest, notFound } from "../errors";
import * as s from "../schema";
import { method, reply, type RequestContext } from "../service";
import type { User } from "../state";
import type { StoredFile } from "../storage";
import { httpDate, wireTime } from "../wire";
import { formatScore } from "../scoring/metrics";
import type { EpisodeAgentRecord, EpisodeRecord } from "./state";
import { leaderboard, settleScoring, teamFor, type CompetitionRecord, type SubmissionRecord, type TeamRecord } from "./state";
import { findCompetition, limitsFor } from "./submissions";
import { toApiSubmission } from "./wire";

const id = () => s.int({ min: 1 });

/** The caller's own submission `ref` with its competition and team, or 404. */
function ownSubmission(ctx: RequestContext, ref: number, user: User): { sub: SubmissionRecord; comp: CompetitionRecord; team: TeamRecord } {
  const st = ctx.state.competitions;
  const sub = st.submissions.find((x) => x.id === ref);
  const comp = sub && st.competitions.find((c) => c.id === sub.competitionId);
  const team = comp && teamFor(st, ctx.state, comp, user, false, () => 0);
  if (!sub || !comp || !team || team.id !== sub.teamId) throw notFound(`Submission ${ref} not found among your submissions.`);
  return { sub, comp, team };
}

function episode(ctx: RequestContext, episodeId: number): EpisodeRecord {
  const ep = (ctx.state.competitions.episodes ?? []).find((e) => e.id === episodeId);
  if (!ep) throw notFound(`Episode ${episodeId} not found.`);
  return ep;
}

/** A stored file, or a small JSON body made up when the scenario gave none. */
function jsonFile(stored: { path: string; size: number } | undefined, name: string, generated: () => unknown, now: number) {
  if (stored) return reply.file({ ...stored, lastModified: new Date(now).toISOString(), name });
  return reply.bytes(Buffer.from(JSON.stringify(generated())), "application/json", { "Last-Modified": httpDate(new Date(now)) });
}

const agentWire = (a: EpisodeAgentRecord, index: number) => ({
  submissionId: a.submissionId,
  index,
  reward: a.reward,
  state: a.state,
  teamName: a.teamName,
  teamId: a.teamId,
});

export const moreMethods = {
  GetSubmission: method({
    request: s.object({ ref: id() }),
    async handler(ctx, body) {
      const user = ctx.requireUser();
      await settleScoring(ctx.rt);
      const { sub, comp, team } = ownSubmission(ctx, body.ref, user);
      return { ...toApiSubmission(comp, sub, team.name, ctx.now()) };
    },
  }),

  DownloadSubmission: method({
    request: s.object({ submissionId: id() }),
    async handler(ctx, body) {
      const user = ctx.requireUser();
      const { sub, comp } = ownSubmission(ctx, body.submissionId, user);
      const size = sub.path
        ? await stat(sub.path).then(
            (x) => x.size,
            () => undefined,
          )
        : undefined;
      if (!sub.path || size === undefined) throw notFound(`Submission ${sub.id} has no file to download: the emulator holds no bytes for it.`);
      const file: StoredFile = { path: sub.path, size, lastModified: sub.date, name: sub.fileName };
      return reply.redirect(ctx.storage.signedUrl(ctx.baseUrl, `kaggle-competitions-submissions/${comp.id}/${sub.id}/${sub.fileName}`, file));
    },
  }),

  GetSubmissionLimits: method({
    request: s.object({ competitionName: s.string({ required: true }) }),
    async handler(ctx, body) {
      const user = ctx.requireUser();
      await settleScoring(ctx.rt);
      const comp = findCompetition(ctx, body.competitionName, user);
      const team = teamFor(ctx.state.competitions, ctx.state, comp, user, false, () => 0);
      return { ...limitsFor(ctx, comp, team?.id) };
    },
  }),

  ListTeamPublicSubmissions: method({
    request: s.object({ teamId: id() }),
    async handler(ctx, body) {
      const user = ctx.requireUser();
      await settleScoring(ctx.rt);
      const st = ctx.state.competitions;
      const team = st.teams.find((t) => t.id === body.teamId);
      const comp = team && st.competitions.find((c) => c.id === team.competitionId);
      if (!team || !comp || !findCompetition(ctx, comp.slug, user)) throw notFound(`Team ${body.teamId} not found.`);
      const scored = st.submissions.filter((x) => x.teamId === team.id && x.status === "COMPLETE");
      let shown: SubmissionRecord[];
      if (comp.simulation) {
        shown = scored.sort((a, b) => b.date.localeCompare(a.date) || b.id - a.id);
      } else {
        const row = leaderboard(st, comp, "public").find((r) => r.team.id === team.id);
        shown = row ? scored.filter((x) => x.date === row.date && x.publicScore === row.score).slice(0, 1) : [];
      }
      return { submissions: shown.map((x) => ({ id: x.id, dateSubmitted: wireTime(x.date), publicScore: formatScore(x.publicScore) })) };
    },
  }),

  ListSubmissionEpisodes: method({
    request: s.object({ submissionId: id() }),
    handler(ctx, body) {
      const user = ctx.requireUser();
      const st = ctx.state.competitions;
      const sub = st.submissions.find((x) => x.id === body.submissionId);
      const comp = sub && st.competitions.find((c) => c.id === sub.competitionId);
      if (!sub || !comp) throw notFound(`Submission ${body.submissionId} not found.`);
      findCompetition(ctx, comp.slug, user);
      const episodes = (st.episodes ?? []).filter((e) => e.agents.some((a) => a.submissionId === sub.id)).sort((a, b) => a.id - b.id);
      return {
        episodes: episodes.map((e) => ({
          id: e.id,
          createTime: wireTime(e.createTime),
          endTime: wireTime(e.endTime),
          state: e.state,
          type: e.type,
          agents: e.agents.map(agentWire),
        })),
      };
    },
  }),

  GetEpisodeReplay: method({
    request: s.object({ episodeId: id() }),
    handler(ctx, body) {
      ctx.requireUser();
      const ep = episode(ctx, body.episodeId);
      const replay = () => ({
        id: ep.id,
        status: ep.state,
        rewards: ep.agents.map((a) => a.reward ?? null),
        teams: ep.agents.map((a) => a.teamName),
        steps: [],
      });
      return jsonFile(ep.replay, `episode-${ep.id}-replay.json`, replay, Date.parse(ep.endTime ?? ep.createTime));
    },
  }),

  GetEpisodeAgentLogs: method({
    request: s.object({ episodeId: id(), agentIndex: s.int({ min: 0 }) }),
    handler(ctx, body) {
      ctx.requireUser();
      const ep = episode(ctx, body.episodeId);
      const agent = ep.agents[body.agentIndex];
      if (!agent) {
        throw badRequest(`Episode ${ep.id} has no agent ${body.agentIndex}: its agents are numbered 0 to ${ep.agents.length - 1}.`);
      }
      return jsonFile(agent.logs, `episode-${ep.id}-agent-${body.agentIndex}-logs.json`, () => [], Date.parse(ep.endTime ?? ep.createTime));
    },
  }),

  ListCompetitionPages: method({
    request: s.object({ competitionName: s.string({ required: true }), pageName: s.optional(s.string()) }),
    handler(ctx, body) {
      const user = ctx.requireUser();
      const comp = findCompetition(ctx, body.competitionName, user);
      const host = comp.host.toLowerCase() === user.username.toLowerCase();
      const pages = (comp.pages ?? []).filter((p) => (p.published || host) && (!body.pageName || p.name === body.pageName));
      return {
        pages: pages.map((p) => ({ name: p.name, content: p.content, isPublished: p.published, postTitle: p.postTitle, mimeType: p.mimeType })),
      };
    },
  }),
};
