/**
 * `kernels push` from `kernel-metadata.json`: the checks made before any request (in the
 * official CLI's order, with its texts, plus the file and line), the `SaveKernel` request built
 * from them, and the command line's overrides.
 */
import fs from "node:fs";
import path from "node:path";
import { enumOptions } from "../enums";
import { joinLikePython, statOrUndefined } from "../fs";
import { ConfigurationError } from "../errors";
import { DEFAULT_IGNORE_PATTERNS, ignoreRules } from "../ignore";
import { toWireJson } from "../json";
import { checkDatasetString, checkModelString, KERNEL_FORM_MESSAGE, parseKernelRef, type KernelRef } from "../refs";
import type { ApiSaveKernelRequest } from "../types/kernels";
import { CODE_FILE_PLACEHOLDER, KERNEL_SLUG_PLACEHOLDER, lineOf, type MetadataFile } from "./kernel-file";

export const KERNEL_LANGUAGES = ["python", "r", "rmarkdown"] as const;
export const KERNEL_TYPES = ["script", "notebook"] as const;
export const PINNING_TYPES = ["original", "latest"] as const;

/** Accelerator (`machine_shape`) names Kaggle documents (docs/kernels.md, 2026). */
export const ACCELERATORS = [
  "NvidiaTeslaP100",
  "TpuV38",
  "NvidiaTeslaT4",
  "NvidiaTeslaT4Highmem",
  "Tpu1VmV38",
  "NvidiaTeslaA100",
  "NvidiaL4",
  "TpuV5E8",
  "NvidiaL4X1",
  "TpuV6E8",
  "NvidiaH100",
  "NvidiaRtxPro6000",
] as const;

/** Accelerators that are GPUs: `Nvidia…`, and the web UI's spellings such as `gpuT4x2`. */
export function isGpuAccelerator(name: string | undefined): boolean {
  return !!name && /^(nvidia|gpu)/i.test(name);
}

// ---------------------------------------------------------------- slugs and references

/**
 * python-slugify with its defaults, as the official CLI uses it to compare a title with the
 * id: ASCII-fold, lower-case, quotes and every run of other characters become one `-`,
 * commas between digits disappear, no leading or trailing `-`.
 */
export function slugify(text: string): string {
  let s = text.replace(/['\u2018\u2019]+/g, "-");
  s = s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
  s = s.replace(/ß/g, "ss").replace(/æ/gi, "ae").replace(/ø/gi, "o").replace(/đ/gi, "d").replace(/ł/gi, "l");
  s = s.toLowerCase();
  s = s.replace(/(\d),(?=\d)/g, "$1");
  s = s.replace(/[^a-z0-9]+/g, "-");
  return s.replace(/^-+|-+$/g, "");
}

// ---------------------------------------------------------------- validation

export interface KernelPushPlan {
  /** The request, without the command line's `-t`/`--accelerator` overrides. */
  request: ApiSaveKernelRequest;
  /** Owner and slug from `id` (absent when only `id_no` is given). */
  ref?: KernelRef;
  idNo?: number;
  codeFile: string;
  metadataFile: string;
  /** Printed before the push; the push goes on (as upstream). */
  warnings: string[];
}

class Checker {
  constructor(readonly meta: MetadataFile) {}

  fail(message: string, key?: string, value?: string): never {
    const line = key ? lineOf(this.meta.text, key, value) : undefined;
    const where = line ? ` (${this.meta.file}:${line})` : "";
    throw new ConfigurationError(`${message}${where}`, { file: this.meta.file, ...(line ? { line } : {}) });
  }

  str(key: string): string | undefined {
    const v = this.meta.data[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== "string") this.fail(`"${key}" must be a string, got ${JSON.stringify(v)}`, key);
    return v;
  }

  list(key: string, what: string): string[] {
    const v = this.meta.data[key];
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v)) this.fail(`"${key}" must be a list of ${what}, e.g. [], got ${JSON.stringify(v)}`, key);
    return v.map((item) => {
      if (typeof item !== "string") this.fail(`Every entry of "${key}" must be a string (${what}), got ${JSON.stringify(item)}`, key);
      return item;
    });
  }

  bool(key: string, fallback: boolean): boolean {
    const v = this.meta.data[key];
    if (v === undefined || v === null) return fallback;
    if (typeof v === "boolean") return v;
    if (typeof v === "string") {
      const lower = v.toLowerCase();
      if (lower === "true") return true;
      if (lower === "false") return false;
      this.fail(`Invalid boolean value: ${lower}; set "${key}" to true or false`, key);
    }
    this.fail(`Invalid boolean value: ${JSON.stringify(v)}; set "${key}" to true or false`, key);
  }
}

/** `title`: at least five characters when given. */
function checkTitle(c: Checker): string | undefined {
  const title = c.str("title");
  if (title !== undefined && title.length < 5) c.fail('Title must be at least five characters: lengthen "title"', "title");
  return title;
}

/** `code_file`: given, an existing file beside the metadata, not in a folder that is never published. */
function locateCodeFile(c: Checker): { codeFile: string; codeFileName: string } {
  const meta = c.meta;
  const codeFileName = c.str("code_file");
  if (!codeFileName)
    c.fail(
      'A source file must be specified in the metadata: set "code_file" to your script or notebook',
      codeFileName === "" ? "code_file" : undefined,
    );
  const codeFile = joinLikePython(meta.dir, codeFileName);
  if (!statOrUndefined(codeFile)?.isFile()) {
    const hint = codeFileName === CODE_FILE_PLACEHOLDER ? ': "code_file" is still the template placeholder; set it to your script or notebook' : "";
    c.fail(`Source file not found: ${codeFile}${hint}`, "code_file");
  }
  // The same folders are never published from a kernel as from a dataset (.git/, .cache/, …).
  const codeRel = path.relative(meta.dir, codeFile).split(path.sep).join("/");
  if (!codeRel.startsWith("../") && !path.isAbsolute(codeRel) && ignoreRules().ignores(codeRel, false)) {
    c.fail(
      `"code_file" ${codeFileName} is in a folder that is never published (${DEFAULT_IGNORE_PATTERNS.join(", ")}): move the source out of it`,
      "code_file",
    );
  }
  return { codeFile, codeFileName };
}

/** `id` and `id_no`: at least one; `id` a versionless `owner/slug` that is not the placeholder. */
function checkIdentity(c: Checker, title: string | undefined, warnings: string[]): { id?: string; idNo?: number; ref?: KernelRef } {
  const id = c.str("id");
  const idNoRaw = c.meta.data.id_no;
  let idNo: number | undefined;
  if (idNoRaw !== undefined && idNoRaw !== null) {
    if (typeof idNoRaw !== "number" || !Number.isInteger(idNoRaw))
      c.fail(`"id_no" must be a number (the kernel's numeric id), got ${JSON.stringify(idNoRaw)}`, "id_no");
    idNo = idNoRaw;
  }
  if (!id && idNo === undefined)
    c.fail('ID or slug must be specified in the metadata: set "id" to "<username>/<kernel-slug>"', id === "" ? "id" : undefined);
  const ref = id ? checkId(c, id, title, warnings) : undefined;
  return { ...(id !== undefined ? { id } : {}), ...(idNo !== undefined ? { idNo } : {}), ...(ref ? { ref } : {}) };
}

function checkId(c: Checker, id: string, title: string | undefined, warnings: string[]): KernelRef {
  if (!id.includes("/")) c.fail(`Kernel must be specified in the form of '{username}/{kernel-slug}': set "id" to "<username>/${id}"`, "id");
  let ref: KernelRef;
  try {
    ref = parseKernelRef(id);
  } catch (e) {
    if (id.split("/").length === 3 && id.split("/")[1]!.length >= 5) {
      c.fail("Kernel metadata 'id' (slug) cannot contain a version: use \"<username>/<kernel-slug>\"", "id");
    }
    c.fail(`${(e as Error).message}: fix "id" ('${id}')`, "id");
  }
  if (ref.version !== undefined) c.fail("Kernel metadata 'id' (slug) cannot contain a version: use \"<username>/<kernel-slug>\"", "id");
  if (ref.slug === KERNEL_SLUG_PLACEHOLDER) {
    c.fail(`"id" is still the template placeholder ${KERNEL_SLUG_PLACEHOLDER}: set it to "<username>/<kernel-slug>"`, "id");
  }
  if (title !== undefined && slugify(title) !== ref.slug.toLowerCase()) {
    warnings.push(
      "Your kernel title does not resolve to the specified id. This may result in surprising behavior. We suggest making your title something that resolves to the specified id. See https://en.wikipedia.org/wiki/Clean_URL#Slug for more information on how slugs are determined.",
    );
  }
  if (!/^[A-Za-z0-9_-]+$/.test(ref.owner) || !/^[A-Za-z0-9_-]+$/.test(ref.slug)) {
    warnings.push(
      `The id '${id}' contains characters Kaggle does not use in URLs; Kaggle will likely refuse or rename it. Use lower-case letters, digits and '-' (e.g. '${slugify(ref.owner)}/${slugify(ref.slug)}').`,
    );
  }
  return ref;
}

/** `language` and `kernel_type`: known values; a warning when the code file's extension says otherwise. */
function checkKind(c: Checker, code: { codeFile: string; codeFileName: string }, warnings: string[]): { language: string; kernelType: string } {
  let language = c.str("language");
  if (!language || !(KERNEL_LANGUAGES as readonly string[]).includes(language)) {
    c.fail(`A valid language must be specified in the metadata. Valid options are ${enumOptions(KERNEL_LANGUAGES)}`, "language");
  }
  const kernelType = c.str("kernel_type");
  if (!kernelType || !(KERNEL_TYPES as readonly string[]).includes(kernelType)) {
    c.fail(`A valid kernel type must be specified in the metadata. Valid options are ${enumOptions(KERNEL_TYPES)}`, "kernel_type");
  }
  if (kernelType === "notebook" && language === "rmarkdown") language = "r";

  const { codeFileName } = code;
  const ext = path.extname(code.codeFile).toLowerCase();
  if (kernelType === "script" && (ext === ".ipynb" || ext === ".irnb")) {
    warnings.push(
      `"kernel_type" is "script" but ${codeFileName} is a notebook; Kaggle will run the notebook's JSON as a script. Set "kernel_type" to "notebook".`,
    );
  }
  if (language === "python" && (ext === ".r" || ext === ".rmd")) {
    warnings.push(`"language" is "python" but ${codeFileName} is an R file. Set "language" to "r".`);
  } else if ((language === "r" || language === "rmarkdown") && ext === ".py") {
    warnings.push(`"language" is "${language}" but ${codeFileName} is a Python file. Set "language" to "python".`);
  }
  return { language, kernelType };
}

interface Sources {
  datasets: string[];
  kernels: string[];
  competitions: string[];
  models: string[];
  keywords: string[];
}

/** The `*_sources` lists and `keywords`, each entry checked in its own form. */
function checkSources(c: Checker): Sources {
  const datasets = c.list("dataset_sources", "'owner/dataset-slug' strings");
  for (const s of datasets) {
    const problem = checkDatasetString(s, { numberedVersion: true });
    if (problem) c.fail(`${problem}: fix "dataset_sources" entry '${s}'`, "dataset_sources", s);
  }
  const kernels = c.list("kernel_sources", "'owner/kernel-slug' strings");
  for (const s of kernels) {
    try {
      const r = parseKernelRef(s);
      if (!s.includes("/")) throw new ConfigurationError(KERNEL_FORM_MESSAGE);
      void r;
    } catch (e) {
      c.fail(`${(e as Error).message}: fix "kernel_sources" entry '${s}'`, "kernel_sources", s);
    }
  }
  const competitions = c.list("competition_sources", "competition slugs");
  for (const s of competitions) {
    if (!s.trim()) c.fail('"competition_sources" has an empty entry: remove it or give a competition slug such as "titanic"', "competition_sources");
  }
  const models = c.list("model_sources", "'owner/model/framework/instance/version' strings");
  for (const s of models) {
    const problem = checkModelString(s);
    if (problem) c.fail(`${problem}: fix "model_sources" entry '${s}'`, "model_sources", s);
  }
  const keywords = c.list("keywords", "tag strings");
  return { datasets, kernels, competitions, models, keywords };
}

interface Runtime {
  pinning?: string;
  dockerImage?: string;
  machineShape?: string;
  isPrivate: boolean;
  enableGpu: boolean;
  enableTpu: boolean;
  enableInternet: boolean;
}

/** The image, the accelerator (a warning for an undocumented one) and the switches. */
function checkRuntime(c: Checker, warnings: string[]): Runtime {
  const meta = c.meta;
  const pinning = c.str("docker_image_pinning_type");
  if (pinning && !(PINNING_TYPES as readonly string[]).includes(pinning)) {
    c.fail("If specified, the docker_image_pinning_type must be one of ['original', 'latest']", "docker_image_pinning_type");
  }
  const dockerImage = c.str("docker_image");
  const machineShape = c.str("machine_shape") || undefined;
  const shapeWarning = machineShape === undefined ? undefined : acceleratorWarning(machineShape);
  if (shapeWarning) {
    const line = lineOf(meta.text, "machine_shape", machineShape);
    warnings.push(`${shapeWarning}${line ? ` (${meta.file}:${line})` : ""}`);
  }
  return {
    ...(pinning !== undefined ? { pinning } : {}),
    ...(dockerImage !== undefined ? { dockerImage } : {}),
    ...(machineShape !== undefined ? { machineShape } : {}),
    isPrivate: c.bool("is_private", true),
    enableGpu: c.bool("enable_gpu", false),
    enableTpu: c.bool("enable_tpu", false),
    enableInternet: c.bool("enable_internet", true),
  };
}

/** The source as sent: a notebook with its outputs emptied, a script as it is. */
function readSource(c: Checker, codeFile: string, kernelType: string): string {
  const raw = fs.readFileSync(codeFile, "utf8");
  if (kernelType !== "notebook") return raw;
  try {
    return notebookWireText(raw);
  } catch (e) {
    c.fail(
      `${codeFile} is not a notebook (${(e as Error).message}): point "code_file" at an .ipynb file or set "kernel_type" to "script"`,
      "code_file",
    );
  }
}

/**
 * Checks a parsed metadata file in the order `kernels push` does and builds the request.
 * Reads the code file. Throws `ConfigurationError` naming the field (and its line) on the
 * first problem.
 */
export function planKernelPush(meta: MetadataFile): KernelPushPlan {
  const c = new Checker(meta);
  const warnings: string[] = [];
  const title = checkTitle(c);
  const code = locateCodeFile(c);
  const { id, idNo, ref } = checkIdentity(c, title, warnings);
  const { language, kernelType } = checkKind(c, code, warnings);
  const { datasets, kernels, competitions, models, keywords } = checkSources(c);
  const rt = checkRuntime(c, warnings);
  const text = readSource(c, code.codeFile, kernelType);

  const request: ApiSaveKernelRequest = {
    ...(idNo !== undefined ? { id: idNo } : {}),
    ...(id ? { slug: id } : {}),
    ...(title !== undefined ? { newTitle: title } : {}),
    text,
    language,
    kernelType,
    ...(datasets.length ? { datasetDataSources: datasets } : {}),
    ...(kernels.length ? { kernelDataSources: kernels } : {}),
    ...(competitions.length ? { competitionDataSources: competitions } : {}),
    ...(keywords.length ? { categoryIds: keywords } : {}),
    isPrivate: rt.isPrivate,
    enableGpu: rt.enableGpu,
    enableInternet: rt.enableInternet,
    ...(rt.pinning ? { dockerImagePinningType: rt.pinning } : {}),
    ...(models.length ? { modelDataSources: models } : {}),
    enableTpu: rt.enableTpu,
    ...(rt.dockerImage ? { dockerImage: rt.dockerImage } : {}),
    ...(rt.machineShape ? { machineShape: rt.machineShape } : {}),
  };
  return {
    request,
    ...(ref ? { ref } : {}),
    ...(idNo !== undefined ? { idNo } : {}),
    codeFile: code.codeFile,
    metadataFile: meta.file,
    warnings,
  };
}

/**
 * A warning for an accelerator name Kaggle does not document, suggesting the documented spelling;
 * the name is still sent, since the server judges accelerators (real metadata has `gpuT4x2`).
 */
export function acceleratorWarning(name: string): string | undefined {
  if ((ACCELERATORS as readonly string[]).includes(name)) return undefined;
  const close = ACCELERATORS.find((a) => a.toLowerCase() === name.toLowerCase());
  const hint = close ? `did you mean '${close}'?` : `Kaggle documents ${ACCELERATORS.join(", ")}`;
  return `Accelerator '${name}' is not one Kaggle documents; it is sent as given (${hint})`;
}

/**
 * A notebook as the official CLI sends it: code-cell outputs emptied, list sources joined,
 * everything else kept, serialised as Python's `json.dumps` would.
 */
export function notebookWireText(raw: string): string {
  const nb = JSON.parse(raw.replace(/^\uFEFF/, "")) as unknown;
  if (nb && typeof nb === "object" && !Array.isArray(nb) && Array.isArray((nb as { cells?: unknown }).cells)) {
    for (const cell of (nb as { cells: unknown[] }).cells) {
      if (!cell || typeof cell !== "object") continue;
      const c = cell as Record<string, unknown>;
      if (c.cell_type === "code" && "outputs" in c) c.outputs = [];
      if (Array.isArray(c.source)) c.source = c.source.join("");
    }
  }
  return toWireJson(nb);
}

/** Applies the command line's `-t` and `--accelerator` to a planned request, in wire order. */
export function withOverrides(
  req: ApiSaveKernelRequest,
  opts: { sessionTimeoutSeconds?: number; accelerator?: string; noRun?: boolean },
): ApiSaveKernelRequest {
  const { dockerImage, machineShape, kernelExecutionType, ...head } = req;
  const shape = opts.accelerator ?? machineShape;
  // `--no-run` (kaggle-cli after 2.2.3, pull request 1185): `QUICK_SAVE` saves without running; otherwise the field is not sent.
  const execution = opts.noRun ? "QUICK_SAVE" : kernelExecutionType;
  return {
    ...head,
    ...(opts.sessionTimeoutSeconds !== undefined ? { sessionTimeoutSeconds: opts.sessionTimeoutSeconds } : {}),
    ...(dockerImage ? { dockerImage } : {}),
    ...(execution ? { kernelExecutionType: execution } : {}),
    ...(shape ? { machineShape: shape } : {}),
  };
}
