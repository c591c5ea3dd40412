/**
 * `search.SearchApiService/ListEntities`: one search over what the other domains hold
 * (competitions, datasets, kernels, models, discussion topics, users), read from their state slices,
 * each with its own domain's visibility rule.
 */
import { ApiListTypes, DocumentTypes, ListSearchContentOrderBys, type DocumentType, type ListEntitiesDocument } from "../../core/types/search";
import { isVisible } from "../competitions/state";
import { canRead, currentVersion, totalBytes } from "../datasets/state";
import { flatComments } from "../discussions/state";
import { badRequest } from "../errors";
import { canSee, latest } from "../kernels/state";
import { canReadModel } from "../models/state";
import * as s from "../schema";
import { defineService, method, type RequestContext } from "../service";
import { findUser, type User } from "../state";
import { paginate, wireTime } from "../wire";

/** One searchable thing: its document, the text a query is matched against, its owner and sort keys. */
interface Candidate {
  doc: ListEntitiesDocument;
  text: string;
  title: string;
  owner?: string;
  comments: number;
}

function avatar(ctx: RequestContext, username: string): ListEntitiesDocument["ownerUser"] {
  const u = findUser(ctx.state, username);
  return { id: u?.id, displayName: u?.displayName ?? username, url: `https://www.kaggle.com/${username}`, userName: username };
}

function competitions(ctx: RequestContext, user: User | undefined): Candidate[] {
  return ctx.state.competitions.competitions
    .filter((c) => isVisible(c, user))
    .map((c) => ({
      doc: {
        id: c.id,
        documentType: "COMPETITION",
        title: c.title,
        createTime: wireTime(c.dateCreated),
        ownerOrganization: { name: c.organizationName ?? c.host, slug: c.host },
        competitionDocument: { deadline: wireTime(c.deadline), teamCount: c.teamCount },
        slug: c.slug,
      },
      text: `${c.slug} ${c.title} ${c.description} ${c.tags.join(" ")}`,
      title: c.title,
      owner: c.host,
      comments: 0,
    }));
}

function datasets(ctx: RequestContext, user: User | undefined): Candidate[] {
  return ctx.state.datasets.datasets
    .filter((d) => currentVersion(d) && canRead(d, user))
    .map((d) => ({
      doc: {
        id: d.id,
        documentType: "DATASET",
        title: d.title,
        createTime: wireTime(d.createdAt),
        updateTime: wireTime(d.updatedAt),
        isPrivate: d.isPrivate,
        votes: d.voteCount,
        ownerUser: avatar(ctx, d.owner),
        datasetDocument: { usabilityRating: d.usabilityRating, fileCount: currentVersion(d)!.files.length, size: totalBytes(currentVersion(d)) },
        slug: d.slug,
      },
      text: `${d.owner}/${d.slug} ${d.title} ${d.subtitle} ${d.keywords.join(" ")}`,
      title: d.title,
      owner: d.owner,
      comments: 0,
    }));
}

function kernels(ctx: RequestContext, user: User | undefined): Candidate[] {
  return ctx.state.kernels.kernels
    .filter((k) => canSee(k, user))
    .map((k) => {
      const v = latest(k);
      return {
        doc: {
          id: k.id,
          documentType: "KERNEL",
          title: v.title,
          createTime: wireTime(k.createdAt),
          updateTime: wireTime(v.createdAt),
          isPrivate: v.isPrivate,
          votes: k.totalVotes,
          ownerUser: avatar(ctx, k.owner),
          kernelDocument: { bestPublicScore: k.bestScore },
          slug: k.slug,
        },
        text: `${k.owner}/${k.slug} ${v.title} ${v.categoryIds.join(" ")}`,
        title: v.title,
        owner: k.owner,
        comments: k.commentCount,
      };
    });
}

function models(ctx: RequestContext, user: User | undefined): Candidate[] {
  return ctx.state.models.models
    .filter((m) => canReadModel(m, user))
    .map((m) => ({
      doc: {
        id: m.id,
        documentType: "MODEL",
        title: m.title,
        createTime: wireTime(m.createdAt),
        updateTime: wireTime(m.updatedAt),
        isPrivate: m.isPrivate,
        votes: m.voteCount,
        ownerUser: avatar(ctx, m.owner),
        modelDocument: { instanceCount: m.instances.length, notebookCount: m.notebookCount },
        slug: m.slug,
      },
      text: `${m.owner}/${m.slug} ${m.title} ${m.subtitle}`,
      title: m.title,
      owner: m.owner,
      comments: 0,
    }));
}

function topics(ctx: RequestContext): Candidate[] {
  return ctx.state.discussions.topics
    .filter((t) => !t.on || searchableEntity(ctx, t.on.kind, t.on.ref))
    .map((t) => ({
      doc: {
        id: t.id,
        documentType: "TOPIC",
        title: t.title,
        createTime: wireTime(t.postDate),
        votes: t.votes,
        ownerUser: avatar(ctx, t.author),
        discussionDocument: { forumName: t.forum ?? t.on?.ref, messageStripped: t.content.replace(/<[^>]*>/g, "") },
      },
      text: `${t.title} ${t.content}`,
      title: t.title,
      owner: t.author,
      comments: flatComments(t.comments).length,
    }));
}

/** Whether the caller may see the entity a topic is on (the other domains' rules). */
function searchableEntity(ctx: RequestContext, kind: string, ref: string): boolean {
  const [owner = "", slug = ""] = ref.toLowerCase().split("/");
  if (kind === "competition") return ctx.state.competitions.competitions.some((c) => c.slug === ref && isVisible(c, ctx.user));
  if (kind === "dataset") return ctx.state.datasets.datasets.some((d) => d.owner.toLowerCase() === owner && d.slug === slug && canRead(d, ctx.user));
  if (kind === "model") return ctx.state.models.models.some((m) => m.owner.toLowerCase() === owner && m.slug === slug && canReadModel(m, ctx.user));
  return ctx.state.kernels.kernels.some((k) => k.owner.toLowerCase() === owner && k.slug === slug && canSee(k, ctx.user));
}

function users(ctx: RequestContext): Candidate[] {
  return ctx.state.users.map((u) => ({
    doc: { id: u.id, documentType: "USER", title: u.displayName, ownerUser: avatar(ctx, u.username), slug: u.username },
    text: `${u.username} ${u.displayName}`,
    title: u.displayName,
    owner: u.username,
    comments: 0,
  }));
}

const SOURCES: Partial<Record<DocumentType, (ctx: RequestContext, user: User | undefined) => Candidate[]>> = {
  COMPETITION: competitions,
  DATASET: datasets,
  KERNEL: kernels,
  MODEL: models,
  TOPIC: topics,
  USER: users,
};

/** Higher is better: every word must appear; a title match counts more. */
function relevance(c: Candidate, words: string[]): number {
  const text = c.text.toLowerCase();
  const title = c.title.toLowerCase();
  if (!words.every((w) => text.includes(w))) return -1;
  return words.reduce((n, w) => n + (title.includes(w) ? 2 : 1), 0);
}

function orderKey(c: Candidate, order: string | undefined, score: number): number | string {
  switch (order) {
    case "LIST_SEARCH_CONTENT_ORDER_BY_DATE_CREATED":
      return c.doc.createTime ?? "";
    case "LIST_SEARCH_CONTENT_ORDER_BY_DATE_UPDATED":
    case "LIST_SEARCH_CONTENT_ORDER_BY_LAST_VIEWED":
      return c.doc.updateTime ?? c.doc.createTime ?? "";
    case "LIST_SEARCH_CONTENT_ORDER_BY_VOTES":
    case "LIST_SEARCH_CONTENT_ORDER_BY_HOTNESS":
      return c.doc.votes ?? 0;
    case "LIST_SEARCH_CONTENT_ORDER_BY_TOTAL_COMMENTS":
      return c.comments;
    default:
      return score * 1e6 + (c.doc.votes ?? 0);
  }
}

export const searchService = defineService({
  service: "search.SearchApiService",
  methods: {
    ListEntities: method({
      request: s.object({
        filters: s.object({
          query: s.string(),
          listType: s.optional(s.enumOf(ApiListTypes)),
          documentTypes: s.array(s.enumOf(DocumentTypes)),
        }),
        canonicalOrderBy: s.optional(s.enumOf(ListSearchContentOrderBys)),
        pageToken: s.optional(s.string()),
        pageSize: s.optional(s.int({ min: 0, max: 100 })),
      }),
      auth: "optional",
      handler: (ctx, body) => {
        const words = body.filters.query.toLowerCase().split(/\s+/).filter(Boolean);
        if (!words.length) throw badRequest("Invalid value for field 'filters.query': must not be empty");
        const mine = body.filters.listType === "API_LIST_TYPE_YOUR_WORK" ? ctx.requireUser().username.toLowerCase() : undefined;
        const types = body.filters.documentTypes.length ? body.filters.documentTypes : (Object.keys(SOURCES) as DocumentType[]);
        const found = types
          .flatMap((t) => SOURCES[t]?.(ctx, ctx.user) ?? [])
          .filter((c) => !mine || c.owner?.toLowerCase() === mine)
          .map((c) => ({ c, key: orderKey(c, body.canonicalOrderBy, relevance(c, words)), hit: relevance(c, words) >= 0 }))
          .filter((x) => x.hit)
          .sort((a, b) => (a.key < b.key ? 1 : a.key > b.key ? -1 : 0));
        const scope = `search|${words.join(" ")}|${types.join(",")}|${mine ?? ""}|${body.canonicalOrderBy ?? ""}`;
        const page = paginate(found, body, { scope, maxSize: 100 });
        return { documents: page.items.map((x) => x.c.doc), totalDocuments: found.length, nextPageToken: page.nextPageToken };
      },
    }),
  },
});
