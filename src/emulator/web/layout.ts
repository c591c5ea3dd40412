/** The page shell (header, viewer line, stylesheet, live script) and small shared pieces. */
import { LIVE_SCRIPT_PATH, STYLE_PATH } from "./assets";
import { paths, type WebContext } from "./context";
import { Html, html, type HtmlValue } from "./html";

export interface PageSpec {
  title: string;
  body: Html;
  /** Server-sent events URL this page follows (see assets.ts); the page refreshes without JS. */
  live?: string;
}

function viewerLine(ctx: WebContext): Html {
  const v = ctx.viewer;
  if (!v) return html`<span class="viewer">no users in this world</span>`;
  const fallback = ctx.unknownUser ? `no user '${ctx.unknownUser}', so ` : "";
  const how = ctx.viewerSource === "query" ? "chosen with ?user=" : `${fallback}the emulator's default user; add ?user=NAME to view as another`;
  return html`<span class="viewer">Viewing as <a href="${ctx.link(paths.profile(v.username))}">${v.username}</a> (${how})</span>`;
}

export function page(ctx: WebContext, spec: PageSpec): Html {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${spec.title} | kaggle-emulator</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${STYLE_PATH}">
${spec.live ? html`<noscript><meta http-equiv="refresh" content="3" /></noscript>` : ""}
</head>
<body${spec.live ? html` data-live="${spec.live}"` : ""}>
<header class="top"><a class="home" href="${ctx.link("/")}">kaggle-emulator</a>${viewerLine(ctx)}</header>
<main>
${spec.body}
</main>
${spec.live ? html`<script src="${LIVE_SCRIPT_PATH}"></script>` : ""}
</body>
</html>
`;
}

/** A table (with `id` when given); `mine` rows are highlighted (the viewer's team, say). */
export function table(
  headers: readonly (string | { text: string; num: true })[],
  rows: readonly { cells: HtmlValue[]; mine?: boolean }[],
  empty: string,
  id?: string,
): Html {
  if (rows.length === 0) return html`<p class="muted" ${id ? html` id="${id}"` : ""}>${empty}</p>`;
  const head = headers.map((h) => (typeof h === "string" ? html`<th>${h}</th>` : html`<th class="num">${h.text}</th>`));
  const numeric = headers.map((h) => typeof h !== "string");
  const body = rows.map(
    (r) =>
      html`<tr${r.mine ? html` class="mine"` : ""}>${r.cells.map((c, i) => (numeric[i] ? html`<td class="num">${c}</td>` : html`<td>${c}</td>`))}</tr>`,
  );
  return html`<table${id ? html` id="${id}"` : ""}><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

export function facts(pairs: readonly [string, HtmlValue][]): Html {
  return html`<dl class="facts">
    ${pairs
      .filter(([, v]) => v !== undefined && v !== "")
      .map(
        ([k, v]) =>
          html`<dt>${k}</dt>
            <dd>${v}</dd>`,
      )}
  </dl>`;
}

export type Tone = "ok" | "bad" | "wait" | "";

export function badge(text: string, tone: Tone = "", id?: string): Html {
  return html`<span class="badge${tone ? ` ${tone}` : ""}" ${id ? html` id="${id}"` : ""}>${text}</span>`;
}

export function tabs(ctx: WebContext, items: readonly { label: string; path: string; on: boolean }[]): Html {
  return html`<nav class="tabs">${items.map((t) => html`<a href="${ctx.link(t.path)}" ${t.on ? html` class="on"` : ""}>${t.label}</a>`)}</nav>`;
}

/** A page answered with 404. */
export class NotFoundPage extends Html {}

export function notFound(ctx: WebContext, what: string): Html {
  const body = html`<h1>Not found</h1>
    <p>${what}</p>
    <p><a href="${ctx.link("/")}">Everything in this world</a></p>`;
  return new NotFoundPage(page(ctx, { title: "Not found", body }).text);
}
