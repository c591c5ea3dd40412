/** The competitions scenario section: `competitions` (files, solution, leaderboard, submissions) and `scoringDelayMs`. */
import { readFile } from "node:fs/promises";
import { Fields, ScenarioError, type DomainDefinition, type LoadContext, type ScenarioDocument } from "../scenario";
import { isMetricName, MetricNames } from "../scoring/metrics";
import { parseSolution } from "../scoring/score";
import { findUser } from "../state";
import { isoTime } from "../wire";
import { loadEpisodes, loadPages } from "./episodes";
import {
  parseCategory,
  settleScoring,
  submissionIdentity,
  type CompetitionRecord,
  type CompetitionsState,
  type DataFileRecord,
  type SubmissionRecord,
  type TeamRecord,
} from "./state";

const COMPETITION_KEYS = [
  "id",
  "slug",
  "title",
  "description",
  "category",
  "reward",
  "deadline",
  "created",
  "enabled",
  "mergerDeadline",
  "newEntrantDeadline",
  "host",
  "organization",
  "launched",
  "teamCount",
  "kernelCount",
  "maxDailySubmissions",
  "maxTeamSize",
  "metric",
  "entrants",
  "showPrivate",
  "awardsPoints",
  "kernelsOnly",
  "submissionsDisabled",
  "dataVersionId",
  "files",
  "solution",
  "submissions",
  "leaderboard",
  "tags",
  "simulation",
  "maxTotalSubmissions",
  "pages",
  "episodes",
];

async function loadCompetition(raw: unknown, i: number, ctx: LoadContext, st: CompetitionsState): Promise<void> {
  const where = `competitions[${i}]`;
  const f: Fields = Fields.of(raw, where, COMPETITION_KEYS);
  const comp = competitionRecord(f, ctx, st);
  await loadDataFiles(f, comp, ctx);
  if (f.has("solution")) await loadSolutionFile(f, comp, ctx);
  st.competitions.push(comp);
  loadLeaderboard(f, comp, ctx, st);
  await loadSubmissions(f, comp, ctx, st);
  loadPages(f, comp);
  await loadEpisodes(f, comp, ctx, st);
}

/** The competition's own fields, with Kaggle's defaults. */
function competitionRecord(f: Fields, ctx: LoadContext, st: CompetitionsState): CompetitionRecord {
  const slug = f.str("slug");
  if (!/^[a-z0-9][a-z0-9-]*$/.test(slug)) f.fail("slug", "lower-case letters, digits and '-' only");
  if (st.competitions.some((c) => c.slug === slug)) f.fail("slug", `duplicate competition '${slug}'`);
  const categoryText = f.optStr("category") ?? "featured";
  const category = parseCategory(categoryText);
  if (!category) f.fail("category", `unknown category '${categoryText}'`);
  const metric = f.optStr("metric") ?? "accuracy";
  if (!isMetricName(metric)) f.fail("metric", `unknown metric '${metric}' (${MetricNames.join(", ")})`);
  const now = ctx.now();
  const created = f.time("created", isoTime(now - 90 * 86400_000));
  const id = f.int("id", ctx.nextId("competition", 40000));
  const entrants = f.strList("entrants");
  const comp: CompetitionRecord = {
    id,
    slug,
    title: f.optStr("title") ?? slug,
    description: f.optStr("description") ?? "",
    category,
    reward: f.optStr("reward") ?? (category === "HOST_SEGMENT_COMMUNITY" ? "Kudos" : "Knowledge"),
    deadline: f.time("deadline", isoTime(now + 60 * 86400_000)),
    enabledDate: f.time("enabled", created),
    dateCreated: created,
    host: f.optStr("host") ?? "kaggle",
    launched: f.bool("launched", true),
    kernelCount: f.int("kernelCount", 0),
    maxDailySubmissions: f.int("maxDailySubmissions", 5),
    maxTeamSize: f.int("maxTeamSize", 5),
    metric,
    entrants,
    showPrivate: f.bool("showPrivate", false),
    awardsPoints: f.bool("awardsPoints", category !== "HOST_SEGMENT_GETTING_STARTED" && category !== "HOST_SEGMENT_COMMUNITY"),
    kernelsOnly: f.bool("kernelsOnly", false),
    submissionsDisabled: f.bool("submissionsDisabled", false),
    dataVersionId: f.int("dataVersionId", ctx.nextId("dataVersion", 5000000)),
    files: [],
    tags: f.strList("tags"),
  };
  const org = f.optStr("organization");
  if (org !== undefined) comp.organizationName = org;
  const tc = f.optInt("teamCount");
  if (tc !== undefined) comp.teamCount = tc;
  if (f.has("mergerDeadline")) comp.mergerDeadline = f.time("mergerDeadline");
  if (f.has("newEntrantDeadline")) comp.newEntrantDeadline = f.time("newEntrantDeadline");
  if (f.bool("simulation", false)) comp.simulation = true;
  const cap = f.optInt("maxTotalSubmissions");
  if (cap !== undefined) comp.maxTotalSubmissions = cap;
  return comp;
}

async function loadDataFiles(f: Fields, comp: CompetitionRecord, ctx: LoadContext): Promise<void> {
  for (const [j, fr] of f.list("files").entries()) {
    const ff = Fields.of(fr, `${f.where}.files[${j}]`, ["name", "description", "path", "content", "size", "created"]);
    const name = ff.str("name");
    if (name.startsWith("/") || name.split("/").includes("..")) ff.fail("name", "must be a relative path");
    if (comp.files.some((x) => x.name === name)) ff.fail("name", `duplicate file '${name}'`);
    const { path, size } = await ctx.materialize(ff.file(), ["competitions", comp.slug, "data", name], ff.where);
    const rec: DataFileRecord = { name, path, size, creationDate: ff.time("created", comp.dateCreated) };
    const d = ff.optStr("description");
    if (d !== undefined) rec.description = d;
    comp.files.push(rec);
  }
  comp.files.sort((a, b) => a.name.localeCompare(b.name));
}

/** The solution file, checked to parse as one. */
async function loadSolutionFile(f: Fields, comp: CompetitionRecord, ctx: LoadContext): Promise<void> {
  const sf = Fields.of(f.obj.solution, `${f.where}.solution`, ["path", "content", "idColumn"]);
  const { path } = await ctx.materialize(sf.file(), ["competitions", comp.slug, "solution.csv"], sf.where);
  comp.solution = { path };
  const idc = sf.optStr("idColumn");
  if (idc !== undefined) comp.solution.idColumn = idc;
  try {
    parseSolution(await readFile(path, "utf8"), idc);
  } catch (e) {
    throw new ScenarioError(`${sf.where}: ${(e as Error).message}`);
  }
}

/** Other teams' scored entries: one team and one COMPLETE submission per row. */
function loadLeaderboard(f: Fields, comp: CompetitionRecord, ctx: LoadContext, st: CompetitionsState): void {
  const now = ctx.now();
  for (const [j, lr] of f.list("leaderboard").entries()) {
    const lf = Fields.of(lr, `${f.where}.leaderboard[${j}]`, ["team", "members", "publicScore", "privateScore", "date", "id"]);
    const members = lf.strList("members");
    const team: TeamRecord = {
      id: lf.int("id", ctx.nextId("team", 11000000)),
      competitionId: comp.id,
      name: lf.str("team"),
      members: members.length
        ? members
        : [
            lf
              .str("team")
              .toLowerCase()
              .replace(/[^a-z0-9]+/g, ""),
          ],
    };
    st.teams.push(team);
    const sub: SubmissionRecord = {
      id: ctx.nextId("submission", 40000000),
      competitionId: comp.id,
      teamId: team.id,
      submittedBy: team.members[0]!,
      submittedByName: team.name,
      fileName: "submission.csv",
      date: lf.time("date", isoTime(now - (j + 1) * 3600_000)),
      status: "COMPLETE",
    };
    const pub = lf.num("publicScore");
    const priv = lf.num("privateScore");
    if (pub === undefined) lf.fail("publicScore", "is required");
    sub.publicScore = pub;
    if (priv !== undefined) sub.privateScore = priv;
    st.submissions.push(sub);
  }
}

/** Users' own submissions, in any status; a PENDING one is scored once the emulator runs. */
async function loadSubmissions(f: Fields, comp: CompetitionRecord, ctx: LoadContext, st: CompetitionsState): Promise<void> {
  const now = ctx.now();
  for (const [j, sr] of f.list("submissions").entries()) {
    const sf: Fields = Fields.of(sr, `${f.where}.submissions[${j}]`, [
      "user",
      "fileName",
      "description",
      "date",
      "status",
      "publicScore",
      "privateScore",
      "errorDescription",
      "selected",
      "path",
      "content",
      "size",
    ]);
    const username = sf.str("user");
    const user = findUser(ctx.state, username);
    if (!user) sf.fail("user", `unknown user '${username}'`);
    const status = (sf.optStr("status") ?? (sf.has("publicScore") ? "COMPLETE" : "PENDING")).toUpperCase();
    if (status !== "PENDING" && status !== "COMPLETE" && status !== "ERROR") return sf.fail("status", "PENDING, COMPLETE or ERROR");
    const sub: SubmissionRecord = {
      ...submissionIdentity(st, ctx.state, comp, user, (kind, start) => ctx.nextId(kind, start)),
      fileName: sf.optStr("fileName") ?? "submission.csv",
      date: sf.time("date", isoTime(now - (j + 1) * 86400_000)),
      status,
      selected: sf.bool("selected", false),
    };
    const desc = sf.optStr("description");
    if (desc !== undefined) sub.description = desc;
    const pub = sf.num("publicScore");
    const priv = sf.num("privateScore");
    if (pub !== undefined) sub.publicScore = pub;
    if (priv !== undefined) sub.privateScore = priv;
    const err = sf.optStr("errorDescription");
    if (err !== undefined) sub.errorDescription = err;
    if (sf.has("path") || sf.has("content") || sf.has("size")) {
      const { path, size } = await ctx.materialize(sf.file(), ["competitions", comp.slug, "submissions", `${sub.id}.csv`], sf.where);
      sub.path = path;
      sub.totalBytes = size;
    }
    if (status === "PENDING") {
      if (!sub.path) sf.fail("status", "a PENDING submission needs its file (path, content or size)");
      sub.scoreAt = sub.date;
    }
    st.submissions.push(sub);
  }
}

export const competitionsDomain: DomainDefinition = {
  name: "competitions",
  sections: ["competitions", "scoringDelayMs"],
  async load(doc: ScenarioDocument, ctx: LoadContext): Promise<CompetitionsState> {
    const top = new Fields(doc, "scenario");
    const st: CompetitionsState = {
      scoringDelayMs: top.int("scoringDelayMs", 1500),
      competitions: [],
      teams: [],
      submissions: [],
    };
    for (const [i, raw] of top.list("competitions").entries()) await loadCompetition(raw, i, ctx, st);
    return st;
  },
  settle: (rt) => settleScoring(rt),
};
