/**
 * `/competitions/<slug>` (overview, data files, rules, the viewer's score history),
 * `/competitions/<slug>/leaderboard` (public and private, the viewer's team marked),
 * `/competitions/<slug>/submissions` (the viewer's team's, live while one is being scored)
 * and `/competitions/<slug>/rules`.
 */
import {
  categoryNames,
  isEntrant,
  isVisible,
  leaderboard,
  privateVisible,
  teamCount,
  teamFor,
  type CompetitionRecord,
  type SubmissionRecord,
  type TeamRecord,
} from "../competitions/state";
import { formatScore, metricInfo } from "../scoring/metrics";
import { scoreChart } from "./chart";
import { formatSize, formatTime, paths, type WebContext } from "./context";
import { html, type Html } from "./html";
import { badge, facts, notFound, page, table, tabs, type Tone } from "./layout";

export type CompetitionTab = "overview" | "leaderboard" | "submissions" | "rules";

/** The competition `slug` names, if the viewer may see it (launched, or hosted by them), as the API decides. */
export function findCompetition(ctx: WebContext, slug: string): CompetitionRecord | undefined {
  const s = slug.toLowerCase();
  const comp = ctx.state.competitions?.competitions.find((c) => c.slug.toLowerCase() === s);
  return comp && isVisible(comp, ctx.viewer) ? comp : undefined;
}

function viewerTeam(ctx: WebContext, comp: CompetitionRecord): TeamRecord | undefined {
  if (!ctx.viewer) return undefined;
  return teamFor(ctx.state.competitions, ctx.state, comp, ctx.viewer, false, () => 0);
}

function teamSubmissions(ctx: WebContext, comp: CompetitionRecord, team: TeamRecord | undefined): SubmissionRecord[] {
  if (!team) return [];
  return ctx.state.competitions.submissions.filter((s) => s.competitionId === comp.id && s.teamId === team.id);
}

function header(ctx: WebContext, comp: CompetitionRecord, on: CompetitionTab): Html {
  const base = paths.competition(comp.slug);
  const sub = [comp.organizationName ?? comp.host, categoryNames[comp.category], comp.reward, `deadline ${formatTime(comp.deadline)}`]
    .filter(Boolean)
    .join(" · ");
  return html`<h1>${comp.title}</h1>
    <p class="sub">${sub}${comp.launched ? "" : html` ${badge("not launched", "wait")}`}</p>
    ${tabs(ctx, [
      { label: "Overview", path: base, on: on === "overview" },
      { label: "Leaderboard", path: `${base}/leaderboard`, on: on === "leaderboard" },
      { label: "Submissions", path: `${base}/submissions`, on: on === "submissions" },
      { label: "Rules", path: `${base}/rules`, on: on === "rules" },
    ])}`;
}

function rulesLine(ctx: WebContext, comp: CompetitionRecord): Html {
  const v = ctx.viewer;
  if (!v) return html`<p class="muted">No viewer.</p>`;
  return isEntrant(comp, v)
    ? html`<p id="rules">${badge("rules accepted", "ok")} ${v.username} has accepted this competition's rules and may submit.</p>`
    : html`<p id="rules">
        ${badge("rules not accepted", "bad")} ${v.username} has not accepted this competition's rules: submissions are refused until they do (in the
        emulator, list the user under the competition's <code>entrants</code>).
      </p>`;
}

function overview(ctx: WebContext, comp: CompetitionRecord): Html {
  const metric = metricInfo[comp.metric];
  const team = viewerTeam(ctx, comp);
  const points = teamSubmissions(ctx, comp, team)
    .filter((s) => s.status === "COMPLETE" && s.publicScore !== undefined)
    .map((s) => ({ at: Date.parse(s.date), score: s.publicScore! }));
  const files = comp.files.map((f) => ({ cells: [f.name, formatSize(f.size), f.description ?? "", formatTime(f.creationDate)] }));
  return html`${header(ctx, comp, "overview")} ${rulesLine(ctx, comp)}
    <div class="desc">${comp.description}</div>
    <h2>Facts</h2>
    ${facts([
      ["Evaluation", `${metric.title} (${metric.higherIsBetter ? "higher" : "lower"} is better)`],
      ["Teams", String(teamCount(ctx.state.competitions, comp))],
      ["Daily submissions", String(comp.maxDailySubmissions)],
      ["Team size", String(comp.maxTeamSize)],
      ["Opened", formatTime(comp.enabledDate)],
      ["Deadline", formatTime(comp.deadline)],
      ["Private leaderboard", privateVisible(comp, ctx.now()) ? "shown" : "hidden until the deadline"],
      ["Tags", comp.tags.join(", ")],
    ])}
    <h2>Score history${team ? html` of ${team.name}` : ""}</h2>
    ${scoreChart(points, metric.higherIsBetter, `Public score of each submission over time (${metric.title})`)}
    <h2>Data</h2>
    ${table(["File", "Size", "Description", "Added"], files, "This competition has no data files.", "data")}`;
}

function boardTable(ctx: WebContext, comp: CompetitionRecord, which: "public" | "private"): Html {
  const mine = viewerTeam(ctx, comp);
  const subs = ctx.state.competitions.submissions.filter((s) => s.competitionId === comp.id);
  const rows = leaderboard(ctx.state.competitions, comp, which).map((r, i) => {
    const isMine = mine?.id === r.team.id;
    const entries = subs.filter((s) => s.teamId === r.team.id).length;
    return {
      mine: isMine,
      cells: [
        String(i + 1),
        html`${r.team.name}${isMine ? html` ${badge("your team", "ok")}` : ""}`,
        r.team.members.join(", "),
        formatScore(r.score),
        String(entries),
        formatTime(r.date),
      ],
    };
  });
  return table(
    [{ text: "#", num: true }, "Team", "Members", { text: "Score", num: true }, { text: "Entries", num: true }, "Best at"],
    rows,
    "No scored submissions yet.",
  );
}

function leaderboardPage(ctx: WebContext, comp: CompetitionRecord): Html {
  const priv = privateVisible(comp, ctx.now())
    ? html`<section id="private">
        <h2>Private leaderboard</h2>
        ${boardTable(ctx, comp, "private")}
      </section>`
    : html`<section id="private">
        <h2>Private leaderboard</h2>
        <p class="muted">Hidden until the deadline (${formatTime(comp.deadline)}), as on Kaggle.</p>
      </section>`;
  return html`${header(ctx, comp, "leaderboard")}
    <section id="public">
      <h2>Public leaderboard</h2>
      ${boardTable(ctx, comp, "public")}
    </section>
    ${priv}`;
}

const STATUS_TONE: Record<string, Tone> = { COMPLETE: "ok", ERROR: "bad", PENDING: "wait" };

export function submissionStatus(s: SubmissionRecord): string {
  return s.status === "PENDING" ? "Pending: being scored" : s.status === "COMPLETE" ? "Complete" : s.status === "ERROR" ? "Error" : s.status;
}

function submissionsPage(ctx: WebContext, comp: CompetitionRecord): { body: Html; live: boolean } {
  const team = viewerTeam(ctx, comp);
  const showPrivate = privateVisible(comp, ctx.now());
  const subs = teamSubmissions(ctx, comp, team).sort((a, b) => b.date.localeCompare(a.date) || b.id - a.id);
  const rows = subs.map((s) => ({
    cells: [
      formatTime(s.date),
      html`${s.fileName}${s.kernel ? html` <span class="muted">(notebook ${s.kernel.owner}/${s.kernel.slug})</span>` : ""}`,
      s.description ?? "",
      html`${badge(submissionStatus(s), STATUS_TONE[s.status] ?? "", `status-${s.id}`)}${s.status === "PENDING" && s.scoreAt ? html` <span class="muted">scored at ${formatTime(s.scoreAt)}</span>` : ""}`,
      s.status === "COMPLETE" ? formatScore(s.publicScore) : "",
      s.status === "COMPLETE" && showPrivate ? formatScore(s.privateScore) : "",
      s.status === "ERROR" ? (s.errorDescription ?? "") : "",
    ],
  }));
  const who = team ? html`<p class="sub">Submissions of team ${team.name} (${team.members.join(", ")}).</p>` : "";
  const body = html`${header(ctx, comp, "submissions")}${who}
  ${table(["Submitted", "File", "Description", "Status", { text: "Public", num: true }, { text: "Private", num: true }, "Error"], rows, `${ctx.viewer?.username ?? "The viewer"} has made no submissions to this competition.`, "submissions")}`;
  return { body, live: subs.some((s) => s.status === "PENDING") };
}

function rulesPage(ctx: WebContext, comp: CompetitionRecord): Html {
  return html`${header(ctx, comp, "rules")}${rulesLine(ctx, comp)}
    <p>Entrants: ${comp.entrants.length ? comp.entrants.join(", ") : "none"}.</p>`;
}

/** `<submissions>-<pending>` of the viewer's team: changes when one is made or scored. */
export function submissionsFingerprint(ctx: WebContext, comp: CompetitionRecord): string {
  const subs = teamSubmissions(ctx, comp, viewerTeam(ctx, comp));
  return `${subs.length}-${subs.filter((s) => s.status === "PENDING").length}`;
}

export function competitionPage(ctx: WebContext, slug: string, tab: CompetitionTab): Html {
  const comp = findCompetition(ctx, slug);
  if (!comp) return notFound(ctx, `No competition '${slug}' in this world.`);
  const title = comp.title;
  if (tab === "leaderboard") return page(ctx, { title: `${title}: leaderboard`, body: leaderboardPage(ctx, comp) });
  if (tab === "rules") return page(ctx, { title: `${title}: rules`, body: rulesPage(ctx, comp) });
  if (tab === "submissions") {
    const { body, live } = submissionsPage(ctx, comp);
    const events = live ? ctx.link(`${paths.competition(comp.slug)}/submissions/events`, { seen: submissionsFingerprint(ctx, comp) }) : undefined;
    return page(ctx, { title: `${title}: submissions`, body, live: events });
  }
  return page(ctx, { title, body: overview(ctx, comp) });
}
