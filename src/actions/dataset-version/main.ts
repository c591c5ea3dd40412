/**
 * dataset-version: publishes a folder as a new version of its dataset (or creates the dataset),
 * unless its content digest equals the latest version's; waits for processing. Kaggle refuses
 * a new version while the first one is still processing: that answer is waited out once.
 * plan: the folder, its metadata and the dataset; act: compare digests, publish, wait; report:
 * the summary.
 */
import fs from "node:fs";
import path from "node:path";
import * as core from "@actions/core";
import type { KaggleClient } from "../../core/client";
import { ConfigurationError, KaggleApiError, PermissionDeniedError } from "../../core/errors";
import { ignoreRules } from "../../core/ignore";
import { readMetadata, validateForVersion } from "../../core/metadata/dataset";
import { datasetUrl, refName, type DatasetRef } from "../../core/refs";
import type { PublishResult } from "../../core/resources/datasets";
import type { ApiDataset } from "../../core/types/datasets";
import { commitMessage } from "../common/context";
import { createClient } from "../common/credentials";
import type { Outputs } from "../common/outputs";
import { runAction, StepFailure } from "../common/run";
import type { InputValues } from "../common/spec";
import { cell, link, type Summary } from "../common/summary";
import { contentDigest, descriptionNote, digestOf, digestOfDescription, withDigest } from "../common/digest";
import { spec } from "./spec";

type Inputs = InputValues<typeof spec.inputs>;
type VersionOutputs = Outputs<typeof spec.outputs>;

export function run() {
  return runAction(spec, async ({ inputs, outputs, summary }) => {
    const folder = path.resolve(inputs.path);
    if (!fs.statSync(folder, { throwIfNoEntry: false })?.isDirectory()) {
      throw new ConfigurationError(`Input 'path': ${inputs.path} is not a folder`);
    }
    const doc = readMetadata(folder);
    const { client } = createClient(inputs);
    const named = await plan(client, folder, doc);
    outputs.setAll({ dataset: named.label, url: datasetUrl(named.label, client.webBase), changed: false });
    const p = { ...named, digest: contentDigest(folder, inputs["dir-mode"], ignoreRules(inputs.ignore)) };
    const existing = await find(client, p.ref);
    if (existing && inputs["skip-unchanged"] && recordedDigest(existing) === p.digest) {
      return reportUnchanged(summary, outputs, p, existing, await client.datasets.status(p.ref));
    }
    if (!existing && !inputs.create) {
      throw new ConfigurationError(`Dataset ${p.label} does not exist, and 'create' is false; create it first or set create: true`);
    }
    const notes = withDigest(inputs["version-notes"] ?? (await commitMessage("Published by kaggle-actions")), p.digest);
    const result = await publish(client, p, existing, notes, inputs);
    const done = await afterPublish(client, p, result, inputs, outputs);
    reportPublished(summary, outputs, p, { ...done, result, created: !existing, notes });
  });
}

interface Plan {
  folder: string;
  ref: DatasetRef;
  label: string;
  /** Of what would be published. */
  digest: string;
}

/** The dataset the metadata names (for this user). */
async function plan(client: KaggleClient, folder: string, doc: ReturnType<typeof readMetadata>): Promise<Omit<Plan, "digest">> {
  const username = await client.username();
  const versionSpec = validateForVersion(doc, { username, folder });
  if (!versionSpec.ownerSlug || !versionSpec.datasetSlug) {
    throw new ConfigurationError(`${doc.file}: give "id": "<owner>/<slug>" (this action does not take "id_no" alone)`, { file: doc.file });
  }
  const ref: DatasetRef = { owner: versionSpec.ownerSlug, slug: versionSpec.datasetSlug };
  return { folder, ref, label: refName(ref) };
}

/** The digest recorded by the latest version: the first (made by a create) in the description, later ones in their notes. */
function recordedDigest(existing: ApiDataset): string | undefined {
  const latest = [...(existing.versions ?? [])].sort((a, b) => (b.versionNumber ?? 0) - (a.versionNumber ?? 0))[0];
  return digestOf(latest?.versionNotes) ?? ((latest?.versionNumber ?? 1) === 1 ? digestOfDescription(existing.description) : undefined);
}

function reportUnchanged(summary: Summary, outputs: VersionOutputs, p: Plan, existing: ApiDataset, status: string): void {
  outputs.setAll({ version: existing.currentVersionNumber, status, files: 0, bytes: 0 });
  core.info(`${p.label}: the content is unchanged since version ${existing.currentVersionNumber} (digest ${p.digest}); nothing published`);
  summary.heading(`Kaggle dataset ${cell(p.label)}: unchanged`).facts([
    ["Dataset", link(p.label, outputs.get("url")!)],
    ["Version", `${existing.currentVersionNumber} (unchanged)`],
    ["Content digest", `\`${p.digest}\``],
    ["Status", cell(status)],
  ]);
}

/** Creates the dataset or publishes a new version; a refusal fails the step. */
async function publish(client: KaggleClient, p: Plan, existing: ApiDataset | undefined, notes: string, inputs: Inputs): Promise<PublishResult> {
  const result: PublishResult = await core.group(existing ? `Publishing a new version of ${p.label}` : `Creating ${p.label}`, async () => {
    const common = {
      dirMode: inputs["dir-mode"],
      ignorePatterns: inputs.ignore,
      events: { ignored: (names: string[]) => core.warning(`Not published (ignore patterns): ${names.join(", ")}`) },
    };
    if (!existing) return client.datasets.create(p.folder, { ...common, public: inputs.public, descriptionNote: descriptionNote(p.digest) });
    // acceptEarlierCreate: a create of this folder whose answer was lost is this publication.
    const version = () =>
      client.datasets.version(p.folder, { ...common, notes, deleteOldVersions: inputs["delete-old-versions"], acceptEarlierCreate: true });
    try {
      return await version();
    } catch (err) {
      if (!(err instanceof PermissionDeniedError) || !/still being processed/i.test(err.message)) throw err;
      core.info(`${p.label} is still processing its previous version; waiting before publishing`);
      await client.datasets.waitUntilReady(p.ref, { timeoutMs: inputs.timeout });
      return version();
    }
  });
  if (!result.ok) {
    throw new StepFailure(
      `Kaggle refused ${existing ? "the new version" : "the new dataset"} of ${p.label}: ${result.response.error || result.response.status || "no reason given"}`,
    );
  }
  return result;
}

interface Published {
  files: number;
  bytes: number;
  status: string;
  version: number | undefined;
}

/** The outputs of a publication, once Kaggle has processed it (when waiting). */
async function afterPublish(client: KaggleClient, p: Plan, result: PublishResult, inputs: Inputs, outputs: VersionOutputs): Promise<Published> {
  if (result.recovered) core.info(result.recovered.message);
  const files = result.uploaded.length;
  const bytes = result.uploaded.reduce((n, u) => n + u.item.size, 0);
  outputs.setAll({ changed: true, files, bytes });
  if (result.response.url) outputs.set("url", result.response.url);
  if (result.response.invalidTags?.length) core.warning(`Kaggle ignored these keywords: ${result.response.invalidTags.join(", ")}`);

  let status = await client.datasets.status(p.ref);
  if (inputs.wait) {
    status = await core.group(`Waiting for Kaggle to process ${p.label}`, () =>
      client.datasets.waitUntilReady(p.ref, { timeoutMs: inputs.timeout, onPoll: (s) => core.info(`${p.label}: ${s}`) }),
    );
  }
  const now = await client.datasets.get(p.ref);
  outputs.setAll({ version: now.currentVersionNumber, status });
  return { files, bytes, status, version: now.currentVersionNumber };
}

function reportPublished(
  summary: Summary,
  outputs: VersionOutputs,
  p: Plan,
  d: Published & { result: PublishResult; created: boolean; notes: string },
): void {
  summary.heading(`Kaggle dataset ${cell(p.label)}: ${d.created ? "created" : `version ${d.version ?? ""}`}`).facts([
    ["Dataset", link(p.label, outputs.get("url")!)],
    ["Version", cell(d.version)],
    ["Notes", d.created ? undefined : cell(d.notes)],
    ["Status", cell(d.status)],
    ["Files", String(d.files)],
    ["Bytes", String(d.bytes)],
    ["Content digest", `\`${p.digest}\``],
  ]);
  const rows = d.result.uploaded.map((u) => `| \`${cell(u.item.name)}\` | ${u.item.size} | ${u.how} |`);
  if (rows.length)
    summary.foldedMarkdown(
      `${rows.length} uploaded file${rows.length === 1 ? "" : "s"}`,
      ["| File | Bytes | How |", "| --- | --- | --- |", ...rows.slice(0, 1000)].join("\n"),
    );
}

async function find(client: KaggleClient, ref: DatasetRef): Promise<ApiDataset | undefined> {
  try {
    return await client.datasets.get(ref);
  } catch (err) {
    if (err instanceof KaggleApiError && (err.status === 404 || err.status === 403)) return undefined;
    throw err;
  }
}
