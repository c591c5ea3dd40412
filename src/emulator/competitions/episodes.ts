/**
 * Simulation episodes and competition pages: their scenario keys
 * (`simulation`, `maxTotalSubmissions`, `pages`, `episodes` of a competition; see docs/emulator.md).
 */
import { EpisodeAgentStates, EpisodeStates, EpisodeTypes } from "../../core/types/competitions-more";
import { Fields, type LoadContext } from "../scenario";
import { findUser } from "../state";
import { isoTime } from "../wire";
import { teamFor, type CompetitionRecord, type CompetitionsState, type EpisodeAgentRecord, type EpisodeRecord, type PageRecord } from "./state";

/** `word` as one of `names`, also without its prefix and in any case (`completed`, `public`). */
function enumWord<T extends string>(f: Fields, key: string, names: readonly T[], prefix: string, def: T): T {
  const text = f.optStr(key);
  if (text === undefined) return def;
  const norm = text.trim().toUpperCase().replace(/[\s-]/g, "_");
  const found = names.find((n) => n === norm || n === `${prefix}${norm}`);
  if (!found) f.fail(key, `unknown value '${text}' (${names.map((n) => n.replace(prefix, "").toLowerCase()).join(", ")})`);
  return found;
}

export function loadPages(f: Fields, comp: CompetitionRecord): void {
  for (const [j, raw] of f.list("pages").entries()) {
    const pf = Fields.of(raw, `${f.where}.pages[${j}]`, ["name", "content", "postTitle", "mimeType", "published"]);
    const name = pf.str("name");
    if (comp.pages?.some((p) => p.name === name)) pf.fail("name", `duplicate page '${name}'`);
    const page: PageRecord = { name, content: typeof pf.obj.content === "string" ? pf.obj.content : "", published: pf.bool("published", true) };
    const title = pf.optStr("postTitle");
    if (title !== undefined) page.postTitle = title;
    const mime = pf.optStr("mimeType");
    if (mime !== undefined) page.mimeType = mime;
    (comp.pages ??= []).push(page);
  }
}

const AGENT_KEYS = ["user", "team", "reward", "state", "path", "content", "size"];

/** Episodes between seeded submissions: an agent is a user's latest or a leaderboard team's submission. */
export async function loadEpisodes(f: Fields, comp: CompetitionRecord, ctx: LoadContext, st: CompetitionsState): Promise<void> {
  const now = ctx.now();
  for (const [j, raw] of f.list("episodes").entries()) {
    const ef = Fields.of(raw, `${f.where}.episodes[${j}]`, ["id", "created", "ended", "state", "type", "replay", "agents"]);
    const state = enumWord(ef, "state", EpisodeStates, "EPISODE_STATE_", "COMPLETED");
    const created = ef.time("created", isoTime(now - (j + 1) * 3600_000));
    const ep: EpisodeRecord = {
      id: ef.int("id", ctx.nextId("episode", 70000000)),
      competitionId: comp.id,
      createTime: created,
      state,
      type: enumWord(ef, "type", EpisodeTypes, "EPISODE_TYPE_", "EPISODE_TYPE_PUBLIC"),
      agents: [],
    };
    if (ef.has("ended") || state === "COMPLETED") ep.endTime = ef.time("ended", isoTime(Date.parse(created) + 600_000));
    if ((st.episodes ??= []).some((e) => e.id === ep.id)) ef.fail("id", `duplicate episode ${ep.id}`);
    if (ef.has("replay")) {
      const rf = Fields.of(ef.obj.replay, `${ef.where}.replay`, ["path", "content", "size"]);
      ep.replay = await ctx.materialize(rf.file(), ["competitions", comp.slug, "episodes", `${ep.id}-replay.json`], rf.where);
    }
    for (const [k, ar] of ef.list("agents").entries()) {
      const af = Fields.of(ar, `${ef.where}.agents[${k}]`, AGENT_KEYS);
      const agent: EpisodeAgentRecord = {
        ...agentSubmission(af, comp, ctx, st),
        state: enumWord(
          af,
          "state",
          EpisodeAgentStates,
          "EPISODE_AGENT_STATE_",
          state === "COMPLETED" ? "EPISODE_AGENT_STATE_COMPLETE" : "EPISODE_AGENT_STATE_PENDING",
        ),
      };
      const reward = af.num("reward");
      if (reward !== undefined) agent.reward = reward;
      if (af.has("path") || af.has("content") || af.has("size")) {
        agent.logs = await ctx.materialize(af.file(), ["competitions", comp.slug, "episodes", `${ep.id}-agent-${k}-logs.json`], af.where);
      }
      ep.agents.push(agent);
    }
    if (ep.agents.length === 0) ef.fail("agents", "an episode needs at least one agent");
    st.episodes.push(ep);
  }
}

function agentSubmission(
  af: Fields,
  comp: CompetitionRecord,
  ctx: LoadContext,
  st: CompetitionsState,
): Pick<EpisodeAgentRecord, "submissionId" | "teamId" | "teamName"> {
  let team;
  if (af.has("user")) {
    const user = findUser(ctx.state, af.str("user"));
    if (!user) af.fail("user", `unknown user '${af.str("user")}'`);
    team = teamFor(st, ctx.state, comp, user, false, () => 0);
    if (!team) af.fail("user", `${user.username} has no submission in ${comp.slug} (list it under submissions first)`);
  } else {
    const name = af.str("team");
    team = st.teams.find((t) => t.competitionId === comp.id && t.name === name);
    if (!team) af.fail("team", `no team '${name}' on the leaderboard of ${comp.slug}`);
  }
  const latest = st.submissions.filter((s) => s.teamId === team.id).sort((a, b) => b.date.localeCompare(a.date) || b.id - a.id)[0];
  if (!latest) af.fail(af.has("user") ? "user" : "team", `the team has no submission in ${comp.slug}`);
  return { submissionId: latest.id, teamId: team.id, teamName: team.name };
}
