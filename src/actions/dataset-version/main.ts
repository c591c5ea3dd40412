/**
 * dataset-version: publishes a folder as a new version of its dataset (or creates the dataset),
 * unless its content digest equals the latest version's; waits for processing. Kaggle refuses
 * a new version while the first one is still processing: that answer is waited out once.
 */
import fs from "node:fs";
import path from "node:path";
import * as core from "@actions/core";
import type { KaggleClient } from "../../core/client";
import { ConfigurationError, KaggleApiError, PermissionDeniedError } from "../../core/errors";
import { ignoreRules, splitPatterns } from "../../core/ignore";
import { readMetadata, validateForVersion } from "../../core/metadata/dataset";
import { datasetUrl, refName, type DatasetRef } from "../../core/refs";
import type { PublishResult } from "../../core/resources/datasets";
import type { ApiDataset } from "../../core/types/datasets";
import { DIR_MODES, type DirMode } from "../../core/uploads";
import { commitMessage } from "../common/context";
import { createClient } from "../common/credentials";
import { choiceInput, durationInput } from "../common/inputs";
import { runAction, StepFailure } from "../common/run";
import { cell, link } from "../common/summary";
import { contentDigest, descriptionNote, digestOf, digestOfDescription, withDigest } from "./digest";
import { spec } from "./spec";

export function run() {
  return runAction(spec, async ({ inputs, outputs, summary }) => {
    const folder = path.resolve(inputs.path!);
    if (!fs.statSync(folder, { throwIfNoEntry: false })?.isDirectory()) {
      throw new ConfigurationError(`Input 'path': ${inputs.path} is not a folder`);
    }
    const dirMode = choiceInput<DirMode>("dir-mode", inputs["dir-mode"], DIR_MODES)!;
    const timeoutMs = durationInput("timeout", inputs.timeout)!;
    const doc = readMetadata(folder);
    const { client } = createClient(inputs);
    const username = await client.username();
    const versionSpec = validateForVersion(doc, { username, folder });
    if (!versionSpec.ownerSlug || !versionSpec.datasetSlug) {
      throw new ConfigurationError(`${doc.file}: give "id": "<owner>/<slug>" (this action does not take "id_no" alone)`, { file: doc.file });
    }
    const ref: DatasetRef = { owner: versionSpec.ownerSlug, slug: versionSpec.datasetSlug };
    const label = refName(ref);
    outputs.setAll({ dataset: label, url: datasetUrl(label), changed: false });

    const ignorePatterns = splitPatterns(inputs.ignore);
    const digest = contentDigest(folder, dirMode, ignoreRules(ignorePatterns));
    const existing = await find(client, ref);
    const latest = existing && [...(existing.versions ?? [])].sort((a, b) => (b.versionNumber ?? 0) - (a.versionNumber ?? 0))[0];
    // The first version (made by a create) carries its digest in the description; later ones in their notes.
    const recorded = digestOf(latest?.versionNotes) ?? ((latest?.versionNumber ?? 1) === 1 ? digestOfDescription(existing?.description) : undefined);
    if (existing && inputs["skip-unchanged"] && recorded === digest) {
      const status = await client.datasets.status(ref);
      outputs.setAll({ version: existing.currentVersionNumber, status, files: 0, bytes: 0 });
      core.info(`${label}: the content is unchanged since version ${existing.currentVersionNumber} (digest ${digest}); nothing published`);
      summary.heading(`Kaggle dataset ${cell(label)}: unchanged`).facts([
        ["Dataset", link(label, datasetUrl(label))],
        ["Version", `${existing.currentVersionNumber} (unchanged)`],
        ["Content digest", `\`${digest}\``],
        ["Status", cell(status)],
      ]);
      return;
    }
    if (!existing && !inputs.create) {
      throw new ConfigurationError(`Dataset ${label} does not exist, and 'create' is false; create it first or set create: true`);
    }

    const notes = withDigest(inputs["version-notes"] ?? (await commitMessage("Published by kaggle-actions")), digest);
    const result: PublishResult = await core.group(existing ? `Publishing a new version of ${label}` : `Creating ${label}`, async () => {
      const common = { dirMode, ignorePatterns, events: { ignored: (names: string[]) => core.warning(`Not published (ignore patterns): ${names.join(", ")}`) } };
      if (!existing) return client.datasets.create(folder, { ...common, public: inputs.public, descriptionNote: descriptionNote(digest) });
      // acceptEarlierCreate: a create of this folder whose answer was lost is this publication.
      const publish = () =>
        client.datasets.version(folder, { ...common, notes, deleteOldVersions: inputs["delete-old-versions"], acceptEarlierCreate: true });
      try {
        return await publish();
      } catch (err) {
        if (!(err instanceof PermissionDeniedError) || !/still being processed/i.test(err.message)) throw err;
        core.info(`${label} is still processing its previous version; waiting before publishing`);
        await client.datasets.waitUntilReady(ref, { timeoutMs });
        return publish();
      }
    });
    if (!result.ok) {
      throw new StepFailure(`Kaggle refused ${existing ? "the new version" : "the new dataset"} of ${label}: ${result.response.error || result.response.status || "no reason given"}`);
    }
    if (result.recovered) core.info(result.recovered.message);
    const files = result.uploaded.length;
    const bytes = result.uploaded.reduce((n, u) => n + u.item.size, 0);
    outputs.setAll({ changed: true, files, bytes });
    if (result.response.url) outputs.set("url", result.response.url);
    if (result.response.invalidTags?.length) core.warning(`Kaggle ignored these keywords: ${result.response.invalidTags.join(", ")}`);

    let status = await client.datasets.status(ref);
    if (inputs.wait) {
      status = await core.group(`Waiting for Kaggle to process ${label}`, () =>
        client.datasets.waitUntilReady(ref, { timeoutMs, onPoll: (s) => core.info(`${label}: ${s}`) }),
      );
    }
    const now = await client.datasets.get(ref);
    outputs.setAll({ version: now.currentVersionNumber, status });

    summary.heading(`Kaggle dataset ${cell(label)}: ${existing ? `version ${now.currentVersionNumber ?? ""}` : "created"}`).facts([
      ["Dataset", link(label, outputs.get("url")!)],
      ["Version", cell(now.currentVersionNumber)],
      ["Notes", existing ? cell(notes) : undefined],
      ["Status", cell(status)],
      ["Files", String(files)],
      ["Bytes", String(bytes)],
      ["Content digest", `\`${digest}\``],
    ]);
    const rows = result.uploaded.map((u) => `| \`${cell(u.item.name)}\` | ${u.item.size} | ${u.how} |`);
    if (rows.length) summary.foldedMarkdown(`${rows.length} uploaded file${rows.length === 1 ? "" : "s"}`, ["| File | Bytes | How |", "| --- | --- | --- |", ...rows.slice(0, 1000)].join("\n"));
  });
}

async function find(client: KaggleClient, ref: DatasetRef): Promise<ApiDataset | undefined> {
  try {
    return await client.datasets.get(ref);
  } catch (err) {
    if (err instanceof KaggleApiError && (err.status === 404 || err.status === 403)) return undefined;
    throw err;
  }
}
