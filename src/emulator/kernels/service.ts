/**
 * `kernels.KernelsApiService`: ListKernels, SaveKernel, GetKernel, GetKernelSessionStatus,
 * ListKernelSessionOutput, ListKernelFiles, DownloadKernelOutput, GetAcceleratorQuotaStatistics,
 * CancelKernelSession, DeleteKernel. Runs are in ./runner.ts, the quota in ./quota.ts.
 */
import { KernelsListSortTypes, KernelsListViewTypes } from "../../core/types/kernels";
import { badRequest, forbidden, notFound } from "../errors";
import { canSee, competitionSlugOf, findKernel, isFinal, kernelsDomainBase, latest, type KernelRecord } from "./state";
import { cancelSession, formatLog, startKernels, stopKernels } from "./runner";
import { logStreamRoute } from "./logs";
import { downloadKernelOutput } from "./output";
import { getAcceleratorQuotaStatistics } from "./quota";
import { saveKernel, saveRequest } from "./save";
import type { DomainDefinition } from "../scenario";
import * as s from "../schema";
import { defineService, method, type RequestContext } from "../service";
import type { User } from "../state";
import { paginate } from "../wire";
import { humanDate, lastRun, toMetadata } from "./wire";

export const kernelsDomain: DomainDefinition = { ...kernelsDomainBase, start: startKernels, stop: stopKernels };

const OUTPUT_BUCKET = "kaggle-kernel-output";
const LIST_LANGUAGES = ["all", "python", "r", "sqlite", "julia"];
const LIST_TYPES = ["all", "script", "notebook"];
const LIST_OUTPUTS = ["all", "visualization", "data"];

/** The kernel `userName`/`kernelSlug` names, visible to the caller, or 404/403. */
function kernelFor(ctx: RequestContext, userName: string, kernelSlug: string, user: User | undefined): KernelRecord {
  const k = findKernel(ctx.state, userName, kernelSlug);
  if (!k) throw notFound(`Kernel '${userName}/${kernelSlug}' not found.`);
  if (!canSee(k, user)) throw forbidden(`Permission 'kernels.get' was denied for kernel '${userName}/${kernelSlug}'.`);
  return k;
}

/** `slug` is the latest version, `slug/N` version N (as `GetKernel` and `GetKernelSessionStatus` take it). */
function kernelVersion(ctx: RequestContext, userName: string, kernelSlug: string): { k: KernelRecord; v: KernelRecord["versions"][number] } {
  const [slug, versionText, ...rest] = kernelSlug.split("/");
  if (rest.length) throw badRequest(`Invalid value for field 'kernelSlug': '${kernelSlug}'`);
  const k = kernelFor(ctx, userName, slug!, ctx.user);
  if (versionText === undefined) return { k, v: latest(k) };
  const v = /^\d+$/.test(versionText) ? k.versions.find((x) => x.number === Number(versionText)) : undefined;
  if (!v) throw notFound(`Version ${versionText} of kernel '${k.owner}/${k.slug}' not found.`);
  return { k, v };
}

const kernelIdent = { userName: s.string({ required: true }), kernelSlug: s.string({ required: true }) };

/** The request of the two RPCs that list the latest run's output files. */
const outputPageRequest = s.object({
  ...kernelIdent,
  pageSize: s.optional(s.int({ min: 0 })),
  pageToken: s.optional(s.string()),
  versionLabel: s.optional(s.string()),
});

/** One page of the latest run's output files (none until the run has finished). */
function outputPage(ctx: RequestContext, body: s.Infer<typeof outputPageRequest>) {
  const sess = latest(kernelFor(ctx, body.userName, body.kernelSlug, ctx.user)).session;
  const files = isFinal(sess.status) ? sess.outputs : [];
  return { sess, files, page: paginate(files, body, { defaultSize: 20, maxSize: 200 }) };
}

function hotness(k: KernelRecord, now: number): number {
  const ageDays = Math.max(0, (now - Date.parse(lastRun(k))) / 86400_000);
  return (k.totalVotes + 1) / Math.pow(ageDays + 2, 1.5);
}

export const kernelsService = defineService({
  service: "kernels.KernelsApiService",
  routes: [logStreamRoute],
  methods: {
    ListKernels: method({
      request: s.object({
        page: s.optional(s.int()),
        pageSize: s.optional(s.int({ min: 0 })),
        search: s.optional(s.string()),
        group: s.enumOf(KernelsListViewTypes),
        user: s.optional(s.string()),
        language: s.optional(s.string()),
        kernelType: s.optional(s.string()),
        outputType: s.optional(s.string()),
        sortBy: s.enumOf(KernelsListSortTypes),
        dataset: s.optional(s.string()),
        competition: s.optional(s.string()),
        parentKernel: s.optional(s.string()),
        pageToken: s.optional(s.string()),
      }),
      auth: "optional",
      handler(ctx, body) {
        const user = ctx.user;
        const check = (value: string | undefined, allowed: string[], field: string) => {
          if (value && !allowed.includes(value)) throw badRequest(`Invalid value for field '${field}': '${value}' (valid: ${allowed.join(", ")})`);
        };
        check(body.language, LIST_LANGUAGES, "language");
        check(body.kernelType, LIST_TYPES, "kernelType");
        check(body.outputType, LIST_OUTPUTS, "outputType");
        const me = user?.username.toLowerCase();
        const search = (body.search ?? "").trim().toLowerCase();
        let list = ctx.state.kernels.kernels.filter((k) => {
          const v = latest(k);
          const mine = me !== undefined && k.owner.toLowerCase() === me;
          if (body.group === "PROFILE") {
            if (!user) throw badRequest("Listing your own kernels (--mine) needs credentials");
            if (!mine) return false;
          } else if (v.isPrivate && !mine) return false;
          if (body.user && k.owner.toLowerCase() !== body.user.toLowerCase()) return false;
          if (body.language && body.language !== "all" && v.language !== body.language) return false;
          if (body.kernelType && body.kernelType !== "all" && v.kernelType !== body.kernelType) return false;
          if (body.outputType === "data" && !k.versions.some((x) => x.session.outputs.length > 0)) return false;
          if (body.outputType === "visualization" && k.versions.some((x) => x.session.outputs.length > 0)) return false;
          if (
            body.dataset &&
            !v.datasetSources.some(
              (d) => d.toLowerCase().split("/").slice(0, 2).join("/") === body.dataset!.toLowerCase().split("/").slice(0, 2).join("/"),
            )
          )
            return false;
          if (body.competition && !v.competitionSources.some((c) => competitionSlugOf(c) === competitionSlugOf(body.competition!))) return false;
          if (body.parentKernel && (k.parent ?? "").toLowerCase() !== body.parentKernel.toLowerCase()) return false;
          if (search && !`${v.title} ${k.slug} ${v.categoryIds.join(" ")}`.toLowerCase().includes(search)) return false;
          return true;
        });
        const now = ctx.now();
        const score = (k: KernelRecord) => k.bestScore ?? Number.NaN;
        const by: Record<string, (a: KernelRecord, b: KernelRecord) => number> = {
          HOTNESS: (a, b) => hotness(b, now) - hotness(a, now),
          COMMENT_COUNT: (a, b) => b.commentCount - a.commentCount,
          DATE_CREATED: (a, b) => b.createdAt.localeCompare(a.createdAt),
          DATE_RUN: (a, b) => lastRun(b).localeCompare(lastRun(a)),
          RELEVANCE: (a, b) => Number(!latest(a).title.toLowerCase().includes(search)) - Number(!latest(b).title.toLowerCase().includes(search)),
          SCORE_ASCENDING: (a, b) => (Number.isNaN(score(a)) ? 1 : Number.isNaN(score(b)) ? -1 : score(a) - score(b)),
          SCORE_DESCENDING: (a, b) => (Number.isNaN(score(a)) ? 1 : Number.isNaN(score(b)) ? -1 : score(b) - score(a)),
          VIEW_COUNT: (a, b) => b.viewCount - a.viewCount,
          VOTE_COUNT: (a, b) => b.totalVotes - a.totalVotes,
        };
        const cmp = by[body.sortBy]!;
        list = [...list].sort((a, b) => cmp(a, b) || a.id - b.id);
        const page = paginate(list, body, { defaultSize: 20, maxSize: 200 });
        return {
          kernels: page.items.map((k) => toMetadata(ctx, k)),
          ...(page.nextPageToken ? { nextPageToken: page.nextPageToken } : {}),
        };
      },
    }),

    SaveKernel: method({
      request: saveRequest,
      handler: (ctx, body) => saveKernel(ctx, body),
    }),

    GetKernel: method({
      request: s.object(kernelIdent),
      auth: "optional",
      handler(ctx, body) {
        const { k, v } = kernelVersion(ctx, body.userName, body.kernelSlug);
        return {
          metadata: toMetadata(ctx, k, v),
          blob: { source: v.source, language: v.language, kernelType: v.kernelType, slug: k.slug },
        };
      },
    }),

    GetKernelSessionStatus: method({
      request: s.object({ ...kernelIdent, versionLabel: s.optional(s.string()) }),
      auth: "optional",
      handler(ctx, body) {
        const sess = kernelVersion(ctx, body.userName, body.kernelSlug).v.session;
        return {
          ...(sess.status !== "QUEUED" ? { status: sess.status } : {}),
          ...(sess.failureMessage ? { failureMessage: sess.failureMessage } : {}),
        };
      },
    }),

    ListKernelSessionOutput: method({
      request: outputPageRequest,
      auth: "optional",
      handler(ctx, body) {
        const { sess, files, page } = outputPage(ctx, body);
        const offset = files.indexOf(page.items[0]!);
        return {
          files: page.items.map((o, i) => {
            const base = o.fileName.split("/").pop() || "file";
            const safe = base === ".." || base === "." ? "file" : base;
            const objectPath = `${OUTPUT_BUCKET}/${sess.id}/${offset + i}/${safe}`;
            return {
              url: ctx.storage.signedUrl(ctx.baseUrl, objectPath, { path: o.path, size: o.size, lastModified: o.lastModified, name: safe }),
              fileName: o.fileName,
            };
          }),
          log: formatLog(sess.log),
          ...(page.nextPageToken ? { nextPageToken: page.nextPageToken } : {}),
        };
      },
    }),

    ListKernelFiles: method({
      request: outputPageRequest,
      auth: "optional",
      handler(ctx, body) {
        const { page } = outputPage(ctx, body);
        return {
          files: page.items.map((o) => ({ name: o.fileName, size: o.size, creationDate: humanDate(o.lastModified) })),
          ...(page.nextPageToken ? { nextPageToken: page.nextPageToken } : {}),
        };
      },
    }),

    DownloadKernelOutput: downloadKernelOutput(kernelVersion),

    GetAcceleratorQuotaStatistics: getAcceleratorQuotaStatistics,

    CancelKernelSession: method({
      request: s.object({ kernelSessionId: s.int() }),
      handler(ctx, body) {
        const user = ctx.requireUser();
        for (const k of ctx.state.kernels.kernels) {
          const v = k.versions.find((x) => x.session.id === body.kernelSessionId);
          if (!v) continue;
          if (k.owner.toLowerCase() !== user.username.toLowerCase()) throw forbidden("Permission 'kernels.sessions.cancel' was denied.");
          cancelSession(ctx.rt, k, v.session);
          ctx.changed();
          return {};
        }
        throw notFound(`Kernel session ${body.kernelSessionId} not found.`);
      },
    }),

    DeleteKernel: method({
      request: s.object(kernelIdent),
      handler(ctx, body) {
        const user = ctx.requireUser();
        const k = kernelFor(ctx, body.userName, body.kernelSlug, user);
        if (k.owner.toLowerCase() !== user.username.toLowerCase()) throw forbidden("Permission 'kernels.delete' was denied.");
        for (const v of k.versions) cancelSession(ctx.rt, k, v.session);
        ctx.state.kernels.kernels = ctx.state.kernels.kernels.filter((x) => x !== k);
        ctx.changed();
        return {};
      },
    }),
  },
});
