/**
 * Driving the emulator's OAuth pages without a browser (the page itself is tested in a real
 * browser in test/emulator/oauth-page.test.ts), and running `kaggle auth login` as a child
 * process that a test answers like a user.
 */
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import path from "node:path";
import { repoRoot, type CliRun } from "./cli";

/** Approves an authorization URL as `username`; returns where the emulator redirects (`Location`). */
export async function approve(authorizeUrl: string, username = "alice", decision = "approve"): Promise<string> {
  const page = await fetch(authorizeUrl);
  const html = await page.text();
  if (page.status !== 200 || !html.includes('id="approve"')) throw new Error(`authorization page ${page.status}: ${html}`);
  const url = new URL(authorizeUrl);
  const form = new URLSearchParams(url.searchParams);
  form.set("username", username);
  form.set("decision", decision);
  const res = await fetch(`${url.origin}${url.pathname}`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: form.toString(),
    redirect: "manual",
  });
  await res.text();
  const location = res.headers.get("location");
  if (res.status !== 302 || !location) throw new Error(`approval answered ${res.status}`);
  return location;
}

/** The verification code the emulator's code page shows. */
export async function codeFromPage(location: string): Promise<string> {
  const html = await (await fetch(location)).text();
  const m = /<pre id="code">([^<]+)<\/pre>/.exec(html);
  if (!m) throw new Error(`no code on the page: ${html}`);
  return m[1]!;
}

export interface LoginRun {
  child: ChildProcessWithoutNullStreams;
  /** Resolves with the authorization URL once the CLI has printed it. */
  url: Promise<string>;
  done: Promise<CliRun>;
}

/** Starts `kaggle <argv>` (the bundle) and watches its stdout for the authorization URL. */
export function startLogin(argv: string[], env: Record<string, string | undefined>): LoginRun {
  const child = spawn(process.execPath, [path.join(repoRoot, "dist", "cli", "index.js"), ...argv], {
    env: { PATH: process.env.PATH, ...env } as NodeJS.ProcessEnv,
    stdio: ["pipe", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  let found: (u: string) => void;
  const url = new Promise<string>((r) => (found = r));
  child.stdout.on("data", (d) => {
    stdout += d;
    const m = /^ {2}(http\S+\/oauth2\/authorize\?\S+)$/m.exec(stdout);
    if (m) found(m[1]!);
  });
  child.stderr.on("data", (d) => (stderr += d));
  child.stdin.on("error", () => {});
  const done = new Promise<CliRun>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
  return { child, url, done };
}
