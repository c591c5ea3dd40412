/**
 * The pull request comment: one per competition per pull request, found again by a hidden
 * marker and updated in place on later runs.
 */
import * as core from "@actions/core";
import { ConfigurationError } from "../../core/errors";
import type { Context } from "../common/context";

export function commentMarker(competition: string): string {
  return `<!-- kaggle-actions/leaderboard-gate competition=${competition} -->`;
}

export function pullRequestNumber(ctx: Context): number | undefined {
  const payload = ctx.payload as { pull_request?: { number?: number }; issue?: { number?: number; pull_request?: unknown } };
  if (payload.pull_request?.number) return payload.pull_request.number;
  if (payload.issue?.pull_request && payload.issue.number) return payload.issue.number;
  return undefined;
}

/** Creates or updates the comment; returns its URL, or undefined when not on a pull request. */
export async function upsertComment(ctx: Context, token: string | undefined, competition: string, body: string): Promise<string | undefined> {
  const pr = pullRequestNumber(ctx);
  if (pr === undefined) {
    core.warning("comment: true, but this run is not for a pull request, so no comment was posted");
    return undefined;
  }
  if (!token) throw new ConfigurationError("Input 'comment' needs 'github-token' (a token allowed to write pull request comments)");
  const github = await import("@actions/github");
  const octokit = github.getOctokit(token, { baseUrl: process.env.GITHUB_API_URL || "https://api.github.com" });
  const { owner, repo } = ctx.repo;
  const marker = commentMarker(competition);
  const text = `${marker}\n${body}`;
  const comments = await octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: pr, per_page: 100 });
  const existing = comments.find((c) => c.body?.includes(marker));
  if (existing) {
    const res = await octokit.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body: text });
    core.info(`Updated the leaderboard comment on pull request #${pr}`);
    return res.data.html_url;
  }
  const res = await octokit.rest.issues.createComment({ owner, repo, issue_number: pr, body: text });
  core.info(`Posted the leaderboard comment on pull request #${pr}`);
  return res.data.html_url;
}
