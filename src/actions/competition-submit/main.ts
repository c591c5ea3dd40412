/**
 * competition-submit: uploads a file to a competition, creates the submission and (by default)
 * waits for the score. A submission that fails to score fails the step with the server's reason.
 */
import fs from "node:fs";
import path from "node:path";
import * as core from "@actions/core";
import { ConfigurationError } from "../../core/errors";
import { competitionSlug, competitionUrl, submissionsUrl } from "../../core/refs";
import { submissionStatus } from "../../core/resources/competitions";
import type { ApiSubmission } from "../../core/types/competitions";
import { commitMessage } from "../common/context";
import { createClient } from "../common/credentials";
import { durationInput } from "../common/inputs";
import { runAction, StepFailure } from "../common/run";
import { cell, link } from "../common/summary";
import { spec } from "./spec";

export function run() {
  return runAction(spec, async ({ inputs, outputs, summary }) => {
    const competition = competitionSlug(inputs.competition!);
    const file = path.resolve(inputs.file!);
    const st = fs.statSync(file, { throwIfNoEntry: false });
    if (!st) throw new ConfigurationError(`Input 'file': ${inputs.file} does not exist`);
    if (!st.isFile()) throw new ConfigurationError(`Input 'file': ${inputs.file} is not a file`);
    const timeoutMs = durationInput("timeout", inputs.timeout)!;
    const message = inputs.message ?? (await commitMessage("Submitted by kaggle-actions"));
    const { client } = createClient(inputs);
    outputs.set("url", submissionsUrl(competition));

    const result = await core.group(`Submitting ${path.basename(file)} to ${competition}`, async () => {
      const r = await client.competitions.submit(competition, file, { message });
      core.info(r.message || `Submitted: submission ${r.ref}`);
      return r;
    });
    outputs.setAll({ submission: result.ref, status: "PENDING" });

    let sub: ApiSubmission | undefined;
    if (inputs.wait) {
      sub = await core.group(`Waiting for the score (up to ${Math.round(timeoutMs / 1000)} s)`, () =>
        client.competitions.waitForScore(competition, result.ref, {
          timeoutMs,
          onPoll: (s) => core.info(`submission ${result.ref}: ${submissionStatus(s)}`),
        }),
      );
      outputs.setAll({ status: submissionStatus(sub), "public-score": sub.publicScore, "private-score": sub.privateScore });
      if (sub.url) outputs.set("url", sub.url);
    }

    const status = outputs.get("status")!;
    summary.heading(`Kaggle submission to ${cell(competition)}`).facts([
      ["Competition", link(competition, competitionUrl(competition))],
      ["Submission", link(String(result.ref), outputs.get("url")!)],
      ["File", `\`${cell(path.basename(file))}\` (${st.size} bytes)`],
      ["Message", cell(message)],
      ["Status", statusBadge(status)],
      ["Public score", cell(sub?.publicScore)],
      ["Private score", cell(sub?.privateScore)],
      ["Error", cell(sub?.errorDescription)],
    ]);
    if (status === "ERROR") {
      throw new StepFailure(`Submission ${result.ref} to ${competition} failed: ${sub?.errorDescription || "Kaggle gave no reason"}`);
    }
    if (status === "COMPLETE") core.info(`Submission ${result.ref} scored ${sub?.publicScore ?? "(no public score)"}`);
  });
}

export function statusBadge(status: string): string {
  if (status === "COMPLETE") return ":white_check_mark: COMPLETE";
  if (status === "ERROR") return ":x: ERROR";
  return `:hourglass: ${cell(status)}`;
}
