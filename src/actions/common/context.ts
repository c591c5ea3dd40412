/**
 * What the workflow run tells us: the commit (for default version notes and submission
 * messages) and the pull request, read from `@actions/github`'s context. The module is loaded
 * on first use, and a fresh context is read each time, so nothing happens at import.
 */
import type { context as GitHubContext } from "@actions/github";

export type Context = typeof GitHubContext;

export async function githubContext(): Promise<Context> {
  const github = await import("@actions/github");
  const Ctor = github.context.constructor as new () => Context;
  return new Ctor();
}

interface CommitPayload {
  head_commit?: { message?: string; id?: string } | null;
  pull_request?: { number?: number; title?: string; head?: { sha?: string } };
}

/** Subject and short SHA of the commit that triggered the run, as far as the event says. */
export function commitInfo(ctx: Context): { subject?: string; shortSha?: string } {
  const payload = ctx.payload as CommitPayload;
  const sha = payload.pull_request?.head?.sha ?? payload.head_commit?.id ?? ctx.sha;
  const subject = (payload.head_commit?.message ?? payload.pull_request?.title ?? "").split(/\r?\n/)[0]!.trim();
  return { ...(subject ? { subject } : {}), ...(sha ? { shortSha: sha.slice(0, 7) } : {}) };
}

/** `Fix the loader (abc1234)`: the default version notes and submission message. */
export async function commitMessage(fallback: string): Promise<string> {
  const { subject, shortSha } = commitInfo(await githubContext());
  if (subject && shortSha) return `${subject} (${shortSha})`;
  return subject ?? (shortSha ? `${fallback} (${shortSha})` : fallback);
}
