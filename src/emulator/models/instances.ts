/**
 * `models.ModelApiService`, the instance and version half: instances per framework and
 * variation, versions made from completed MODEL blob uploads (files and nested directories, as
 * the official CLI and kagglehub send them), processing that ends after
 * `modelProcessingDelayMs`, files, deletes and downloads (302 to a signed URL: one file, or the
 * whole version as `<model>.tar.gz` built once and cached).
 */
import { createHash } from "node:crypto";
import { frameworkWord, ModelFrameworks, ModelInstanceTypes } from "../../core/types/models";
import { canonicalLicense } from "../datasets/state";
import { allTokens, directory, newFile, resolveFiles } from "../datasets/versions";
import { badRequest, notFound } from "../errors";
import * as s from "../schema";
import { method, reply, type RequestContext } from "../service";
import type { StoredFile } from "../storage";
import type { User } from "../state";
import { paginate } from "../wire";
import { createError, maskPaths, ownedModel, visibleModel } from "./access";
import {
  DEFAULT_MODEL_LICENSE,
  INSTANCE_SLUG,
  latestModelVersion,
  liveModelVersions,
  modelVersionReady,
  type ModelInstanceRecord,
  type ModelRecord,
  type ModelVersionRecord,
} from "./state";
import { instanceUrl, toApiInstance, toInstanceSummary, toModelFile, toVersion, versionUrl } from "./wire";

const framework = s.enumOf(ModelFrameworks);
const instanceRef = s.object({
  ownerSlug: s.string({ required: true }),
  modelSlug: s.string({ required: true }),
  framework,
  instanceSlug: s.string({ required: true }),
});
const versionRef = s.object({
  ownerSlug: s.string({ required: true }),
  modelSlug: s.string({ required: true }),
  framework,
  instanceSlug: s.string({ required: true }),
  versionNumber: s.int({ min: 1 }),
});
const uploadFields = { files: s.array(newFile), directories: s.array(directory), sigstore: s.optional(s.bool()) };

type InstanceRefBody = s.Infer<typeof instanceRef>;

function checkFramework(f: string): void {
  if (f === "MODEL_FRAMEWORK_UNSPECIFIED")
    throw badRequest("Invalid value for field 'framework': a model framework (MODEL_FRAMEWORK_PY_TORCH, …) is required");
}

function label(m: ModelRecord, fw: string, slug: string): string {
  return `${m.owner}/${m.slug}/${frameworkWord(fw as ModelInstanceRecord["framework"])}/${slug}`;
}

function findInstance(m: ModelRecord, fw: string, slug: string): ModelInstanceRecord | undefined {
  return m.instances.find((i) => i.framework === fw && i.slug === slug.toLowerCase());
}

function visibleInstance(ctx: RequestContext, b: InstanceRefBody): { m: ModelRecord; inst: ModelInstanceRecord } {
  checkFramework(b.framework);
  const m = visibleModel(ctx, b.ownerSlug, b.modelSlug);
  const inst = findInstance(m, b.framework, b.instanceSlug);
  if (!inst) throw notFound(`Model instance ${label(m, b.framework, b.instanceSlug)} was not found.`);
  return { m, inst };
}

function ownedInstance(ctx: RequestContext, b: InstanceRefBody): { m: ModelRecord; inst: ModelInstanceRecord; user: User } {
  checkFramework(b.framework);
  const { m, user } = ownedModel(ctx, b.ownerSlug, b.modelSlug);
  const inst = findInstance(m, b.framework, b.instanceSlug);
  if (!inst) throw notFound(`Model instance ${label(m, b.framework, b.instanceSlug)} was not found.`);
  return { m, inst, user };
}

function versionOf(m: ModelRecord, inst: ModelInstanceRecord, number: number | undefined): ModelVersionRecord {
  const v = number ? liveModelVersions(inst).find((x) => x.number === number) : latestModelVersion(inst);
  if (!v) throw notFound(`Version ${number ?? "(latest)"} of model instance ${label(m, inst.framework, inst.slug)} was not found.`);
  return v;
}

/** A new version of `inst` from the request's uploads, or the in-body error to answer. */
function addVersion(
  ctx: RequestContext,
  m: ModelRecord,
  inst: ModelInstanceRecord,
  user: User,
  notes: string,
  body: { files: s.Infer<typeof newFile>[]; directories: s.Infer<typeof directory>[] },
): ModelVersionRecord | { error: string } {
  const now = ctx.now();
  const resolved = resolveFiles(ctx, user, body.files, body.directories, new Date(now).toISOString(), "MODEL");
  if ("error" in resolved) return resolved;
  const v: ModelVersionRecord = {
    number: (inst.versions.at(-1)?.number ?? 0) + 1,
    id: ctx.nextId("modelVersion", 8000000),
    notes,
    creationDate: new Date(now).toISOString(),
    creator: user.username,
    files: resolved.files,
    readyAt: new Date(now + ctx.state.models.processingDelayMs).toISOString(),
  };
  for (const t of allTokens(body.files, body.directories)) ctx.storage.consume(t, `model:${inst.id}:${v.number}`);
  inst.versions.push(v);
  m.updatedAt = v.creationDate;
  return v;
}

const INSTANCE_FIELDS = [
  "overview",
  "usage",
  "licenseName",
  "fineTunable",
  "trainingData",
  "modelInstanceType",
  "baseModelInstance",
  "externalBaseModelUrl",
] as const;

export const instanceMethods = {
  GetModelInstance: method({
    request: instanceRef,
    auth: "optional",
    handler(ctx, body) {
      const { m, inst } = visibleInstance(ctx, body);
      return toApiInstance(m, inst) as Record<string, unknown>;
    },
  }),

  ListModelInstances: method({
    request: s.object({
      ownerSlug: s.string({ required: true }),
      modelSlug: s.string({ required: true }),
      pageSize: s.optional(s.int()),
      pageToken: s.optional(s.string()),
    }),
    auth: "optional",
    handler(ctx, body) {
      const m = visibleModel(ctx, body.ownerSlug, body.modelSlug);
      const page = paginate(m.instances, {
        ...(body.pageSize !== undefined ? { pageSize: body.pageSize } : {}),
        ...(body.pageToken ? { pageToken: body.pageToken } : {}),
      });
      return { instances: page.items.map((i) => toInstanceSummary(m, i, ctx.now())), nextPageToken: page.nextPageToken };
    },
  }),

  CreateModelInstance: method({
    request: s.object({
      ownerSlug: s.string({ required: true }),
      modelSlug: s.string({ required: true }),
      body: s.object({
        instanceSlug: s.string({ required: true }),
        framework,
        overview: s.optional(s.string()),
        usage: s.optional(s.string()),
        fineTunable: s.optional(s.bool()),
        trainingData: s.array(s.string()),
        licenseName: s.optional(s.string()),
        modelInstanceType: s.optional(s.enumOf(ModelInstanceTypes)),
        baseModelInstance: s.optional(s.string()),
        externalBaseModelUrl: s.optional(s.string()),
        ...uploadFields,
      }),
    }),
    handler(ctx, req) {
      const b = req.body;
      checkFramework(b.framework);
      const { m, user } = ownedModel(ctx, req.ownerSlug, req.modelSlug);
      if (!INSTANCE_SLUG.test(b.instanceSlug))
        return createError(`Invalid instance slug '${b.instanceSlug}': use 1-50 lower-case letters, digits, '-', '_' and '.'.`, 400);
      const license = canonicalLicense(b.licenseName || DEFAULT_MODEL_LICENSE);
      if (!license)
        return createError(`Unknown license '${b.licenseName}'. Use a license name Kaggle knows, e.g. Apache 2.0, MIT, CC0-1.0, CC-BY-SA-4.0.`, 400);
      if (findInstance(m, b.framework, b.instanceSlug))
        return createError(`Model instance ${label(m, b.framework, b.instanceSlug)} already exists.`, 409);
      const inst: ModelInstanceRecord = {
        id: ctx.nextId("modelInstance", 7000000),
        slug: b.instanceSlug,
        framework: b.framework,
        overview: b.overview ?? "",
        usage: b.usage ?? "",
        licenseName: license,
        fineTunable: b.fineTunable ?? false,
        trainingData: b.trainingData,
        modelInstanceType: b.modelInstanceType ?? "MODEL_INSTANCE_TYPE_UNSPECIFIED",
        baseModelInstance: b.baseModelInstance ?? "",
        externalBaseModelUrl: b.externalBaseModelUrl ?? "",
        createdAt: new Date(ctx.now()).toISOString(),
        versions: [],
      };
      const v = addVersion(ctx, m, inst, user, "Initial release", b);
      if ("error" in v) return createError(v.error, 400);
      m.instances.push(inst);
      ctx.changed();
      return { id: inst.id, ref: label(m, inst.framework, inst.slug), url: instanceUrl(m, inst) };
    },
  }),

  UpdateModelInstance: method({
    request: s.object({
      ownerSlug: s.string({ required: true }),
      modelSlug: s.string({ required: true }),
      framework,
      instanceSlug: s.string({ required: true }),
      overview: s.optional(s.string()),
      usage: s.optional(s.string()),
      fineTunable: s.optional(s.bool()),
      trainingData: s.optional(s.array(s.string())),
      updateMask: s.optional(s.string()),
      licenseName: s.optional(s.string()),
      modelInstanceType: s.optional(s.enumOf(ModelInstanceTypes)),
      baseModelInstance: s.optional(s.string()),
      externalBaseModelUrl: s.optional(s.string()),
    }),
    handler(ctx, body) {
      const { m, inst } = ownedInstance(ctx, body);
      const paths = maskPaths(body.updateMask, INSTANCE_FIELDS) ?? new Set(INSTANCE_FIELDS.filter((f) => body[f] !== undefined));
      let license = inst.licenseName;
      if (paths.has("licenseName")) {
        const l = canonicalLicense(body.licenseName ?? "");
        if (!l)
          return createError(`Unknown license '${body.licenseName ?? ""}'. Use a license name Kaggle knows, e.g. Apache 2.0, MIT, CC0-1.0.`, 400);
        license = l;
      }
      inst.licenseName = license;
      if (paths.has("overview")) inst.overview = body.overview ?? "";
      if (paths.has("usage")) inst.usage = body.usage ?? "";
      if (paths.has("fineTunable")) inst.fineTunable = body.fineTunable ?? false;
      if (paths.has("trainingData")) inst.trainingData = body.trainingData ?? [];
      if (paths.has("modelInstanceType")) inst.modelInstanceType = body.modelInstanceType ?? "MODEL_INSTANCE_TYPE_UNSPECIFIED";
      if (paths.has("baseModelInstance")) inst.baseModelInstance = body.baseModelInstance ?? "";
      if (paths.has("externalBaseModelUrl")) inst.externalBaseModelUrl = body.externalBaseModelUrl ?? "";
      m.updatedAt = new Date(ctx.now()).toISOString();
      ctx.changed();
      return { id: inst.id, ref: label(m, inst.framework, inst.slug), url: instanceUrl(m, inst) };
    },
  }),

  DeleteModelInstance: method({
    request: instanceRef,
    handler(ctx, body) {
      const { m, inst } = ownedInstance(ctx, body);
      m.instances = m.instances.filter((i) => i !== inst);
      ctx.changed();
      return {};
    },
  }),

  CreateModelInstanceVersion: method({
    request: s.object({
      ownerSlug: s.string({ required: true }),
      modelSlug: s.string({ required: true }),
      framework,
      instanceSlug: s.string({ required: true }),
      body: s.object({ versionNotes: s.optional(s.string()), ...uploadFields }),
    }),
    handler(ctx, req) {
      const { m, inst, user } = ownedInstance(ctx, req);
      const v = addVersion(ctx, m, inst, user, req.body.versionNotes ?? "", req.body);
      if ("error" in v) return createError(v.error, 400);
      ctx.changed();
      return { id: v.id, ref: `${label(m, inst.framework, inst.slug)}/${v.number}`, url: versionUrl(m, inst, v) };
    },
  }),

  ListModelInstanceVersions: method({
    request: s.object({
      ownerSlug: s.string({ required: true }),
      modelSlug: s.string({ required: true }),
      instanceSlug: s.string({ required: true }),
      framework,
      pageSize: s.optional(s.int()),
      pageToken: s.optional(s.string()),
    }),
    auth: "optional",
    handler(ctx, body) {
      const { m, inst } = visibleInstance(ctx, body);
      const versions = [...liveModelVersions(inst)].reverse();
      const page = paginate(versions, {
        ...(body.pageSize !== undefined ? { pageSize: body.pageSize } : {}),
        ...(body.pageToken ? { pageToken: body.pageToken } : {}),
      });
      return { versionList: { versions: page.items.map((v) => toVersion(m, inst, v)) }, nextPageToken: page.nextPageToken };
    },
  }),

  DeleteModelInstanceVersion: method({
    request: versionRef,
    handler(ctx, body) {
      if (body.versionNumber < 1) throw badRequest("Invalid value for field 'versionNumber': a version number (1 or more) is required");
      const { m, inst } = ownedInstance(ctx, body);
      const v = versionOf(m, inst, body.versionNumber);
      if (liveModelVersions(inst).length === 1)
        return reply.json({
          error: `Version ${v.number} is the only version of ${label(m, inst.framework, inst.slug)}; delete the instance instead.`,
        });
      v.deleted = true;
      ctx.changed();
      return {};
    },
  }),

  ListModelInstanceVersionFiles: method({
    request: s.object({
      ownerSlug: s.string({ required: true }),
      modelSlug: s.string({ required: true }),
      instanceSlug: s.string({ required: true }),
      framework,
      versionNumber: s.optional(s.int({ min: 1 })),
      pageSize: s.optional(s.int()),
      pageToken: s.optional(s.string()),
    }),
    auth: "optional",
    handler(ctx, body) {
      const { m, inst } = visibleInstance(ctx, body);
      const v = versionOf(m, inst, body.versionNumber);
      const files = [...v.files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      const page = paginate(files, {
        ...(body.pageSize !== undefined ? { pageSize: body.pageSize } : {}),
        ...(body.pageToken ? { pageToken: body.pageToken } : {}),
      });
      return { files: page.items.map(toModelFile), nextPageToken: page.nextPageToken };
    },
  }),

  DownloadModelInstanceVersion: method({
    request: s.object({
      ownerSlug: s.string({ required: true }),
      modelSlug: s.string({ required: true }),
      framework,
      instanceSlug: s.string({ required: true }),
      versionNumber: s.int({ min: 1 }),
      path: s.optional(s.string()),
    }),
    auth: "optional",
    async handler(ctx, body) {
      if (body.versionNumber < 1) throw badRequest("Invalid value for field 'versionNumber': a version number (1 or more) is required");
      const { m, inst } = visibleInstance(ctx, body);
      const v = versionOf(m, inst, body.versionNumber);
      if (!modelVersionReady(v, ctx.now()))
        throw notFound(`Version ${v.number} of ${label(m, inst.framework, inst.slug)} is still being processed; try again shortly.`);
      m.downloadCount++;
      ctx.changed();
      const where = `kaggle-models-data/${m.id}/${inst.id}/${v.id}`;
      if (body.path !== undefined) {
        const f = v.files.find((x) => x.name === body.path);
        if (!f) throw notFound(`File ${body.path} was not found in ${label(m, inst.framework, inst.slug)} version ${v.number}.`);
        const file: StoredFile = { path: f.path, size: f.size, lastModified: f.creationDate, name: f.name.split("/").pop()! };
        return reply.redirect(ctx.storage.signedUrl(ctx.baseUrl, `${where}/${f.name}`, file));
      }
      const key = createHash("sha1")
        .update(`${v.id}:${v.files.map((f) => `${f.name}:${f.size}:${f.path}`).join(",")}`)
        .digest("hex")
        .slice(0, 16);
      const name = `${m.slug}.tar.gz`;
      const tar = await ctx.storage.tarGz(
        `model-${inst.id}-${v.id}-${key}`,
        name,
        v.files.map((f) => ({ name: f.name, path: f.path, mtime: new Date(f.creationDate) })),
        v.creationDate,
      );
      return reply.redirect(ctx.storage.signedUrl(ctx.baseUrl, `${where}/${name}`, tar));
    },
  }),
};
