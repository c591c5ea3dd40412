/**
 * model-version: publishes a folder as a new version of `owner/model/framework/variation`,
 * creating the model and the instance when missing (unless `create: false`), and skips the
 * upload when the folder's content digest equals the one recorded with the latest version (in
 * its notes, or for an instance's first version at the end of its overview). Waits until the
 * version is processed, within `timeout`.
 * plan: the ref, the folder and its digest; act: find, create, publish, wait; report: summary.
 */
import fs from "node:fs";
import path from "node:path";
import * as core from "@actions/core";
import type { KaggleClient } from "../../core/client";
import { ConfigurationError, KaggleApiError } from "../../core/errors";
import { ignoreRules } from "../../core/ignore";
import { modelInstanceName, modelInstanceUrl, parseModelInstanceRef, refName, type ModelInstanceRef } from "../../core/refs";
import type { ApiCreateModelResponse, ApiModelInstance } from "../../core/types/models";
import type { ModelUploadResult } from "../../core/resources/models";
import { pollUntil } from "../../core/wait";
import { commitMessage } from "../common/context";
import { createClient } from "../common/credentials";
import type { Outputs } from "../common/outputs";
import { runAction, StepFailure } from "../common/run";
import type { InputValues } from "../common/spec";
import { cell, link, type Summary } from "../common/summary";
import { contentDigest, descriptionNote, digestOf, digestOfDescription, withDigest } from "../common/digest";
import { spec } from "./spec";

type Inputs = InputValues<typeof spec.inputs>;
type ModelOutputs = Outputs<typeof spec.outputs>;

interface Plan {
  ref: ModelInstanceRef;
  folder: string;
  digest: string;
  label: string;
}

export function run() {
  return runAction(spec, async ({ inputs, outputs, summary }) => {
    const ref = parseModelInstanceRef(inputs.model);
    const folder = path.resolve(inputs.path);
    if (!fs.statSync(folder, { throwIfNoEntry: false })?.isDirectory()) throw new ConfigurationError(`Input 'path': ${inputs.path} is not a folder`);
    const p: Plan = { ref, folder, digest: contentDigest(folder, inputs["dir-mode"], ignoreRules(inputs.ignore)), label: modelInstanceName(ref) };
    const { client } = createClient(inputs);
    outputs.setAll({ model: refName(ref), instance: p.label, url: modelInstanceUrl(ref), changed: false, files: 0, bytes: 0 });
    const instance = await findInstance(client, p, inputs);
    if (instance && inputs["skip-unchanged"] && (await recordedDigest(client, ref, instance)) === p.digest) {
      outputs.set("version", instance.versionNumber);
      outputs.set("url", modelInstanceUrl({ ...ref, version: instance.versionNumber ?? 1 }));
      core.info(`${p.label}: the content is unchanged since version ${instance.versionNumber} (digest ${p.digest}); nothing published`);
      summary.heading(`Kaggle model ${cell(p.label)}: unchanged`).facts([
        ["Instance", link(p.label, outputs.get("url")!)],
        ["Version", `${instance.versionNumber} (unchanged)`],
        ["Content digest", `\`${p.digest}\``],
      ]);
      return;
    }
    const notes = withDigest(inputs["version-notes"] ?? (await commitMessage("Published by kaggle-actions")), p.digest);
    const result = await publish(client, p, instance, notes, inputs);
    const version = await afterPublish(client, p, result, inputs, outputs);
    report(summary, p, result, { version, notes, created: !instance, url: outputs.get("url")! });
  });
}

function missing(err: unknown): boolean {
  return err instanceof KaggleApiError && (err.status === 404 || err.status === 403);
}

/** The instance, or undefined after creating the model when it is missing (and `create` allows). */
async function findInstance(client: KaggleClient, p: Plan, inputs: Inputs): Promise<ApiModelInstance | undefined> {
  try {
    return await client.models.getInstance(p.ref);
  } catch (err) {
    if (!missing(err)) throw err;
  }
  if (!inputs.create)
    throw new ConfigurationError(`Model instance ${p.label} does not exist, and 'create' is false; create it first or set create: true`);
  try {
    await client.models.get(p.ref);
    return undefined;
  } catch (err) {
    if (!missing(err)) throw err;
  }
  const res = await client.models.createModel({
    ownerSlug: p.ref.owner,
    slug: p.ref.slug,
    title: p.ref.slug,
    isPrivate: !inputs.public,
    description: "",
  });
  if (res.error) throw new StepFailure(`Kaggle refused to create the model ${refName(p.ref)}: ${res.error}`);
  core.info(`Created the ${inputs.public ? "public" : "private"} model ${refName(p.ref)}`);
  return undefined;
}

/** The digest the latest version recorded: in its notes, or (first version) in the instance's overview. */
async function recordedDigest(client: KaggleClient, ref: ModelInstanceRef, instance: ApiModelInstance): Promise<string | undefined> {
  const page = await client.models.instances(ref, { pageSize: 200 });
  const item = (page.instances ?? []).find((i) => i.slug === ref.instance && i.framework === ref.framework);
  return digestOf(item?.versionNotes) ?? ((instance.versionNumber ?? 1) === 1 ? digestOfDescription(instance.overview) : undefined);
}

async function publish(
  client: KaggleClient,
  p: Plan,
  instance: ApiModelInstance | undefined,
  notes: string,
  inputs: Inputs,
): Promise<ModelUploadResult<ApiCreateModelResponse>> {
  const opts = {
    dirMode: inputs["dir-mode"],
    ignorePatterns: inputs.ignore,
    events: { ignored: (names: string[]) => core.warning(`Not published (ignore patterns): ${names.join(", ")}`) },
  };
  const result = await core.group(instance ? `Publishing a new version of ${p.label}` : `Creating ${p.label}`, () =>
    instance
      ? client.models.uploadThen(p.folder, opts, (files) => client.models.createVersionWith(p.ref, notes, files))
      : client.models.uploadThen(p.folder, opts, (files) =>
          client.models.createInstanceWith(p.ref, { licenseName: inputs.license ?? "Apache 2.0", overview: descriptionNote(p.digest) }, files),
        ),
  );
  if (result.response.error) {
    throw new StepFailure(`Kaggle refused ${instance ? "the new version" : "the new instance"} of ${p.label}: ${result.response.error}`);
  }
  if (result.uploaded.length === 0) throw new StepFailure(`Nothing to publish in ${p.folder}: no files were uploaded`);
  return result;
}

/** Sets the outputs and waits for processing; returns the new version number. */
async function afterPublish(
  client: KaggleClient,
  p: Plan,
  result: ModelUploadResult<ApiCreateModelResponse>,
  inputs: Inputs,
  outputs: ModelOutputs,
): Promise<number | undefined> {
  outputs.setAll({
    changed: true,
    files: result.uploaded.length,
    bytes: result.uploaded.reduce((n, u) => n + u.item.size, 0),
  });
  const now = await client.models.getInstance(p.ref);
  const version = now.versionNumber;
  outputs.set("version", version);
  outputs.set(
    "url",
    result.response.url && /\/\d+$/.test(result.response.url) ? result.response.url : modelInstanceUrl({ ...p.ref, version: version ?? 1 }),
  );
  if (!inputs.wait) return version;
  await core.group(`Waiting for Kaggle to process ${p.label} version ${version}`, () =>
    pollUntil(
      async () => {
        const page = await client.models.instances(p.ref, { pageSize: 200 });
        const item = (page.instances ?? []).find((i) => i.slug === p.ref.instance && i.framework === p.ref.framework);
        const status = item?.status ?? "READY";
        core.info(`${p.label} version ${item?.versionNumber ?? version}: ${status}`);
        if (status === "FAILED") throw new StepFailure(`Kaggle failed to process ${p.label} version ${version}`);
        return item?.versionNumber === version && status === "READY" ? status : undefined;
      },
      {
        timeoutMs: inputs.timeout,
        clock: client.clock,
        describe: (ms) =>
          `${p.label} version ${version} was still being processed after ${Math.round(ms / 1000)}s (timeout ${Math.round(inputs.timeout / 1000)}s); raise 'timeout' or set wait: false`,
      },
    ),
  );
  return version;
}

function report(
  summary: Summary,
  p: Plan,
  result: ModelUploadResult<ApiCreateModelResponse>,
  d: { version: number | undefined; notes: string; created: boolean; url: string },
): void {
  summary.heading(`Kaggle model ${cell(p.label)}: ${d.created ? "created" : `version ${d.version ?? ""}`}`).facts([
    ["Instance", link(p.label, d.url)],
    ["Version", cell(d.version)],
    ["Notes", d.created ? undefined : cell(d.notes)],
    ["Files", String(result.uploaded.length)],
    ["Bytes", String(result.uploaded.reduce((n, u) => n + u.item.size, 0))],
    ["Content digest", `\`${p.digest}\``],
  ]);
  const rows = result.uploaded.map((u) => `| \`${cell(u.item.name)}\` | ${u.item.size} | ${u.how} |`);
  if (rows.length)
    summary.foldedMarkdown(
      `${rows.length} uploaded file${rows.length === 1 ? "" : "s"}`,
      ["| File | Bytes | How |", "| --- | --- | --- |", ...rows.slice(0, 1000)].join("\n"),
    );
}
