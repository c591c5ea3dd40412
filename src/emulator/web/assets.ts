/**
 * The web view's two static files, served at `/static/emulator/…`: a small stylesheet and the
 * script that follows live pages (a kernel's log, a submission being scored). Pages are fully
 * readable without the script; without it a live page refreshes itself (`<noscript>` refresh).
 */

export const STYLE_PATH = "/static/emulator/style.css";
export const LIVE_SCRIPT_PATH = "/static/emulator/live.js";

const STYLE = `
:root { --fg: #202124; --muted: #5f6368; --line: #dadce0; --accent: #20beff; --bg: #fff; --soft: #f1f3f4; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg); }
header.top { display: flex; gap: 1.5rem; align-items: baseline; padding: .7rem 1.5rem; border-bottom: 1px solid var(--line); }
header.top a.home { font-weight: 700; color: var(--fg); text-decoration: none; }
header.top .viewer { margin-left: auto; color: var(--muted); font-size: .85rem; }
main { max-width: 72rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
h1 { font-size: 1.6rem; margin: .6rem 0 .2rem; }
h2 { font-size: 1.15rem; margin: 1.8rem 0 .6rem; }
p.sub { color: var(--muted); margin: 0 0 1rem; }
a { color: #1a73e8; }
nav.tabs { display: flex; gap: 1rem; border-bottom: 1px solid var(--line); margin: 1rem 0; }
nav.tabs a { padding: .4rem 0; text-decoration: none; color: var(--muted); }
nav.tabs a.on { color: var(--fg); border-bottom: 3px solid var(--accent); font-weight: 600; }
table { border-collapse: collapse; width: 100%; font-size: .92rem; }
th, td { text-align: left; padding: .35rem .6rem; border-bottom: 1px solid var(--line); vertical-align: top; }
th { color: var(--muted); font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
tr.mine { background: #e8f7ff; font-weight: 600; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: 0; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; }
.badge { display: inline-block; padding: 0 .45rem; border-radius: .7rem; font-size: .78rem; background: var(--soft); color: var(--muted); }
.badge.ok { background: #e6f4ea; color: #137333; }
.badge.bad { background: #fce8e6; color: #c5221f; }
.badge.wait { background: #fef7e0; color: #b06000; }
pre { background: var(--soft); padding: .6rem .8rem; overflow-x: auto; font-size: .85rem; white-space: pre-wrap; word-break: break-word; }
pre.log .stderr { color: #c5221f; }
.cell { border-left: 3px solid var(--line); margin: .8rem 0; padding-left: .6rem; }
.cell.code { border-color: var(--accent); }
.cell .out { background: #fff; border: 1px solid var(--line); }
.cell img { max-width: 100%; }
.desc { white-space: pre-wrap; }
svg.chart { max-width: 100%; height: auto; background: #fff; border: 1px solid var(--line); }
svg.chart .axis { stroke: var(--muted); stroke-width: 1; }
svg.chart .grid { stroke: var(--line); stroke-width: 1; }
svg.chart .line { fill: none; stroke: var(--accent); stroke-width: 2; }
svg.chart .best { fill: none; stroke: #137333; stroke-width: 1.5; stroke-dasharray: 4 3; }
svg.chart circle { fill: var(--accent); }
svg.chart text { font-size: 11px; fill: var(--muted); }
.muted { color: var(--muted); }
`;

/**
 * Live pages carry `data-live="<events URL>"` on <body>. The script listens to those
 * server-sent events: `log` appends a line to #log, `status` updates #status, `reload`
 * reloads the page (a final state has been reached).
 */
const LIVE = `
(function () {
  var url = document.body.getAttribute("data-live");
  if (!url || !window.EventSource) return;
  var log = document.getElementById("log");
  var status = document.getElementById("status");
  var source = new EventSource(url);
  source.addEventListener("log", function (e) {
    var entry = JSON.parse(e.data);
    var span = document.createElement("span");
    span.className = entry.stream;
    span.textContent = entry.data;
    if (log) log.appendChild(span);
  });
  source.addEventListener("status", function (e) {
    if (status) status.textContent = JSON.parse(e.data).status;
  });
  source.addEventListener("reload", function () {
    source.close();
    window.location.reload();
  });
})();
`;

export const ASSETS: Record<string, { type: string; body: string }> = {
  [STYLE_PATH]: { type: "text/css; charset=utf-8", body: STYLE },
  [LIVE_SCRIPT_PATH]: { type: "text/javascript; charset=utf-8", body: LIVE },
};
