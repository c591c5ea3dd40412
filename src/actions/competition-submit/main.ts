/**
 * competition-submit: uploads a file to a competition, creates the submission and (by default)
 * waits for the score. A submission that fails to score fails the step with the server's reason.
 * plan: the competition, the file and the message; act: submit and wait; report: the summary
 * and the step's verdict.
 */
import fs from "node:fs";
import path from "node:path";
import * as core from "@actions/core";
import type { KaggleClient } from "../../core/client";
import { ConfigurationError } from "../../core/errors";
import { competitionSlug, competitionUrl, onWeb, submissionsUrl } from "../../core/refs";
import { submissionStatus } from "../../core/resources/competitions";
import type { ApiSubmission } from "../../core/types/competitions";
import { commitMessage } from "../common/context";
import { createClient } from "../common/credentials";
import type { Outputs } from "../common/outputs";
import { runAction, StepFailure } from "../common/run";
import type { InputValues } from "../common/spec";
import { cell, link, type Summary } from "../common/summary";
import { spec } from "./spec";

type Inputs = InputValues<typeof spec.inputs>;
type SubmitOutputs = Outputs<typeof spec.outputs>;

export function run() {
  return runAction(spec, async ({ inputs, outputs, summary }) => {
    const p = await plan(inputs);
    const { client } = createClient(inputs);
    outputs.set("url", submissionsUrl(p.competition, client.webBase));
    const ref = await submit(client, p, outputs);
    const sub = inputs.wait ? await waitForScore(client, p, ref, inputs.timeout, outputs) : undefined;
    report(summary, outputs, p, ref, sub, client.webBase);
  });
}

interface Plan {
  competition: string;
  file: string;
  bytes: number;
  message: string;
}

async function plan(inputs: Inputs): Promise<Plan> {
  const competition = competitionSlug(inputs.competition);
  const file = path.resolve(inputs.file);
  const st = fs.statSync(file, { throwIfNoEntry: false });
  if (!st) throw new ConfigurationError(`Input 'file': ${inputs.file} does not exist`);
  if (!st.isFile()) throw new ConfigurationError(`Input 'file': ${inputs.file} is not a file`);
  const message = inputs.message ?? (await commitMessage("Submitted by kaggle-actions"));
  return { competition, file, bytes: st.size, message };
}

/** Uploads the file and creates the submission; its id. */
async function submit(client: KaggleClient, p: Plan, outputs: SubmitOutputs): Promise<number> {
  const result = await core.group(`Submitting ${path.basename(p.file)} to ${p.competition}`, async () => {
    const r = await client.competitions.submit(p.competition, p.file, { message: p.message });
    core.info(r.message || `Submitted: submission ${r.ref}`);
    return r;
  });
  outputs.setAll({ submission: result.ref, status: "PENDING" });
  return result.ref;
}

async function waitForScore(client: KaggleClient, p: Plan, ref: number, timeoutMs: number, outputs: SubmitOutputs): Promise<ApiSubmission> {
  const sub = await core.group(`Waiting for the score (up to ${Math.round(timeoutMs / 1000)} s)`, () =>
    client.competitions.waitForScore(p.competition, ref, {
      timeoutMs,
      onPoll: (s) => core.info(`submission ${ref}: ${submissionStatus(s)}`),
    }),
  );
  outputs.setAll({ status: submissionStatus(sub), "public-score": sub.publicScore, "private-score": sub.privateScore });
  if (sub.url) outputs.set("url", onWeb(sub.url, client.webBase));
  return sub;
}

/** The summary; a submission that failed to score fails the step. */
function report(summary: Summary, outputs: SubmitOutputs, p: Plan, ref: number, sub: ApiSubmission | undefined, web: string): void {
  const status = outputs.get("status")!;
  summary.heading(`Kaggle submission to ${cell(p.competition)}`).facts([
    ["Competition", link(p.competition, competitionUrl(p.competition, web))],
    ["Submission", link(String(ref), outputs.get("url")!)],
    ["File", `\`${cell(path.basename(p.file))}\` (${p.bytes} bytes)`],
    ["Message", cell(p.message)],
    ["Status", statusBadge(status)],
    ["Public score", cell(sub?.publicScore)],
    ["Private score", cell(sub?.privateScore)],
    ["Error", cell(sub?.errorDescription)],
  ]);
  if (status === "ERROR") {
    throw new StepFailure(`Submission ${ref} to ${p.competition} failed: ${sub?.errorDescription || "Kaggle gave no reason"}`);
  }
  if (status === "COMPLETE") core.info(`Submission ${ref} scored ${sub?.publicScore ?? "(no public score)"}`);
}

export function statusBadge(status: string): string {
  if (status === "COMPLETE") return ":white_check_mark: COMPLETE";
  if (status === "ERROR") return ":x: ERROR";
  return `:hourglass: ${cell(status)}`;
}
