/**
 * The two web pages of Kaggle's OAuth login, served by the emulator so a whole login runs offline:
 *
 *   GET  /api/v1/oauth2/authorize?…   the approval page: a plain HTML form listing the users
 *   POST /api/v1/oauth2/authorize     approve (or deny) as the chosen user → 302 to redirect_uri
 *                                     with `code` and `state` (or `error=access_denied`)
 *   GET  /account/api/oauth/token     the page that shows the code to paste into the CLI (the
 *                                     redirect target of `kaggle auth login --no-launch-browser`)
 *
 * The query is the one kagglesdk builds (`build_start_oauth_url`): response_type=code, client_id,
 * redirect_uri, scope, state, code_challenge, code_challenge_method=S256, response_mode=query.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { readBody, requestBaseUrl } from "../http";
import type { Runtime } from "../service";
import { CODE_TTL_MS, issueCode } from "./state";

export const AUTHORIZE_PATH = "/api/v1/oauth2/authorize";
export const TOKEN_PAGE_PATH = "/account/api/oauth/token";

export function isOAuthPage(path: string): boolean {
  return path === AUTHORIZE_PATH || path === TOKEN_PAGE_PATH;
}

const escape = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

function page(res: ServerResponse, status: number, title: string, body: string): void {
  const html =
    `<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>${escape(title)}</title></head>` +
    `<body><h1>${escape(title)}</h1>\n${body}\n</body></html>\n`;
  res.writeHead(status, { "Content-Type": "text/html; charset=utf-8", "Content-Length": Buffer.byteLength(html), "Cache-Control": "no-store" });
  res.end(html);
}

const PARAMS = ["response_type", "client_id", "redirect_uri", "scope", "state", "code_challenge", "code_challenge_method", "response_mode"] as const;
type AuthorizeParams = Record<(typeof PARAMS)[number], string>;

/** The authorization request's parameters, or the line saying which one is wrong. */
function checkParams(get: (name: string) => string | null, base: string): AuthorizeParams | string {
  const p = Object.fromEntries(PARAMS.map((n) => [n, get(n) ?? ""])) as AuthorizeParams;
  if (p.response_type !== "code") return `response_type must be 'code', not '${p.response_type}'.`;
  if (!p.client_id) return "client_id is missing.";
  if (!p.state) return "state is missing.";
  if (!p.code_challenge) return "code_challenge is missing: the login must use PKCE.";
  if (p.code_challenge_method !== "S256") return `code_challenge_method must be 'S256', not '${p.code_challenge_method}'.`;
  if (p.response_mode && p.response_mode !== "query") return `response_mode must be 'query', not '${p.response_mode}'.`;
  let target: URL;
  try {
    target = new URL(p.redirect_uri);
  } catch {
    return `redirect_uri '${p.redirect_uri}' is not a URL.`;
  }
  const loopback = target.protocol === "http:" && ["localhost", "127.0.0.1", "[::1]"].includes(target.hostname);
  if (!loopback && p.redirect_uri !== `${base}${TOKEN_PAGE_PATH}`) {
    return `redirect_uri '${p.redirect_uri}' is not allowed: use http://localhost:<port> or ${base}${TOKEN_PAGE_PATH}.`;
  }
  return p;
}

function approvalForm(rt: Runtime, p: AuthorizeParams): string {
  const hidden = PARAMS.map((n) => `<input type="hidden" name="${n}" value="${escape(p[n])}">`).join("\n");
  const users = rt.store.state.users
    .map(
      (u, i) =>
        `<label><input type="radio" name="username" value="${escape(u.username)}"${i === 0 ? " checked" : ""}> ${escape(u.username)} (${escape(u.displayName)})</label><br>`,
    )
    .join("\n");
  return (
    `<p>The application <b id="client">${escape(p.client_id)}</b> asks for access to your Kaggle account ` +
    `(scope <code id="scope">${escape(p.scope)}</code>).</p>\n` +
    `<form id="approve" method="post" action="${AUTHORIZE_PATH}">\n${hidden}\n<fieldset><legend>Sign in as</legend>\n${users}\n</fieldset>\n` +
    `<button type="submit" name="decision" value="approve" id="allow">Allow</button>\n` +
    `<button type="submit" name="decision" value="deny" id="deny">Deny</button>\n</form>`
  );
}

function redirectTo(res: ServerResponse, uri: string, params: Record<string, string>): void {
  const target = new URL(uri);
  for (const [k, v] of Object.entries(params)) target.searchParams.set(k, v);
  res.writeHead(302, { Location: target.toString(), "Content-Length": 0, "Cache-Control": "no-store" });
  res.end();
}

async function decide(req: IncomingMessage, res: ServerResponse, rt: Runtime, base: string): Promise<void> {
  const form = new URLSearchParams((await readBody(req, 64 << 10)).toString("utf8"));
  const p = checkParams((n) => form.get(n), base);
  if (typeof p === "string") return page(res, 400, "Authorization failed", `<p id="error">${escape(p)}</p>`);
  if (form.get("decision") !== "approve") return redirectTo(res, p.redirect_uri, { error: "access_denied", state: p.state });
  const username = form.get("username") ?? "";
  const user = rt.store.state.users.find((u) => u.username === username);
  if (!user) return page(res, 400, "Authorization failed", `<p id="error">Unknown user '${escape(username)}'.</p>`);
  const code = issueCode(rt.store.state, {
    userId: user.id,
    clientId: p.client_id,
    redirectUri: p.redirect_uri,
    scope: p.scope,
    codeChallenge: p.code_challenge,
    createdAt: rt.clock.now(),
  });
  rt.store.markDirty();
  await rt.store.commit();
  redirectTo(res, p.redirect_uri, { code, state: p.state });
}

/** Serves the login pages (see the file comment). */
export async function handleOAuthPage(req: IncomingMessage, res: ServerResponse, url: URL, rt: Runtime, fallbackBase: string): Promise<void> {
  const base = requestBaseUrl(req, fallbackBase);
  if (url.pathname === TOKEN_PAGE_PATH) {
    req.resume();
    const code = url.searchParams.get("code");
    if (!code) {
      const why = url.searchParams.get("error") === "access_denied" ? "The request was denied." : "No code was given.";
      return page(res, 400, "Authentication Failed", `<p id="error">${escape(why)}</p>`);
    }
    const minutes = CODE_TTL_MS / 60000;
    return page(
      res,
      200,
      "Authentication Successful",
      `<p>Enter this verification code in the Kaggle CLI (it is valid for ${minutes} minutes):</p>\n<pre id="code">${escape(code)}</pre>`,
    );
  }
  if (req.method === "POST") return decide(req, res, rt, base);
  req.resume();
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.writeHead(405, { Allow: "GET, POST", "Content-Length": 0 });
    res.end();
    return;
  }
  const p = checkParams((n) => url.searchParams.get(n), base);
  if (typeof p === "string") return page(res, 400, "Authorization failed", `<p id="error">${escape(p)}</p>`);
  return page(res, 200, "Sign in to Kaggle", approvalForm(rt, p));
}
