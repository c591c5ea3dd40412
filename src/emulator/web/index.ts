/**
 * The web view: GET (and HEAD) on kaggle.com's page paths, answered with server-rendered HTML
 * from the live state. `handleWeb` answers the paths it knows and returns false for any other,
 * which the API router then answers as before.
 *
 *   /                                         everything in the world (index.ts → people.ts)
 *   /<username>                               a user's profile
 *   /competitions/<slug>[/leaderboard|/submissions|/rules|/data]
 *   /datasets/<owner>/<slug>[/versions/<N>]
 *   /code/<owner>/<slug>[?version=N | /versions/<N>]
 *   /models/<owner>/<slug>
 *   /code/<owner>/<slug>/output?file=F[&version=N]  one output file (text shown as text, else a download)
 *   …/events                                  live updates (live.ts)
 *   /static/emulator/style.css, live.js       the two static files (assets.ts)
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Runtime } from "../service";
import { findUser } from "../state";
import { ASSETS } from "./assets";
import { codePage, outputFile } from "./code";
import { competitionPage, type CompetitionTab } from "./competitions";
import { webContext, type WebContext } from "./context";
import { datasetPage } from "./datasets";
import type { Html } from "./html";
import { NotFoundPage, notFound } from "./layout";
import { handleEvents } from "./live";
import { modelPage } from "./models";
import { indexPage, profilePage } from "./people";

/** Scripts and styles only from this server; images also as data: URLs (notebook outputs). */
const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const TABS: Record<string, CompetitionTab> = {
  "": "overview",
  data: "overview",
  overview: "overview",
  leaderboard: "leaderboard",
  submissions: "submissions",
  rules: "rules",
};

function segments(pathname: string): string[] | undefined {
  try {
    return pathname.split("/").filter(Boolean).map(decodeURIComponent);
  } catch {
    return undefined;
  }
}

/** The page for `parts`, or undefined when the path is not a page of the web view. */
async function route(ctx: WebContext, parts: readonly string[]): Promise<Html | undefined> {
  const [area, a, b, c, d] = parts;
  if (area === undefined) return indexPage(ctx);
  if (area === "competitions" && a && (b === undefined || TABS[b]) && c === undefined) return competitionPage(ctx, a, TABS[b ?? ""]!);
  if (area === "datasets" && a && b) {
    if (c === undefined) return datasetPage(ctx, a, b);
    if (c === "versions" && d && /^\d+$/.test(d) && parts.length === 5) return datasetPage(ctx, a, b, Number(d));
    return undefined;
  }
  if (area === "code" && a && b) {
    if (c === undefined) return codePage(ctx, a, b);
    if (c === "versions" && d && /^\d+$/.test(d) && parts.length === 5) return codePage(ctx, a, b, d);
    return undefined;
  }
  if (area === "models" && a && b) return modelPage(ctx, a, b);
  if (parts.length === 1 && findUser(ctx.state, area)) return profilePage(ctx, area);
  return undefined;
}

/** Text a browser may show as is (as text/plain, never rendered); anything else is downloaded. */
const TEXT_OUTPUT = /\.(csv|tsv|txt|log|json|md|py|r|yaml|yml)$/i;

/** A file name as an RFC 5987 `filename*` value (percent-encoded UTF-8, `'()*` too). */
const rfc5987 = (name: string): string => encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

async function sendOutput(req: IncomingMessage, res: ServerResponse, rt: Runtime, ctx: WebContext, owner: string, slug: string): Promise<void> {
  const out = outputFile(ctx, owner, slug);
  if (!out) {
    const p = notFound(ctx, `No such output file of ${owner}/${slug}.`);
    return send(req, res, 404, "text/html; charset=utf-8", p.text, { "Content-Security-Policy": CSP });
  }
  const text = TEXT_OUTPUT.test(out.fileName);
  const base = out.fileName.split("/").pop() ?? "output";
  await rt.storage.serveFile(
    req,
    res,
    {
      path: out.path,
      size: out.size,
      lastModified: out.lastModified,
      name: base,
      contentType: text ? "text/plain; charset=utf-8" : "application/octet-stream",
    },
    {
      headers: {
        "Content-Disposition": `${text ? "inline" : "attachment"}; filename*=UTF-8''${rfc5987(base)}`,
        "Content-Security-Policy": "default-src 'none'; sandbox",
        "X-Content-Type-Options": "nosniff",
      },
    },
  );
}

function send(req: IncomingMessage, res: ServerResponse, status: number, type: string, body: string, extra: Record<string, string> = {}): void {
  const bytes = Buffer.from(body, "utf8");
  res.writeHead(status, {
    "Content-Type": type,
    "Content-Length": bytes.length,
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
    ...extra,
  });
  res.end(req.method === "HEAD" ? undefined : bytes);
}

/**
 * Answers `req` when it is a GET or HEAD of a web view path (true), else leaves it alone
 * (false). `settle` finishes due background work (scoring) first, as an API read does.
 */
export async function handleWeb(req: IncomingMessage, res: ServerResponse, url: URL, rt: Runtime, settle: () => Promise<void>): Promise<boolean> {
  if (req.method !== "GET" && req.method !== "HEAD") return false;
  const asset = ASSETS[url.pathname];
  if (asset) {
    send(req, res, 200, asset.type, asset.body);
    return true;
  }
  const parts = segments(url.pathname);
  if (!parts || parts[0] === "_emulator" || parts[0] === "api" || parts[0] === "v1" || parts[0] === "storage" || parts[0] === "upload") return false;
  const ctx = webContext(rt, url);
  if (parts.at(-1) === "events" && req.method === "GET") return handleEvents(req, res, ctx, parts, settle);
  await settle();
  if (parts[0] === "code" && parts.length === 4 && parts[3] === "output") {
    await sendOutput(req, res, rt, ctx, parts[1]!, parts[2]!);
    return true;
  }
  let pageHtml = await route(ctx, parts);
  if (!pageHtml && !(req.headers.accept ?? "").includes("text/html")) return false;
  pageHtml ??= notFound(ctx, `Nothing at ${url.pathname} in this world.`);
  send(req, res, pageHtml instanceof NotFoundPage ? 404 : 200, "text/html; charset=utf-8", pageHtml.text, { "Content-Security-Policy": CSP });
  return true;
}
