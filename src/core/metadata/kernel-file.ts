/**
 * `kernel-metadata.json` as a file: locating and reading it (with the line of a JSON error),
 * the line of a field, the template `kernels init` writes and the file `kernels pull -m` writes.
 */
import fs from "node:fs";
import { joinLikePython, statOrUndefined } from "../fs";
import { ConfigurationError } from "../errors";
import type { ApiKernelMetadata } from "../types/kernels";

export const KERNEL_METADATA_FILE = "kernel-metadata.json";
export const KERNEL_SLUG_PLACEHOLDER = "INSERT_KERNEL_SLUG_HERE";
export const CODE_FILE_PLACEHOLDER = "INSERT_CODE_FILE_PATH_HERE";

/** The file `kaggle kernels init` writes (kaggle 2.2: booleans as strings, `machine_shape`). */
export function kernelMetadataTemplate(username: string): string {
  return pythonJson({
    id: `${username}/${KERNEL_SLUG_PLACEHOLDER}`,
    title: "INSERT_TITLE_HERE",
    code_file: CODE_FILE_PLACEHOLDER,
    language: "Pick one of: {python,r,rmarkdown}",
    kernel_type: "Pick one of: {script,notebook}",
    is_private: "true",
    enable_gpu: "false",
    enable_tpu: "false",
    enable_internet: "true",
    machine_shape: "",
    dataset_sources: [],
    competition_sources: [],
    kernel_sources: [],
    model_sources: [],
  });
}

/** Python `json.dumps(value, indent=2)`: non-ASCII escaped, no trailing newline. */
export function pythonJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/[\u007f-\uffff]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** What `kernels pull -m` writes for a kernel, keys in the official order. */
export function pulledKernelMetadata(m: ApiKernelMetadata, codeFile: string): string {
  return pythonJson({
    id: m.ref ?? "",
    id_no: m.id ?? 0,
    title: m.title ?? "",
    code_file: codeFile,
    language: m.language ?? "",
    kernel_type: m.kernelType ?? "",
    is_private: m.isPrivate ?? false,
    enable_gpu: m.enableGpu ?? false,
    enable_tpu: m.enableTpu ?? false,
    enable_internet: m.enableInternet ?? false,
    keywords: m.categoryIds ?? [],
    dataset_sources: m.datasetDataSources ?? [],
    kernel_sources: m.kernelDataSources ?? [],
    competition_sources: m.competitionDataSources ?? [],
    model_sources: m.modelDataSources ?? [],
    docker_image: m.dockerImage ?? "",
    machine_shape: m.machineShape ?? "",
  });
}

/** File extension `kernels pull` gives the source, by kernel type and language. */
export function sourceExtension(kernelType: string | undefined, language: string | undefined): string | undefined {
  const t = (kernelType ?? "").toLowerCase();
  const l = (language ?? "").toLowerCase();
  const table: Record<string, Record<string, string>> = {
    script: { python: ".py", r: ".R", rmarkdown: ".Rmd", sqlite: ".sql", julia: ".jl" },
    notebook: { python: ".ipynb", r: ".irnb", julia: ".ijlnb" },
  };
  return table[t]?.[l];
}

export interface MetadataFile {
  /** Path of kernel-metadata.json. */
  file: string;
  dir: string;
  text: string;
  data: Record<string, unknown>;
}

/** Line (1-based) where `"key":` first appears, or where `value` appears after it. */
export function lineOf(text: string, key: string, value?: string): number | undefined {
  const m = new RegExp(`"${key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"\\s*:`).exec(text);
  if (!m) return undefined;
  let at = m.index;
  if (value !== undefined) {
    const v = text.indexOf(JSON.stringify(value).slice(0, -1), at + m[0].length);
    if (v !== -1) at = v;
  }
  return text.slice(0, at).split("\n").length;
}

/** Reads and parses `<dir>/kernel-metadata.json` (the folder is checked first, as upstream). */
export function readKernelMetadata(dir: string): MetadataFile {
  if (!statOrUndefined(dir)?.isDirectory()) throw new ConfigurationError(`Invalid folder: ${dir}`);
  const file = joinLikePython(dir, KERNEL_METADATA_FILE);
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch {
    throw new ConfigurationError(`Metadata file not found: ${file}`, { file });
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    const { line, detail } = jsonErrorLocation(text, e as Error);
    throw new ConfigurationError(`${file} is not valid JSON (${detail}): fix the syntax at line ${line}`, { file, line });
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    throw new ConfigurationError(`${file} must hold a JSON object with the kernel's id, title, code_file, language and kernel_type`, {
      file,
      line: 1,
    });
  }
  return { file, dir, text, data: data as Record<string, unknown> };
}

function jsonErrorLocation(text: string, e: Error): { line: number; detail: string } {
  const pos = /position (\d+)/.exec(e.message);
  const lineCol = /line (\d+) column (\d+)/.exec(e.message);
  if (lineCol) return { line: Number(lineCol[1]), detail: e.message };
  const offset = pos ? Number(pos[1]) : text.length;
  return { line: text.slice(0, offset).split("\n").length, detail: e.message.replace(/\s*\(line \d+ column \d+\)/, "") };
}
