/**
 * dataset-download: a dataset (exact or latest version) or a competition's files into a folder,
 * unzipped, through the Actions cache keyed by the exact version (for competitions, by the
 * list of files with their sizes and dates). Without a cache service (a local run, a test)
 * the cache is skipped with a debug line. plan: which source; act: look it up, restore or
 * download (and save); report: the summary.
 */
import fs from "node:fs";
import path from "node:path";
import * as core from "@actions/core";
import type { KaggleClient } from "../../core/client";
import { ConfigurationError } from "../../core/errors";
import { nameParts, resolveInside } from "../../core/fs";
import { competitionSlug, competitionUrl, datasetUrl, parseDatasetRef, refName, type DatasetRef } from "../../core/refs";
import { extractTar } from "../../core/untar";
import { modelSource } from "./model-source";
import { extractLimitsFromEnv, extractZip, type ExtractLimits } from "../../core/unzip";
import { createClient } from "../common/credentials";
import { folderBytes, globMatcher, listFiles, shortDigest } from "../common/files";
import { runAction } from "../common/run";
import type { InputValues } from "../common/spec";
import { cell, link, type Summary } from "../common/summary";
import { spec } from "./spec";

interface Source {
  kind: "dataset" | "competition" | "model";
  label: string;
  url: string;
  version?: number;
  /** Remote files (name, size) matching the pattern. */
  files: { name: string; bytes: number }[];
  all: boolean;
  cacheKey: string;
  download(dest: string): Promise<string[]>;
}

type Inputs = InputValues<typeof spec.inputs>;

export function run() {
  return runAction(spec, async ({ inputs, outputs, summary }) => {
    plan(inputs);
    const limits = extractLimitsFromEnv(process.env);
    const dest = path.resolve(inputs.path);
    outputs.set("path", dest);
    const { client } = createClient(inputs);
    const match = globMatcher(inputs.files);
    const source = await core.group("Looking up the files", () =>
      inputs.dataset
        ? datasetSource(client, parseDatasetRef(inputs.dataset), match, !!inputs.files)
        : inputs.model
          ? modelSource(client, inputs.model, match, !!inputs.files)
          : competitionSource(client, competitionSlug(inputs.competition!), match, !!inputs.files),
    );
    outputs.set("version", source.version);
    if (!source.files.length) throw new ConfigurationError(`No file of ${source.label} matches 'files: ${inputs.files}'`);

    const key = `kaggle-${source.cacheKey}-${shortDigest(inputs.files ?? "", inputs.unzip, process.platform)}`;
    const cacheUsable = inputs.cache && (await cacheAvailable());
    const hit = cacheUsable && (await restore(dest, key, source.label));
    outputs.set("cache-hit", hit);
    let written: string[] = [];
    if (!hit) {
      written = await core.group(`Downloading ${source.label}`, async () => {
        fs.mkdirSync(dest, { recursive: true });
        const files = await source.download(dest);
        return inputs.unzip ? unzipAll(files, limits, new Set(source.kind === "model" && source.all ? files : [])) : files;
      });
      if (cacheUsable) await save(dest, key);
    }
    const bytes = folderBytes(dest);
    outputs.set("bytes", bytes);
    report(summary, source, { dest, hit, written: written.length, bytes });
  });
}

/** Exactly one of `dataset`, `model` and `competition`, a dataset given with its owner. */
function plan(inputs: Inputs): void {
  if ([inputs.dataset, inputs.model, inputs.competition].filter(Boolean).length !== 1) {
    throw new ConfigurationError(
      "Give exactly one of the inputs 'dataset' (owner/slug[/version]), 'model' (owner/model/framework/variation[/version]) and 'competition'",
    );
  }
  if (inputs.dataset && !inputs.dataset.includes("/")) {
    throw new ConfigurationError(`Input 'dataset' must be owner/slug or owner/slug/version, got '${inputs.dataset}'`);
  }
}

/** Whether the Actions cache held this exact download (a failure to restore is a warning). */
async function restore(dest: string, key: string, label: string): Promise<boolean> {
  const cache = await import("@actions/cache");
  try {
    const hit = (await cache.restoreCache([dest], key)) === key;
    core.info(hit ? `Restored ${label} from the Actions cache (${key})` : `No cache entry ${key} yet`);
    return hit;
  } catch (err) {
    core.warning(`Could not restore from the Actions cache: ${(err as Error).message}`);
    return false;
  }
}

async function save(dest: string, key: string): Promise<void> {
  const cache = await import("@actions/cache");
  try {
    await cache.saveCache([dest], key);
    core.info(`Saved ${dest} in the Actions cache as ${key}`);
  } catch (err) {
    core.warning(`Could not save to the Actions cache: ${(err as Error).message}`);
  }
}

function report(summary: Summary, source: Source, d: { dest: string; hit: boolean; written: number; bytes: number }): void {
  const present = listFiles(d.dest);
  summary.heading(`Kaggle download: ${cell(source.label)}`).facts([
    [source.kind === "dataset" ? "Dataset" : source.kind === "model" ? "Model" : "Competition", link(source.label, source.url)],
    ["Version", source.version !== undefined ? String(source.version) : undefined],
    ["Folder", `\`${cell(d.dest)}\``],
    ["From", d.hit ? "Actions cache (nothing downloaded)" : `Kaggle (${d.written} file${d.written === 1 ? "" : "s"})`],
    ["Files", String(present.length)],
    ["Bytes", String(d.bytes)],
  ]);
  const rows = present.map((f) => [`\`${cell(f)}\``, String(fs.statSync(path.join(d.dest, f)).size)]);
  if (rows.length) {
    const table = ["| File | Bytes |", "| --- | --- |", ...rows.slice(0, 1000).map((r) => `| ${r.join(" | ")} |`)].join("\n");
    summary.foldedMarkdown(
      `${present.length} file${present.length === 1 ? "" : "s"}`,
      table + (rows.length > 1000 ? `\n\n… and ${rows.length - 1000} more` : ""),
    );
  }
}

async function cacheAvailable(): Promise<boolean> {
  const cache = await import("@actions/cache");
  if (cache.isFeatureAvailable()) return true;
  core.debug("The Actions cache service is not available here (no ACTIONS_CACHE_URL/ACTIONS_RESULTS_URL); downloading without it");
  return false;
}

async function datasetSource(client: KaggleClient, ref: DatasetRef, match: (n: string) => boolean, filtered: boolean): Promise<Source> {
  const version = ref.version ?? (await client.datasets.get(ref)).currentVersionNumber;
  const exact: DatasetRef = { ...ref, ...(version !== undefined ? { version } : {}) };
  const files: Source["files"] = [];
  for await (const f of client.datasets.filesAll(exact)) {
    if (f.name && match(f.name)) files.push({ name: f.name, bytes: f.totalBytes ?? 0 });
  }
  const label = refName(ref);
  core.info(`${label} version ${version ?? "(latest)"}: ${files.length} file(s) to fetch`);
  return {
    kind: "dataset",
    label,
    url: datasetUrl(label, client.webBase),
    ...(version !== undefined ? { version } : {}),
    files,
    all: !filtered,
    cacheKey: `dataset-${ref.owner}-${ref.slug}-v${version ?? "latest"}`,
    async download(dest) {
      if (!filtered) {
        const r = await client.datasets.downloadAll(exact, { path: dest, force: true });
        return [r.path];
      }
      const out: string[] = [];
      for (const f of files) out.push((await client.datasets.downloadFile(exact, f.name, { path: dest, force: true })).path);
      return out;
    },
  };
}

async function competitionSource(client: KaggleClient, slug: string, match: (n: string) => boolean, filtered: boolean): Promise<Source> {
  const files: (Source["files"][number] & { date?: string })[] = [];
  for await (const f of client.competitions.filesAll(slug)) {
    const name = f.name ?? f.ref;
    if (name && match(name)) files.push({ name, bytes: f.totalBytes ?? 0, date: String(f.creationDate ?? "") });
  }
  core.info(`${slug}: ${files.length} file(s) to fetch`);
  return {
    kind: "competition",
    label: slug,
    url: competitionUrl(slug, client.webBase),
    files,
    all: !filtered,
    cacheKey: `competition-${slug}-${shortDigest(files)}`,
    async download(dest) {
      if (!filtered) return [(await client.competitions.downloadAll(slug, { path: dest, force: true })).path];
      // Every name is checked before anything is downloaded, and again on disk just before its file.
      for (const f of files) nameParts(f.name, COMPETITION_FILE);
      const out: string[] = [];
      for (const f of files) {
        const dir = path.dirname(await resolveInside(dest, f.name, COMPETITION_FILE));
        out.push((await client.competitions.downloadFile(slug, f.name, { path: dir, force: true })).path);
      }
      return out;
    },
  };
}

const COMPETITION_FILE = { what: "competition file name" } as const;

/** Extracts every downloaded `.zip` (and a model's `.tar.gz`) next to itself and removes it. */
async function unzipAll(files: string[], limits: ExtractLimits, tarGz: ReadonlySet<string> = new Set()): Promise<string[]> {
  const out: string[] = [];
  for (const file of files) {
    if (tarGz.has(file)) {
      const r = await extractTar(file, path.dirname(file), { limits, onWarning: (line) => core.warning(line) });
      fs.rmSync(file);
      core.info(`Extracted ${r.files} file(s) (${r.bytes} bytes) from ${path.basename(file)}`);
      out.push(...listFiles(path.dirname(file)).map((f) => path.join(path.dirname(file), f)));
      continue;
    }
    if (!file.toLowerCase().endsWith(".zip")) {
      out.push(file);
      continue;
    }
    const r = await extractZip(file, path.dirname(file), {
      limits,
      onEntry: (name) => out.push(path.join(path.dirname(file), name)),
      onWarning: (line) => core.warning(line),
    });
    fs.rmSync(file);
    core.info(`Extracted ${r.files} file(s) (${r.bytes} bytes) from ${path.basename(file)}`);
  }
  return out;
}
