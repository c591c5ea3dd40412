/**
 * `models.ModelApiService`, the model half: list (search, owner, sort orders, paging), get,
 * create, update (with or without `updateMask`) and delete. Instances and versions are in
 * `instances.ts`. Failures of create/update are answered as Kaggle does, inside a 200 body
 * (`{error, errorCode}`: 409 for a duplicate slug, 400 for a bad value); a model the caller may
 * not see is HTTP 404, one the caller may see but not change is HTTP 403.
 */
import { ListModelsOrderBys } from "../../core/types/models";
import { forbidden } from "../errors";
import * as s from "../schema";
import { defineService, method } from "../service";
import { paginate } from "../wire";
import { instanceMethods } from "./instances";
import { createError, findModel, maskPaths, modelRef, ownedModel, titleError, visibleModel } from "./access";
import { canReadModel, MODEL_SLUG, type ModelRecord } from "./state";
import { modelUrl, toApiModel } from "./wire";

const SORTS: Record<string, (a: ModelRecord, b: ModelRecord) => number> = {
  LIST_MODELS_ORDER_BY_DOWNLOAD_COUNT: (a, b) => b.downloadCount - a.downloadCount,
  LIST_MODELS_ORDER_BY_VOTE_COUNT: (a, b) => b.voteCount - a.voteCount,
  LIST_MODELS_ORDER_BY_NOTEBOOK_COUNT: (a, b) => b.notebookCount - a.notebookCount,
  LIST_MODELS_ORDER_BY_PUBLISH_TIME: (a, b) => (b.publishTime ?? b.createdAt).localeCompare(a.publishTime ?? a.createdAt),
  LIST_MODELS_ORDER_BY_CREATE_TIME: (a, b) => b.createdAt.localeCompare(a.createdAt),
  LIST_MODELS_ORDER_BY_UPDATE_TIME: (a, b) => b.updatedAt.localeCompare(a.updatedAt),
};
const hotness = (m: ModelRecord) => m.voteCount * 10 + m.downloadCount + m.notebookCount * 5;

const MODEL_FIELDS = ["title", "subtitle", "isPrivate", "description", "publishTime", "provenanceSources"] as const;

export const modelsService = defineService({
  service: "models.ModelApiService",
  methods: {
    ListModels: method({
      request: s.object({
        search: s.optional(s.string()),
        sortBy: s.enumOf(ListModelsOrderBys),
        owner: s.optional(s.string()),
        pageSize: s.optional(s.int()),
        pageToken: s.optional(s.string()),
        onlyVertexModels: s.optional(s.bool()),
      }),
      auth: "optional",
      handler(ctx, body) {
        const q = (body.search ?? "").toLowerCase();
        const owner = (body.owner ?? "").toLowerCase();
        const sort = SORTS[body.sortBy] ?? ((a: ModelRecord, b: ModelRecord) => hotness(b) - hotness(a));
        const rows = ctx.state.models.models
          .filter((m) => canReadModel(m, ctx.user))
          .filter((m) => !owner || m.owner.toLowerCase() === owner)
          .filter((m) => !q || [m.title, m.slug, m.subtitle].some((t) => t.toLowerCase().includes(q)))
          .sort((a, b) => sort(a, b) || a.id - b.id);
        const page = paginate(rows, {
          ...(body.pageSize !== undefined ? { pageSize: body.pageSize } : {}),
          ...(body.pageToken ? { pageToken: body.pageToken } : {}),
        });
        return { models: page.items.map((m) => toApiModel(ctx, m)), nextPageToken: page.nextPageToken, totalResults: rows.length };
      },
    }),

    GetModel: method({
      request: modelRef,
      auth: "optional",
      handler(ctx, body) {
        return toApiModel(ctx, visibleModel(ctx, body.ownerSlug, body.modelSlug)) as Record<string, unknown>;
      },
    }),

    CreateModel: method({
      request: s.object({
        ownerSlug: s.string({ required: true }),
        slug: s.string({ required: true }),
        title: s.string({ required: true }),
        subtitle: s.optional(s.string()),
        isPrivate: s.optional(s.bool()),
        description: s.optional(s.string()),
        publishTime: s.optional(s.timestamp()),
        provenanceSources: s.optional(s.string()),
      }),
      handler(ctx, body) {
        const user = ctx.requireUser();
        if (body.ownerSlug.toLowerCase() !== user.username.toLowerCase())
          throw forbidden(`You cannot create a model for ${body.ownerSlug}: you are signed in as ${user.username}.`);
        if (!MODEL_SLUG.test(body.slug))
          return createError(
            `Invalid model slug '${body.slug}': use 3-50 lower-case letters, digits and '-', starting and ending with a letter or digit.`,
            400,
          );
        const te = titleError(body.title);
        if (te) return createError(te, 400);
        if (findModel(ctx, user.username, body.slug)) return createError(`Model ${user.username}/${body.slug} already exists.`, 409);
        const now = new Date(ctx.now()).toISOString();
        const m: ModelRecord = {
          id: ctx.nextId("model", 600000),
          owner: user.username,
          slug: body.slug,
          title: body.title,
          subtitle: body.subtitle ?? "",
          description: body.description ?? "",
          isPrivate: body.isPrivate ?? true,
          provenanceSources: body.provenanceSources ?? "",
          createdAt: now,
          updatedAt: now,
          downloadCount: 0,
          voteCount: 0,
          notebookCount: 0,
          instances: [],
          ...(body.publishTime ? { publishTime: body.publishTime } : {}),
        };
        ctx.state.models.models.push(m);
        ctx.changed();
        return { id: m.id, ref: `${m.owner}/${m.slug}`, url: modelUrl(m) };
      },
    }),

    UpdateModel: method({
      request: s.object({
        ownerSlug: s.string({ required: true }),
        modelSlug: s.string({ required: true }),
        title: s.optional(s.string()),
        subtitle: s.optional(s.string()),
        isPrivate: s.optional(s.bool()),
        description: s.optional(s.string()),
        publishTime: s.optional(s.timestamp()),
        provenanceSources: s.optional(s.string()),
        updateMask: s.optional(s.string()),
      }),
      handler(ctx, body) {
        const { m } = ownedModel(ctx, body.ownerSlug, body.modelSlug);
        // Without a mask (kaggle 2.2.3 never sends one) the fields present in the body change.
        const paths = maskPaths(body.updateMask, MODEL_FIELDS) ?? new Set(MODEL_FIELDS.filter((f) => body[f] !== undefined));
        const next = { ...m };
        if (paths.has("title")) {
          const te = titleError(body.title ?? "");
          if (te) return createError(te, 400);
          next.title = body.title ?? "";
        }
        if (paths.has("subtitle")) next.subtitle = body.subtitle ?? "";
        if (paths.has("isPrivate")) next.isPrivate = body.isPrivate ?? false;
        if (paths.has("description")) next.description = body.description ?? "";
        if (paths.has("provenanceSources")) next.provenanceSources = body.provenanceSources ?? "";
        if (paths.has("publishTime")) {
          if (body.publishTime) next.publishTime = body.publishTime;
          else delete next.publishTime;
        }
        next.updatedAt = new Date(ctx.now()).toISOString();
        Object.assign(m, next);
        ctx.changed();
        return { id: m.id, ref: `${m.owner}/${m.slug}`, url: modelUrl(m) };
      },
    }),

    DeleteModel: method({
      request: modelRef,
      handler(ctx, body) {
        const { m } = ownedModel(ctx, body.ownerSlug, body.modelSlug);
        ctx.state.models.models = ctx.state.models.models.filter((x) => x !== m);
        ctx.changed();
        return {};
      },
    }),

    ...instanceMethods,
  },
});
