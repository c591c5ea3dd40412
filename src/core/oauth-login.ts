/**
 * Kaggle's OAuth login, as Kaggle's SDK runs it (`kagglesdk/kaggle_oauth.py`,
 * `kaggle_http_client.py` `build_start_oauth_url`): PKCE S256, the authorization page at
 * `<web>/api/v1/oauth2/authorize`, then either a loopback callback `http://localhost:<port>`
 * (a browser was opened) or the code the page `<web>/account/api/oauth/token` shows, pasted in.
 * `<web>` is `https://www.kaggle.com` for production and the API endpoint itself elsewhere.
 */
import { createHash, randomBytes, randomUUID } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { DEFAULT_ENDPOINT } from "./http/transport";
import { ConfigurationError, DeadlineExceededError } from "./errors";

/** The scope `kaggle auth login` asks for: every public API call. */
export const LOGIN_SCOPES = ["resources.admin:*"];

export interface Pkce {
  state: string;
  verifier: string;
  challenge: string;
}

/** A fresh state and PKCE pair; the challenge keeps base64's `=` padding as the SDK sends it. */
export function newPkce(): Pkce {
  const verifier = randomBytes(64).toString("base64url");
  const challenge = createHash("sha256").update(verifier).digest("base64").replace(/\+/g, "-").replace(/\//g, "_");
  return { state: randomUUID(), verifier, challenge };
}

/** The web site of an API endpoint: where the login pages are. */
export function webEndpoint(apiEndpoint: string): string {
  return apiEndpoint.replace(/\/+$/, "") === DEFAULT_ENDPOINT ? "https://www.kaggle.com" : apiEndpoint.replace(/\/+$/, "");
}

/** The page that shows the code to paste (`--no-launch-browser`). */
export function codePageUrl(web: string): string {
  return `${web}/account/api/oauth/token`;
}

/** Python's `urllib.parse.quote_plus`: only letters, digits and `_.-~` stay as they are. */
function quotePlus(text: string): string {
  return encodeURIComponent(text)
    .replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%20/g, "+");
}

export function authorizeUrl(web: string, p: { clientId: string; redirectUri: string; scopes: readonly string[]; pkce: Pkce }): string {
  const params: [string, string][] = [
    ["response_type", "code"],
    ["client_id", p.clientId],
    ["redirect_uri", p.redirectUri],
    ["scope", p.scopes.join(" ")],
    ["state", p.pkce.state],
    ["code_challenge", p.pkce.challenge],
    ["code_challenge_method", "S256"],
    ["response_mode", "query"],
  ];
  return `${web}/api/v1/oauth2/authorize?${params.map(([k, v]) => `${k}=${quotePlus(v)}`).join("&")}`;
}

const PAGE = (title: string, text: string) => `<html><body><h1>${title}</h1><p>${text}</p></body></html>`;

export interface CallbackServer {
  redirectUri: string;
  /** The authorization code the browser brings back. */
  code: Promise<string>;
  close(): Promise<void>;
}

/**
 * Listens on 127.0.0.1 at a port in 8000–9000 (the SDK's range) for the browser's return to
 * `http://localhost:<port>`; the first request other than `/favicon.ico` ends it. A wrong
 * `state`, a denial or nothing before the deadline rejects `code` with one clear line.
 */
export async function listenForCallback(state: string, timeoutMs: number): Promise<CallbackServer> {
  let settle!: { resolve: (code: string) => void; reject: (err: Error) => void };
  const code = new Promise<string>((resolve, reject) => (settle = { resolve, reject }));
  code.catch(() => {});
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    if (url.pathname === "/favicon.ico") {
      res.writeHead(404).end();
      return;
    }
    const got = url.searchParams.get("code");
    const ok = got && url.searchParams.get("state") === state;
    res.writeHead(ok ? 200 : 400, { "Content-Type": "text/html", Connection: "close" });
    res.end(ok ? PAGE("Authentication Successful!", "You can close this window.") : PAGE("Authentication Failed!", "Invalid callback parameters."));
    if (ok) settle.resolve(got);
    else if (url.searchParams.get("error"))
      settle.reject(
        new ConfigurationError(`The login was not approved in the browser (${url.searchParams.get("error")}); run 'kaggle auth login' again`),
      );
    else
      settle.reject(
        new ConfigurationError("The browser came back without a valid code for this login (wrong or missing state); run 'kaggle auth login' again"),
      );
  });
  const port = await listenInRange(server);
  const timer = setTimeout(
    () =>
      settle.reject(new DeadlineExceededError(`No answer from the browser within ${Math.round(timeoutMs / 1000)} s; run 'kaggle auth login' again`)),
    timeoutMs,
  );
  const close = () =>
    new Promise<void>((resolve) => {
      clearTimeout(timer);
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return { redirectUri: `http://localhost:${port}`, code, close };
}

async function listenInRange(server: http.Server): Promise<number> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const port = 8000 + Math.floor(Math.random() * 1001);
    const ok = await new Promise<boolean>((resolve, reject) => {
      const onError = (err: NodeJS.ErrnoException) => (err.code === "EADDRINUSE" ? resolve(false) : reject(err));
      server.once("error", onError);
      server.listen(port, "127.0.0.1", () => {
        server.off("error", onError);
        resolve(true);
      });
    });
    if (ok) return (server.address() as AddressInfo).port;
  }
  throw new ConfigurationError("No free port between 8000 and 9000 for the login's callback; use 'kaggle auth login --no-launch-browser'");
}
