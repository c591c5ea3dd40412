/**
 * `datasets.DatasetApiService`: list (filters, sort orders, paging), files, download (302 to a
 * signed URL; the whole dataset as a zip built once and cached), status, metadata get/update,
 * create and version from completed blob uploads, delete. Failures are answered the way the
 * official CLI reports them: `{"status": "error", "error": …}` bodies for create/version
 * problems, HTTP errors (`{code, message}`) for missing datasets and permissions.
 */
import { createHash } from "node:crypto";
import { CollaboratorTypes, ExpectedUpdateFrequencies } from "../../core/types/datasets";
import {
  canRead,
  canWrite,
  canonicalLicense,
  currentVersion,
  isOwner,
  liveVersions,
  versionStatus,
  type DatasetRecord,
  type DatasetVersionRecord,
} from "./state";
import { badRequest, forbidden, notFound } from "../errors";
import * as s from "../schema";
import { defineService, method, reply, type RequestContext } from "../service";
import { findUser } from "../state";
import type { StoredFile } from "../storage";
import { paginate } from "../wire";
import {
  allTokens,
  consume,
  createVersion,
  directory,
  errorBody,
  newFile,
  newVersion,
  resolveFiles,
  splitTags,
  textLengthError,
  versionBody,
} from "./versions";
import { listDatasets, listRequest } from "./list";
import { datasetUrl, toApiDataset, toApiFile, toInfo } from "./wire";

/** The license of a dataset created without one, as on Kaggle. */
const DEFAULT_LICENSE = "unknown";

const refRequest = s.object({ ownerSlug: s.string({ required: true }), datasetSlug: s.string({ required: true }) });

function find(ctx: RequestContext, owner: string, slug: string): DatasetRecord | undefined {
  const o = owner.toLowerCase();
  const sl = slug.toLowerCase();
  return ctx.state.datasets.datasets.find((d) => d.owner.toLowerCase() === o && d.slug === sl);
}

/** The dataset, visible to the caller, or 404 (a private dataset is not revealed). */
function findVisible(ctx: RequestContext, owner: string, slug: string): DatasetRecord {
  const ds = find(ctx, owner, slug);
  if (!ds || !canRead(ds, ctx.user)) throw notFound(`Dataset ${owner}/${slug} was not found.`);
  return ds;
}

function versionOf(ds: DatasetRecord, number: number | undefined): DatasetVersionRecord {
  const live = liveVersions(ds);
  const v = number ? live.find((x) => x.number === number) : live.at(-1);
  if (!v)
    throw notFound(number ? `Version ${number} of dataset ${ds.owner}/${ds.slug} was not found.` : `Dataset ${ds.owner}/${ds.slug} has no versions.`);
  return v;
}

export const datasetsService = defineService({
  service: "datasets.DatasetApiService",
  methods: {
    ListDatasets: method({
      request: listRequest,
      auth: "optional",
      handler(ctx, body) {
        return listDatasets(ctx, body);
      },
    }),

    ListDatasetFiles: method({
      request: s.object({
        ownerSlug: s.string({ required: true }),
        datasetSlug: s.string({ required: true }),
        datasetVersionNumber: s.optional(s.int({ min: 1 })),
        pageToken: s.optional(s.string()),
        pageSize: s.optional(s.int()),
      }),
      auth: "optional",
      handler(ctx, body) {
        const ds = findVisible(ctx, body.ownerSlug, body.datasetSlug);
        const v = versionOf(ds, body.datasetVersionNumber);
        const files = [...v.files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        const page = paginate(files, {
          ...(body.pageSize !== undefined ? { pageSize: body.pageSize } : {}),
          ...(body.pageToken ? { pageToken: body.pageToken } : {}),
        });
        return { datasetFiles: page.items.map((f) => toApiFile(ds, f)), nextPageToken: page.nextPageToken };
      },
    }),

    GetDataset: method({
      request: refRequest,
      auth: "optional",
      handler(ctx, body) {
        return toApiDataset(ctx, findVisible(ctx, body.ownerSlug, body.datasetSlug), true) as Record<string, unknown>;
      },
    }),

    GetDatasetStatus: method({
      request: refRequest,
      handler(ctx, body) {
        const user = ctx.requireUser();
        const ds = find(ctx, body.ownerSlug, body.datasetSlug);
        // Status is only shown to those who may change the dataset (404 otherwise, as on Kaggle).
        if (!ds || !canWrite(ds, user)) throw notFound(`Dataset ${body.ownerSlug}/${body.datasetSlug} was not found.`);
        return reply.json({ status: versionStatus(currentVersion(ds), ctx.now()) });
      },
    }),

    GetDatasetMetadata: method({
      request: refRequest,
      auth: "optional",
      handler(ctx, body) {
        const ds = findVisible(ctx, body.ownerSlug, body.datasetSlug);
        return { info: toInfo(ds) } as Record<string, unknown>;
      },
    }),

    UpdateDatasetMetadata: method({
      request: s.object({
        ownerSlug: s.string({ required: true }),
        datasetSlug: s.string({ required: true }),
        settings: s.object({
          title: s.optional(s.string()),
          subtitle: s.optional(s.string()),
          description: s.optional(s.string()),
          isPrivate: s.bool(),
          licenses: s.array(s.object({ name: s.optional(s.string()) })),
          keywords: s.array(s.string()),
          collaborators: s.array(
            s.object({ username: s.optional(s.string()), groupSlug: s.optional(s.string()), role: s.enumOf(CollaboratorTypes) }),
          ),
          data: s.array(
            s.object({
              name: s.optional(s.string()),
              description: s.optional(s.string()),
              totalBytes: s.optional(s.int()),
              columns: s.array(s.object({ name: s.optional(s.string()), description: s.optional(s.string()), type: s.optional(s.string()) })),
            }),
          ),
          expectedUpdateFrequency: s.optional(s.string()),
          userSpecifiedSources: s.optional(s.string()),
          image: s.optional(
            s.object({
              token: s.optional(s.string()),
              cropRectangles: s.array(s.object({ title: s.optional(s.string()), top: s.int(), left: s.int(), width: s.int(), height: s.int() })),
            }),
          ),
        }),
      }),
      handler(ctx, body) {
        const user = ctx.requireUser();
        const ds = find(ctx, body.ownerSlug, body.datasetSlug);
        if (!ds || !canRead(ds, user)) throw notFound(`Dataset ${body.ownerSlug}/${body.datasetSlug} was not found.`);
        if (!canWrite(ds, user)) throw forbidden(`You do not have permission to edit ${ds.owner}/${ds.slug}.`);
        const st = body.settings;
        if (st.title) {
          const e = textLengthError("title", st.title, 6, 50);
          if (e) throw badRequest(e);
        }
        if (st.subtitle) {
          const e = textLengthError("subtitle", st.subtitle, 20, 80);
          if (e) throw badRequest(e.replace("The dataset subtitle", "Subtitle length"));
        }
        let license: string | undefined;
        if (st.licenses.length) {
          if (st.licenses.length !== 1) throw badRequest("Please specify exactly one license");
          license = canonicalLicense(st.licenses[0]!.name ?? "");
          if (!license)
            throw badRequest(
              `Invalid license name "${st.licenses[0]!.name ?? ""}"; use one of ${["CC0-1.0", "CC-BY-4.0", "CC-BY-SA-4.0", "ODbL-1.0", "other"].join(", ")}, …`,
            );
        }
        if (st.expectedUpdateFrequency !== undefined && !(ExpectedUpdateFrequencies as readonly string[]).includes(st.expectedUpdateFrequency)) {
          throw badRequest(
            `Invalid expectedUpdateFrequency "${st.expectedUpdateFrequency}"; use one of ${ExpectedUpdateFrequencies.join(", ")} (lower case)`,
          );
        }
        for (const c of st.collaborators) {
          if (!c.username || !findUser(ctx.state, c.username)) throw badRequest(`Unknown collaborator "${c.username ?? c.groupSlug ?? ""}"`);
          if (c.role !== "READER" && c.role !== "WRITER")
            throw badRequest(`Invalid collaborator role ${c.role} for ${c.username}; use READER or WRITER`);
        }
        if (st.image?.token) {
          const up = ctx.storage.uploadByToken(st.image.token);
          if (!up || !up.complete || up.kind !== "INBOX")
            throw badRequest("Invalid image token: upload the cover image with StartBlobUpload (type INBOX) first.");
          ctx.storage.consume(st.image.token, `dataset-image:${ds.id}`);
        }
        if (st.title) ds.title = st.title;
        if (st.subtitle !== undefined) ds.subtitle = st.subtitle;
        if (st.description !== undefined) ds.description = st.description;
        ds.isPrivate = st.isPrivate;
        if (license) ds.licenseName = license;
        if (st.keywords.length) ds.keywords = splitTags(st.keywords).tags;
        if (st.collaborators.length) ds.collaborators = st.collaborators.map((c) => ({ username: c.username!, role: c.role as "READER" | "WRITER" }));
        const cur = currentVersion(ds);
        for (const d of st.data) {
          const f = cur?.files.find((x) => x.name === d.name);
          if (!f) continue;
          if (d.description !== undefined) f.description = d.description;
          if (d.columns.length)
            f.columns = d.columns.map((c, i) => ({
              order: i,
              name: c.name ?? "",
              description: c.description ?? "",
              ...(c.type ? { type: c.type } : {}),
            }));
        }
        if (st.expectedUpdateFrequency !== undefined) ds.expectedUpdateFrequency = st.expectedUpdateFrequency;
        if (st.userSpecifiedSources !== undefined) ds.userSpecifiedSources = st.userSpecifiedSources;
        ctx.changed();
        return reply.json({ errors: [] });
      },
    }),

    DownloadDataset: method({
      request: s.object({
        ownerSlug: s.string({ required: true }),
        datasetSlug: s.string({ required: true }),
        fileName: s.optional(s.string()),
        datasetVersionNumber: s.optional(s.int({ min: 1 })),
        raw: s.bool(),
        hashLink: s.optional(s.string()),
      }),
      auth: "optional",
      async handler(ctx, body) {
        const ds = findVisible(ctx, body.ownerSlug, body.datasetSlug);
        const v = versionOf(ds, body.datasetVersionNumber);
        if (versionStatus(v, ctx.now()) !== "READY") {
          throw notFound(`Version ${v.number} of ${ds.owner}/${ds.slug} is still being processed; try again shortly.`);
        }
        ds.downloadCount++;
        ctx.changed();
        if (body.fileName !== undefined) {
          const f = v.files.find((x) => x.name === body.fileName);
          if (!f) throw notFound(`File ${body.fileName} was not found in ${ds.owner}/${ds.slug} version ${v.number}.`);
          const file: StoredFile = { path: f.path, size: f.size, lastModified: f.creationDate, name: f.name.split("/").pop()! };
          return reply.redirect(ctx.storage.signedUrl(ctx.baseUrl, `kagglesdsdata/datasets/${ds.id}/${v.id}/${f.name}`, file));
        }
        const key = createHash("sha1")
          .update(`${ds.id}:${v.id}:${v.files.map((f) => `${f.name}:${f.size}:${f.path}`).join(",")}`)
          .digest("hex")
          .slice(0, 16);
        const zip = await ctx.storage.zip(
          `dataset-${ds.id}-${v.id}-${key}`,
          "archive.zip",
          v.files.map((f) => ({ name: f.name, path: f.path, mtime: new Date(f.creationDate) })),
          v.creationDate,
        );
        return reply.redirect(
          ctx.storage.signedUrl(ctx.baseUrl, `kaggle-data-sets/${ds.id}/${v.id}/bundle/archive.zip`, zip, {
            expiresSec: 259200,
            serviceAccount: "gcp-kaggle-com@kaggle-161607.iam.gserviceaccount.com",
          }),
        );
      },
    }),

    CreateDataset: method({
      request: s.object({
        id: s.optional(s.int()),
        ownerSlug: s.optional(s.string()),
        slug: s.optional(s.string()),
        title: s.optional(s.string()),
        licenseName: s.optional(s.string()),
        isPrivate: s.bool(),
        files: s.array(newFile),
        subtitle: s.optional(s.string()),
        description: s.optional(s.string()),
        categoryIds: s.array(s.string()),
        directories: s.array(directory),
      }),
      handler(ctx, body) {
        const user = ctx.requireUser();
        const owner = body.ownerSlug || user.username;
        if (owner.toLowerCase() !== user.username.toLowerCase()) {
          throw forbidden(
            `You cannot create datasets for ${owner}; the id in dataset-metadata.json must start with your user name (${user.username}).`,
          );
        }
        const slug = body.slug ?? "";
        if (!slug) return errorBody("A slug is required.");
        if (!/^[A-Za-z0-9-]+$/.test(slug)) return errorBody('Slug can only contain alphanumeric or "-" characters');
        const lenErr = textLengthError("slug", slug, 3, 50);
        if (lenErr) return errorBody(lenErr);
        const title = body.title ?? "";
        const titleErr = textLengthError("title", title, 6, 50);
        if (titleErr) return errorBody(`${titleErr} (got "${title}")`);
        if (body.subtitle) {
          const e = textLengthError("subtitle", body.subtitle, 20, 80);
          if (e) return errorBody(e.replace("The dataset subtitle", "Subtitle length"));
        }
        // No license (kagglehub's dataset_upload sends none) is Kaggle's default, "unknown" (the API's
        // DatasetNewRequest.license_name defaults to it); a name Kaggle does not know is still refused.
        const license = body.licenseName ? canonicalLicense(body.licenseName) : DEFAULT_LICENSE;
        if (!license)
          return errorBody(
            `Invalid license name "${body.licenseName ?? ""}". Use one of: CC0-1.0, CC-BY-4.0, CC-BY-SA-4.0, CC-BY-NC-4.0, ODbL-1.0, GPL-2.0, other, unknown, …`,
          );
        if (find(ctx, owner, slug.toLowerCase())) {
          return errorBody(`The requested title "${title}" is already in use by a dataset. Please choose another title.`);
        }
        const resolved = resolveFiles(ctx, user, body.files, body.directories, new Date(ctx.now()).toISOString());
        if ("error" in resolved) return errorBody(resolved.error);
        const { tags, invalid } = splitTags(body.categoryIds);
        const now = new Date(ctx.now()).toISOString();
        const ds: DatasetRecord = {
          id: ctx.nextId("dataset", 5000000),
          owner: user.username,
          slug: slug.toLowerCase(),
          title,
          subtitle: body.subtitle ?? "",
          description: body.description ?? "",
          licenseName: license,
          isPrivate: body.isPrivate,
          keywords: tags,
          collaborators: [],
          createdAt: now,
          updatedAt: now,
          downloadCount: 0,
          viewCount: 0,
          voteCount: 0,
          usabilityRating: 0,
          kernelCount: 0,
          topicCount: 0,
          featured: false,
          versions: [],
        };
        ctx.state.datasets.datasets.push(ds);
        newVersion(ctx, ds, user, "Initial release", resolved.files);
        consume(ctx, resolved.files, allTokens(body.files, body.directories), `dataset:${ds.id}:1`);
        ctx.changed();
        return reply.json({ ref: `${ds.owner}/${ds.slug}`, url: datasetUrl(ds), status: "ok", ...(invalid.length ? { invalidTags: invalid } : {}) });
      },
    }),

    CreateDatasetVersion: method({
      request: s.object({ ownerSlug: s.string({ required: true }), datasetSlug: s.string({ required: true }), body: versionBody }),
      handler(ctx, body) {
        return createVersion(ctx, find(ctx, body.ownerSlug, body.datasetSlug), body.body);
      },
    }),

    CreateDatasetVersionById: method({
      request: s.object({ id: s.int({ min: 1 }), body: versionBody }),
      handler(ctx, body) {
        return createVersion(
          ctx,
          ctx.state.datasets.datasets.find((d) => d.id === body.id),
          body.body,
        );
      },
    }),

    DeleteDataset: method({
      request: refRequest,
      handler(ctx, body) {
        const user = ctx.requireUser();
        const ds = find(ctx, body.ownerSlug, body.datasetSlug);
        if (!ds || !canRead(ds, user)) throw notFound(`Dataset ${body.ownerSlug}/${body.datasetSlug} was not found.`);
        if (!isOwner(ds, user)) throw forbidden(`Only the owner can delete ${ds.owner}/${ds.slug}.`);
        ctx.state.datasets.datasets = ctx.state.datasets.datasets.filter((d) => d !== ds);
        ctx.changed();
        return reply.json({});
      },
    }),
  },
});
