/** `SaveKernel`: checks, the kernel pushed to (new or existing), its sources, and the new version, queued to run. */
import { KernelExecutionTypes } from "../../core/types/kernels";
import { badRequest } from "../errors";
import * as s from "../schema";
import type { RequestContext } from "../service";
import type { User } from "../state";
import { isoTime } from "../wire";
import { quotaRefusal } from "./quota";
import { startSession } from "./runner";
import { activeGpuSessions, canSee, competitionSlugOf, findKernel, KERNEL_TYPES, latest, type KernelRecord, type KernelVersionRecord } from "./state";

const SAVE_LANGUAGES = ["python", "r", "rmarkdown"];

export const saveRequest = s.object({
  id: s.optional(s.int()),
  slug: s.optional(s.string()),
  newTitle: s.optional(s.string()),
  text: s.string(),
  language: s.string(),
  kernelType: s.string(),
  datasetDataSources: s.array(s.string()),
  kernelDataSources: s.array(s.string()),
  competitionDataSources: s.array(s.string()),
  categoryIds: s.array(s.string()),
  isPrivate: s.optional(s.bool()),
  enableGpu: s.optional(s.bool()),
  enableInternet: s.optional(s.bool()),
  dockerImagePinningType: s.optional(s.string()),
  modelDataSources: s.array(s.string()),
  enableTpu: s.optional(s.bool()),
  sessionTimeoutSeconds: s.optional(s.int({ min: 1 })),
  priority: s.optional(s.int()),
  dockerImage: s.optional(s.string()),
  kernelExecutionType: s.optional(s.enumOf(KernelExecutionTypes)),
  machineShape: s.optional(s.string()),
  versionLabel: s.optional(s.string()),
});

type SaveRequest = s.Infer<typeof saveRequest>;

function checkSaveBody(body: SaveRequest): void {
  if (!SAVE_LANGUAGES.includes(body.language)) {
    throw badRequest(`Invalid value for field 'language': '${body.language}' (valid: ${SAVE_LANGUAGES.join(", ")})`);
  }
  if (!KERNEL_TYPES.includes(body.kernelType)) {
    throw badRequest(`Invalid value for field 'kernelType': '${body.kernelType}' (valid: script, notebook)`);
  }
  if (body.dockerImagePinningType && !["original", "latest"].includes(body.dockerImagePinningType)) {
    throw badRequest(`Invalid value for field 'dockerImagePinningType': '${body.dockerImagePinningType}' (valid: original, latest)`);
  }
}

/** The caller's kernel the push goes to, or the slug of a new one, or the error Kaggle answers. */
function target(ctx: RequestContext, user: User, body: SaveRequest): { k?: KernelRecord; newSlug?: string } | { error: string } {
  if (body.id !== undefined) {
    const k = ctx.state.kernels.kernels.find((x) => x.id === body.id);
    if (!k || k.owner.toLowerCase() !== user.username.toLowerCase()) return { error: "Notebook not found" };
    return { k };
  }
  if (!body.slug) throw badRequest("Invalid value for field 'slug': give 'owner/kernel-slug' or 'id'");
  const parts = body.slug.split("/");
  const [owner, slug] = parts.length >= 2 ? [parts[0]!, parts[1]!] : [user.username, parts[0]!];
  if (owner.toLowerCase() !== user.username.toLowerCase()) {
    return { error: `Notebook not found: ${owner}/${slug} is not one of your notebooks (you are ${user.username})` };
  }
  const k = findKernel(ctx.state, owner, slug);
  if (k) return { k };
  if (!/^[a-z0-9][a-z0-9-]{4,49}$/.test(slug.toLowerCase())) {
    return { error: `Invalid notebook slug '${slug}': use 5 to 50 lower-case letters, digits and '-'` };
  }
  if (!body.newTitle) return { error: "A title is required to create a new notebook" };
  return { newSlug: slug.toLowerCase() };
}

function datasetExists(state: unknown, ref: string): boolean | undefined {
  const slice = (state as { datasets?: unknown }).datasets as Record<string, unknown> | undefined;
  const list = (slice && (Array.isArray(slice) ? slice : (slice.datasets as unknown))) as Record<string, unknown>[] | undefined;
  if (!Array.isArray(list)) return undefined;
  const [owner, slug] = ref.toLowerCase().split("/");
  return list.some(
    (d) => String(d.owner ?? d.ownerSlug ?? d.ownerRef ?? "").toLowerCase() === owner && String(d.slug ?? d.datasetSlug ?? "").toLowerCase() === slug,
  );
}

/** Sources and tags Kaggle does not know: reported and left out, as Kaggle does. */
function invalidSources(ctx: RequestContext, user: User, body: SaveRequest) {
  return {
    invalidDatasetSources: body.datasetDataSources.filter((d) => datasetExists(ctx.state, d) === false || d.split("/").length < 2),
    invalidCompetitionSources: body.competitionDataSources.filter(
      (c) => ctx.state.competitions !== undefined && !ctx.state.competitions.competitions.some((x) => x.slug === competitionSlugOf(c)),
    ),
    invalidKernelSources: body.kernelDataSources.filter((ks) => {
      const [o, sl] = ks.split("/");
      const src = o && sl ? findKernel(ctx.state, o, sl) : undefined;
      return !src || !canSee(src, user);
    }),
    invalidModelSources: body.modelDataSources.filter((m) => m.split("/").length !== 5 && m.split("/").length !== 2),
    invalidTags: body.categoryIds.filter((t) => !/^[\w .+#-]{1,50}$/.test(t)),
  };
}

export function saveKernel(ctx: RequestContext, body: SaveRequest) {
  const user = ctx.requireUser();
  const st = ctx.state.kernels;
  checkSaveBody(body);
  const found = target(ctx, user, body);
  if ("error" in found) return found;
  // Accelerator names are free text, as on Kaggle: the documented `NvidiaTeslaT4`, the web UI's
  // `gpuT4x2`, and `None` (what GetKernel answers for no accelerator) all occur in real metadata.
  const machineShape = body.machineShape && body.machineShape !== "None" ? body.machineShape : undefined;
  const gpu = (body.enableGpu ?? false) || /^(nvidia|gpu)/i.test(machineShape ?? "");
  const tpu = (body.enableTpu ?? false) || /^tpu/i.test(machineShape ?? "");
  // QUICK_SAVE (`kaggle kernels push --no-run`): a version without a run, so no accelerator either.
  const quick = body.kernelExecutionType === "QUICK_SAVE";
  if (quick) return saveVersion(ctx, user, body, found, { machineShape, gpu: false, tpu: false, quick });
  if (gpu && activeGpuSessions(st, user.username) >= st.maxGpuSessions) {
    return { error: "Maximum batch GPU session count reached" };
  }
  const refusal = (gpu && quotaRefusal(st, user.username, "gpu", ctx.now())) || (tpu && quotaRefusal(st, user.username, "tpu", ctx.now()));
  if (refusal) return { error: refusal };
  return saveVersion(ctx, user, body, found, { machineShape, gpu, tpu, quick });
}

interface Run {
  machineShape: string | undefined;
  gpu: boolean;
  tpu: boolean;
  quick: boolean;
}

/** The new version (and the kernel, when new), its session queued, or ended at once for a quick save. */
function saveVersion(ctx: RequestContext, user: User, body: SaveRequest, found: { k?: KernelRecord; newSlug?: string }, run: Run) {
  const st = ctx.state.kernels;
  const { machineShape, gpu, tpu } = run;
  let k = found.k;
  const invalid = invalidSources(ctx, user, body);
  const { invalidDatasetSources, invalidCompetitionSources, invalidKernelSources, invalidModelSources, invalidTags } = invalid;
  const now = ctx.now();
  if (!k) {
    k = {
      id: ctx.nextId("kernel", 10000000),
      owner: user.username,
      slug: found.newSlug!,
      totalVotes: 0,
      viewCount: 0,
      commentCount: 0,
      createdAt: isoTime(now),
      versions: [],
    };
    st.kernels.push(k);
  }
  const prev = k.versions.length ? latest(k) : undefined;
  const v: KernelVersionRecord = {
    number: k.versions.length + 1,
    title: body.newTitle || prev?.title || k.slug,
    source: body.text,
    language: body.language,
    kernelType: body.kernelType,
    isPrivate: body.isPrivate ?? true,
    enableGpu: body.enableGpu ?? false,
    enableTpu: body.enableTpu ?? false,
    enableInternet: body.enableInternet ?? true,
    datasetSources: body.datasetDataSources.filter((d) => !invalidDatasetSources.includes(d)),
    competitionSources: body.competitionDataSources.filter((c) => !invalidCompetitionSources.includes(c)),
    kernelSources: body.kernelDataSources.filter((x) => !invalidKernelSources.includes(x)),
    modelSources: body.modelDataSources.filter((m) => !invalidModelSources.includes(m)),
    categoryIds: body.categoryIds.filter((t) => !invalidTags.includes(t)),
    ...(body.dockerImage ? { dockerImage: body.dockerImage } : {}),
    ...(body.dockerImagePinningType ? { dockerImagePinningType: body.dockerImagePinningType } : {}),
    ...(machineShape ? { machineShape } : {}),
    ...(body.sessionTimeoutSeconds !== undefined ? { sessionTimeoutSeconds: body.sessionTimeoutSeconds } : {}),
    createdAt: isoTime(now),
    session: {
      id: ctx.nextId("kernelSession", 50000000),
      status: "QUEUED",
      mode: "simulated",
      gpu,
      ...(tpu ? { tpu } : {}),
      timeoutSeconds: Math.min(body.sessionTimeoutSeconds ?? st.defaultTimeoutSeconds, st.defaultTimeoutSeconds),
      queuedAt: isoTime(now),
      outputs: [],
      log: [],
    },
  };
  k.versions.push(v);
  ctx.changed();
  if (run.quick) {
    v.session.status = "COMPLETE";
    v.session.mode = "seeded";
    v.session.startedAt = v.session.finishedAt = v.createdAt;
  } else {
    startSession(ctx.rt, k, v);
  }
  return {
    ref: `${k.owner}/${k.slug}`,
    url: `https://www.kaggle.com/code/${k.owner}/${k.slug}`,
    versionNumber: v.number,
    invalidTags,
    invalidDatasetSources,
    invalidCompetitionSources,
    invalidKernelSources,
    invalidModelSources,
    kernelId: k.id,
  };
}
