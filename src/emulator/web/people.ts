/** `/` (everything in the world the viewer can see) and `/<username>` (one user's profile). */
import { isEntrant, isVisible } from "../competitions/state";
import { canRead, currentVersion } from "../datasets/state";
import { canSee, latest } from "../kernels/state";
import { findUser } from "../state";
import { datasetVersionStatus } from "./datasets";
import { kernelStatusBadge } from "./code";
import { formatTime, paths, sameUser, type WebContext } from "./context";
import { html, type Html } from "./html";
import { badge, page, table } from "./layout";
import { modelsSection } from "./models";

interface Filter {
  /** Only things owned by (or entered by) this user. */
  owner?: string;
}

function competitionsSection(ctx: WebContext, f: Filter): Html {
  const comps = (ctx.state.competitions?.competitions ?? []).filter(
    (c) => isVisible(c, ctx.viewer) && (!f.owner || sameUser(c.host, f.owner) || c.entrants.some((e) => sameUser(e, f.owner))),
  );
  const rows = comps.map((c) => ({
    cells: [
      html`<a href="${ctx.link(paths.competition(c.slug))}">${c.title}</a>`,
      c.slug,
      c.reward,
      formatTime(c.deadline),
      ctx.viewer && isEntrant(c, ctx.viewer) ? badge("entered", "ok") : badge("not entered"),
    ],
  }));
  return html`<h2>Competitions</h2>
    ${table(["Competition", "Slug", "Reward", "Deadline", ctx.viewer?.username ?? ""], rows, "No competitions.", "competitions")}`;
}

function datasetsSection(ctx: WebContext, f: Filter): Html {
  const all = (ctx.state.datasets?.datasets ?? []).filter((d) => !f.owner || sameUser(d.owner, f.owner));
  const seen = all.filter((d) => canRead(d, ctx.viewer));
  const rows = seen.map((d) => {
    const v = currentVersion(d);
    const st = v ? datasetVersionStatus(v, ctx.now()) : undefined;
    return {
      cells: [
        html`<a href="${ctx.link(paths.dataset(d.owner, d.slug))}">${d.title}</a>`,
        `${d.owner}/${d.slug}`,
        v ? `version ${v.number}` : "",
        st ? badge(st.text, st.tone) : "",
        d.isPrivate ? "private" : "public",
      ],
    };
  });
  const hidden = all.length - seen.length;
  return html`<h2>Datasets</h2>
    ${table(["Dataset", "Ref", "Current", "Status", ""], rows, "No datasets.", "datasets")}${hidden ? html`<p class="muted">${hidden} private dataset(s) hidden from ${ctx.viewer?.username ?? "anonymous"}.</p>` : ""}`;
}

function kernelsSection(ctx: WebContext, f: Filter): Html {
  const all = (ctx.state.kernels?.kernels ?? []).filter((k) => !f.owner || sameUser(k.owner, f.owner));
  const seen = all.filter((k) => canSee(k, ctx.viewer));
  const rows = seen.map((k) => {
    const v = latest(k);
    return {
      cells: [
        html`<a href="${ctx.link(paths.code(k.owner, k.slug))}">${v.title}</a>`,
        `${k.owner}/${k.slug}`,
        `version ${v.number}`,
        kernelStatusBadge(v),
        `${v.language} ${v.kernelType}`,
      ],
    };
  });
  const hidden = all.length - seen.length;
  return html`<h2>Code</h2>
    ${table(["Notebook", "Ref", "Latest", "Status", "Kind"], rows, "No notebooks.", "code")}${hidden ? html`<p class="muted">${hidden} private notebook(s) hidden from ${ctx.viewer?.username ?? "anonymous"}.</p>` : ""}`;
}

export function indexPage(ctx: WebContext): Html {
  const users = ctx.state.users.map((u) => ({
    mine: sameUser(u.username, ctx.viewer?.username),
    cells: [
      html`<a href="${ctx.link(paths.profile(u.username))}">${u.username}</a>`,
      u.displayName,
      html`<a href="${paths.profile(u.username)}?user=${encodeURIComponent(u.username)}">view as</a>`,
    ],
  }));
  const body = html`<h1>This emulator's world</h1>
    <p class="sub">
      Scenario ${ctx.rt.options.scenario} · clock ${formatTime(ctx.now())} · state as JSON at <a href="/_emulator/state">/_emulator/state</a>
    </p>
    ${competitionsSection(ctx, {})} ${datasetsSection(ctx, {})} ${kernelsSection(ctx, {})} ${modelsSection(ctx, {})}
    <h2>Users</h2>
    ${table(["Username", "Name", ""], users, "No users.", "users")}`;
  return page(ctx, { title: "Everything", body });
}

export function profilePage(ctx: WebContext, username: string): Html | undefined {
  const user = findUser(ctx.state, username);
  if (!user) return undefined;
  const f = { owner: user.username };
  const body = html`<h1>${user.displayName}</h1>
    <p class="sub">${user.username}${sameUser(user.username, ctx.viewer?.username) ? html` ${badge("you", "ok")}` : ""}</p>
    ${competitionsSection(ctx, f)} ${datasetsSection(ctx, f)} ${kernelsSection(ctx, f)} ${modelsSection(ctx, f)}`;
  return page(ctx, { title: `${user.displayName} (${user.username})`, body });
}
