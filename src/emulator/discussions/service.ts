/**
 * `discussions.DiscussionApiService` (forums, topics, comments) and the competition topic RPCs
 * of `competitions.CompetitionApiService`, which the router merges into that service.
 */
import { CommentListSortBys, TopicListCategories, TopicListGroups, TopicListSortBys, type TopicListSortBy } from "../../core/types/discussions";
import { isVisible } from "../competitions/state";
import { canRead } from "../datasets/state";
import { notFound } from "../errors";
import { canSee } from "../kernels/state";
import { canReadModel } from "../models/state";
import * as s from "../schema";
import { defineService, method, type RequestContext } from "../service";
import type { EmulatorState, User } from "../state";
import { paginate } from "../wire";
import { flatComments, type EntityKind, type TopicRecord } from "./state";
import { matchCount, sortComments, sortTopics, wireComment, wireCompetitionTopic, wireForum, wireMessage, wireTopic } from "./wire";

const sortBy = s.optional(s.enumOf(TopicListSortBys));
const required = s.string({ required: true });
const topicPage = { sortBy, pageSize: s.optional(s.int()), pageToken: s.optional(s.string()), searchQuery: s.optional(s.string()) };

/** Whether `user` may see the entity a topic is attached to (forum topics are public). */
function entityVisible(state: EmulatorState, t: TopicRecord, user: User | undefined): boolean {
  if (!t.on) return true;
  const { kind, ref } = t.on;
  const [owner = "", slug = ""] = ref.toLowerCase().split("/");
  if (kind === "competition") {
    const c = state.competitions.competitions.find((x) => x.slug === ref);
    return c !== undefined && isVisible(c, user);
  }
  if (kind === "dataset") {
    const d = state.datasets.datasets.find((x) => x.owner.toLowerCase() === owner && x.slug === slug);
    return d !== undefined && canRead(d, user);
  }
  if (kind === "kernel") {
    const k = state.kernels.kernels.find((x) => x.owner.toLowerCase() === owner && x.slug === slug);
    return k !== undefined && canSee(k, user);
  }
  const m = state.models.models.find((x) => x.owner.toLowerCase() === owner && x.slug === slug);
  return m !== undefined && canReadModel(m, user);
}

/** The topic with this id that the caller may see, or 404. */
function findTopic(ctx: RequestContext, id: number): TopicRecord {
  const t = ctx.state.discussions.topics.find((x) => x.id === id);
  if (!t || !entityVisible(ctx.state, t, ctx.user)) throw notFound(`Topic ${id} not found.`);
  return t;
}

/** The topics attached to one entity, which must exist and be visible, else 404. */
function entityTopics(ctx: RequestContext, kind: EntityKind, ref: string, exists: boolean): TopicRecord[] {
  const label = kind === "kernel" ? "Kernel" : kind === "dataset" ? "Dataset" : kind === "model" ? "Model" : "Competition";
  const key = ref.toLowerCase();
  const topics = ctx.state.discussions.topics.filter((t) => t.on?.kind === kind && t.on.ref.toLowerCase() === key);
  const probe = topics[0] ?? ({ on: { kind, ref: key } } as TopicRecord);
  if (!exists || !entityVisible(ctx.state, probe, ctx.user)) throw notFound(`${label} '${ref}' not found.`);
  return topics;
}

/** Search, sort and one page of a topic list, answered as `ApiListTopicsResponse`. */
function topicPageOf(
  ctx: RequestContext,
  topics: TopicRecord[],
  body: { sortBy?: TopicListSortBy; pageSize?: number; pageToken?: string; searchQuery?: string },
  scope: string,
) {
  const q = body.searchQuery?.trim();
  const found = q ? topics.filter((t) => matchCount(t, q) > 0) : topics;
  const sorted = sortTopics(found, body.sortBy, q);
  const page = paginate(sorted, body, { scope: `${scope}|${body.sortBy ?? ""}|${q ?? ""}` });
  return { topics: page.items.map((t) => wireTopic(ctx.state, t)), totalCount: sorted.length, nextPageToken: page.nextPageToken };
}

const CATEGORY_KIND: Partial<Record<string, EntityKind | "forum" | "none">> = {
  TOPIC_LIST_CATEGORY_FORUMS: "forum",
  TOPIC_LIST_CATEGORY_COMPETITIONS: "competition",
  TOPIC_LIST_CATEGORY_DATASETS: "dataset",
  TOPIC_LIST_CATEGORY_MODELS: "model",
  TOPIC_LIST_CATEGORY_COMPETITION_WRITE_UPS: "none",
  TOPIC_LIST_CATEGORY_BENCHMARKS: "none",
};

/** `group` as a filter on the caller's relation to a topic (no votes or bookmarks are kept). */
function inGroup(ctx: RequestContext, t: TopicRecord, group: string | undefined): boolean {
  if (!group || group === "TOPIC_LIST_GROUP_UNSPECIFIED" || group === "TOPIC_LIST_GROUP_ALL") return true;
  const me = ctx.requireUser().username.toLowerCase();
  if (group === "TOPIC_LIST_GROUP_OWNED") return t.author.toLowerCase() === me;
  if (group === "TOPIC_LIST_GROUP_MY_ACTIVITY")
    return [t.author, ...flatComments(t.comments).map((c) => c.author)].some((a) => a.toLowerCase() === me);
  return false;
}

const ref2 = (owner: string, slug: string) => `${owner}/${slug}`;
const lower = (owner: string, slug: string) => [owner.toLowerCase(), slug.toLowerCase()] as const;

export const discussionsService = defineService({
  service: "discussions.DiscussionApiService",
  methods: {
    ListForums: method({
      request: s.object({}),
      auth: "optional",
      handler: (ctx) => ({ forums: ctx.state.discussions.forums.map(wireForum) }),
    }),
    ListTopics: method({
      request: s.object({
        forumSlug: s.optional(s.string()),
        ...topicPage,
        category: s.optional(s.enumOf(TopicListCategories)),
        group: s.optional(s.enumOf(TopicListGroups)),
      }),
      auth: "optional",
      handler: (ctx, body) => {
        const st = ctx.state.discussions;
        if (body.forumSlug && !st.forums.some((f) => f.slug === body.forumSlug)) throw notFound(`Forum '${body.forumSlug}' not found.`);
        const kind = body.category ? CATEGORY_KIND[body.category] : undefined;
        const topics = st.topics.filter(
          (t) =>
            (!body.forumSlug || t.forum === body.forumSlug) &&
            (!kind || (kind === "forum" ? t.forum !== undefined : t.on?.kind === kind)) &&
            entityVisible(ctx.state, t, ctx.user) &&
            inGroup(ctx, t, body.group),
        );
        return topicPageOf(ctx, topics, body, `topics|${body.forumSlug ?? ""}|${body.category ?? ""}|${body.group ?? ""}`);
      },
    }),
    GetTopic: method({
      request: s.object({ id: s.int() }),
      auth: "optional",
      handler: (ctx, body) => ({ topic: wireTopic(ctx.state, findTopic(ctx, body.id), true) }),
    }),
    ListComments: method({
      request: s.object({ topicId: s.int(), pageSize: s.optional(s.int()), pageToken: s.optional(s.string()) }),
      auth: "optional",
      handler: (ctx, body) => {
        const t = findTopic(ctx, body.topicId);
        const page = paginate(sortComments(t.comments), body, { scope: `comments|${t.id}` });
        return { comments: page.items.map((c) => wireComment(ctx.state, c)), nextPageToken: page.nextPageToken };
      },
    }),
    ListDatasetTopics: method({
      request: s.object({ ownerSlug: required, datasetSlug: required, ...topicPage }),
      auth: "optional",
      handler: (ctx, body) => {
        const [o, sl] = lower(body.ownerSlug, body.datasetSlug);
        const exists = ctx.state.datasets.datasets.some((d) => d.owner.toLowerCase() === o && d.slug === sl);
        const ref = ref2(body.ownerSlug, body.datasetSlug);
        return topicPageOf(ctx, entityTopics(ctx, "dataset", ref, exists), body, `dataset|${o}/${sl}`);
      },
    }),
    ListKernelTopics: method({
      request: s.object({ ownerSlug: required, kernelSlug: required, ...topicPage }),
      auth: "optional",
      handler: (ctx, body) => {
        const [o, sl] = lower(body.ownerSlug, body.kernelSlug);
        const exists = ctx.state.kernels.kernels.some((k) => k.owner.toLowerCase() === o && k.slug === sl);
        const ref = ref2(body.ownerSlug, body.kernelSlug);
        return topicPageOf(ctx, entityTopics(ctx, "kernel", ref, exists), body, `kernel|${o}/${sl}`);
      },
    }),
    ListModelTopics: method({
      request: s.object({ ownerSlug: required, modelSlug: required, ...topicPage }),
      auth: "optional",
      handler: (ctx, body) => {
        const [o, sl] = lower(body.ownerSlug, body.modelSlug);
        const exists = ctx.state.models.models.some((m) => m.owner.toLowerCase() === o && m.slug === sl);
        const ref = ref2(body.ownerSlug, body.modelSlug);
        return topicPageOf(ctx, entityTopics(ctx, "model", ref, exists), body, `model|${o}/${sl}`);
      },
    }),
  },
});

const COMPETITION_TOPICS_PAGE = 20;

/** The competition topic RPCs; `router.ts` merges them into `competitions.CompetitionApiService`. */
export const competitionTopicsService = defineService({
  service: "competitions.CompetitionApiService",
  methods: {
    ListCompetitionTopics: method({
      request: s.object({ competitionName: required, sortBy, page: s.optional(s.int()) }),
      handler: (ctx, body) => {
        const slug = body.competitionName.trim().toLowerCase();
        const exists = ctx.state.competitions.competitions.some((c) => c.slug === slug);
        const topics = entityTopics(ctx, "competition", slug, exists);
        const sorted = sortTopics(topics, body.sortBy).sort((a, b) => Number(b.sticky) - Number(a.sticky));
        const page = paginate(sorted, { page: body.page }, { defaultSize: COMPETITION_TOPICS_PAGE });
        return { topics: page.items.map((t) => wireCompetitionTopic(ctx.state, t)), totalCount: sorted.length };
      },
    }),
    ListTopicMessages: method({
      request: s.object({
        competitionName: required,
        topicId: s.int(),
        sortBy: s.optional(s.enumOf(CommentListSortBys)),
        pageSize: s.optional(s.int({ min: -1 })),
      }),
      handler: (ctx, body) => {
        const slug = body.competitionName.trim().toLowerCase();
        const t = findTopic(ctx, body.topicId);
        if (t.on?.kind !== "competition" || t.on.ref !== slug)
          throw notFound(`Topic ${body.topicId} not found in competition '${body.competitionName}'.`);
        const opening = { id: t.firstMessageId, author: t.author, postDate: t.postDate, content: t.content, votes: t.votes, replies: [] };
        const all = [opening, ...sortComments(t.comments, body.sortBy)];
        const size = body.pageSize === -1 ? all.length : (body.pageSize ?? COMPETITION_TOPICS_PAGE) || COMPETITION_TOPICS_PAGE;
        return { messages: all.slice(0, size).map((m) => wireMessage(ctx.state, m, body.sortBy)) };
      },
    }),
  },
});
