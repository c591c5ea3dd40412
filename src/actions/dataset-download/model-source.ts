/** The `model` source of dataset-download: an instance's exact (or latest) version, whole or by file. */
import * as core from "@actions/core";
import type { KaggleClient } from "../../core/client";
import { resolveInside, nameParts } from "../../core/fs";
import { modelInstanceName, modelInstanceUrl, parseModelInstanceRef, parseModelVersionRef, type ModelVersionRef } from "../../core/refs";
import path from "node:path";

export interface ModelSource {
  kind: "model";
  label: string;
  url: string;
  version: number;
  files: { name: string; bytes: number }[];
  all: boolean;
  cacheKey: string;
  download(dest: string): Promise<string[]>;
}

const MODEL_FILE = { what: "model file name" } as const;

/** `owner/model/framework/variation[/version]`: the latest version when none is given. */
export async function modelSource(client: KaggleClient, text: string, match: (n: string) => boolean, filtered: boolean): Promise<ModelSource> {
  const versioned = text.split("/").length === 5;
  const base = versioned ? parseModelVersionRef(text) : parseModelInstanceRef(text);
  const version = versioned ? (base as ModelVersionRef).version : ((await client.models.getInstance(base)).versionNumber ?? 1);
  const ref: ModelVersionRef = { ...base, version };
  const files: ModelSource["files"] = [];
  for await (const f of client.models.filesAll(ref)) if (f.name && match(f.name)) files.push({ name: f.name, bytes: f.size ?? 0 });
  const label = modelInstanceName(ref);
  core.info(`${label}: ${files.length} file(s) to fetch`);
  return {
    kind: "model",
    label,
    url: modelInstanceUrl(ref),
    version,
    files,
    all: !filtered,
    cacheKey: `model-${ref.owner}-${ref.slug}-${ref.framework}-${ref.instance}-v${version}`,
    async download(dest) {
      if (!filtered) return [(await client.models.download(ref, { path: dest, force: true })).path];
      // Every name is checked before anything is downloaded, and again on disk just before its file.
      for (const f of files) nameParts(f.name, MODEL_FILE);
      const out: string[] = [];
      for (const f of files) {
        const dir = path.dirname(await resolveInside(dest, f.name, MODEL_FILE));
        out.push((await client.models.downloadFile(ref, f.name, { path: dir, force: true })).path);
      }
      return out;
    },
  };
}
