/**
 * The discussions domain: top-level forums, topics (in a forum, or attached to a competition,
 * dataset, kernel or model) and their comment trees. Loaded after the competitions, kernels,
 * datasets and models domains, whose records a topic's `competition`/`dataset`/`kernel`/`model`
 * must name.
 *
 * Scenario format (see docs/emulator.md, "Discussions"):
 *
 *     forums:
 *       - { slug: getting-started, name: Getting Started, subtitle: "The first place to go" }
 *     topics:
 *       - forum: getting-started          # or competition: <slug> / dataset: owner/slug
 *         title: How do I submit?         #    / kernel: owner/slug / model: owner/slug
 *         author: bob
 *         date: 2025-03-01T10:00:00Z
 *         votes: 4
 *         sticky: false
 *         content: "<p>HTML of the first post</p>"
 *         comments:
 *           - { author: carol, date: 2025-03-01T11:00:00Z, votes: 2, content: "...", replies: [...] }
 */
import { Fields, ScenarioError, type DomainDefinition, type LoadContext, type ScenarioDocument } from "../scenario";
import { findUser, type EmulatorState } from "../state";
import { isoTime } from "../wire";

export type EntityKind = "competition" | "dataset" | "kernel" | "model";
export const ENTITY_KINDS: readonly EntityKind[] = ["competition", "dataset", "kernel", "model"];

export interface ForumRecord {
  id: number;
  slug: string;
  name: string;
  subtitle: string;
}

export interface CommentRecord {
  id: number;
  author: string;
  postDate: string;
  content: string;
  votes: number;
  replies: CommentRecord[];
}

export interface TopicRecord {
  id: number;
  /** The top-level forum (slug) of a forum topic. */
  forum?: string;
  /** The entity a topic is attached to: a competition slug, or `owner/slug`. */
  on?: { kind: EntityKind; ref: string };
  /** Id of the forum the topic is in (an entity's own forum for attached topics). */
  forumId: number;
  /** Id of the opening post, as `ListTopicMessages` numbers it. */
  firstMessageId: number;
  title: string;
  author: string;
  postDate: string;
  votes: number;
  sticky: boolean;
  content: string;
  comments: CommentRecord[];
}

export interface DiscussionsState {
  forums: ForumRecord[];
  topics: TopicRecord[];
  /** Forum id of each entity with topics, by `kind:ref`. */
  entityForums: Record<string, number>;
}

declare module "../state" {
  interface StateSlices {
    discussions: DiscussionsState;
  }
}

const FORUM_KEYS = ["slug", "name", "subtitle"];
const TOPIC_KEYS = ["id", "forum", ...ENTITY_KINDS, "title", "author", "date", "votes", "sticky", "content", "comments"];
const COMMENT_KEYS = ["author", "date", "votes", "content", "replies"];

function loadComment(raw: unknown, where: string, ctx: LoadContext, after: number): CommentRecord {
  const f = Fields.of(raw, where, COMMENT_KEYS);
  const author = f.str("author");
  if (!findUser(ctx.state, author)) f.fail("author", `unknown user '${author}'`);
  const postDate = f.time("date", isoTime(after + 60_000));
  const id = ctx.nextId("comment", 5001);
  const replies = f.list("replies").map((r, i) => loadComment(r, `${where}.replies[${i}]`, ctx, Date.parse(postDate)));
  return { id, author, postDate, content: f.optStr("content") ?? "", votes: f.int("votes", 0), replies };
}

/** The record a topic's `competition`/`dataset`/`kernel`/`model` names, or a scenario error. */
function checkEntity(state: EmulatorState, kind: EntityKind, ref: string, f: Fields): void {
  const [owner = "", slug = ""] = ref.toLowerCase().split("/");
  const found =
    kind === "competition"
      ? state.competitions.competitions.some((c) => c.slug === ref.toLowerCase())
      : kind === "dataset"
        ? state.datasets.datasets.some((d) => d.owner.toLowerCase() === owner && d.slug === slug)
        : kind === "kernel"
          ? state.kernels.kernels.some((k) => k.owner.toLowerCase() === owner && k.slug === slug)
          : state.models.models.some((m) => m.owner.toLowerCase() === owner && m.slug === slug);
  if (!found) f.fail(kind, `no ${kind} '${ref}' in this scenario`);
}

function loadTopic(raw: unknown, i: number, ctx: LoadContext, st: DiscussionsState): TopicRecord {
  const where = `topics[${i}]`;
  const f = Fields.of(raw, where, TOPIC_KEYS);
  const places = ["forum", ...ENTITY_KINDS].filter((k) => f.has(k));
  if (places.length !== 1) throw new ScenarioError(`${where}: give exactly one of forum, ${ENTITY_KINDS.join(", ")}`);
  const place = places[0]!;
  const ref = f.str(place);
  let forumId: number;
  let on: TopicRecord["on"];
  if (place === "forum") {
    const forum = st.forums.find((x) => x.slug === ref);
    forumId = forum ? forum.id : f.fail("forum", `unknown forum '${ref}' (declare it under forums:)`);
  } else {
    const kind = place as EntityKind;
    checkEntity(ctx.state as EmulatorState, kind, ref, f);
    on = { kind, ref: kind === "competition" ? ref.toLowerCase() : ref };
    const key = `${kind}:${on.ref.toLowerCase()}`;
    forumId = st.entityForums[key] ??= ctx.nextId("forum", 1001);
  }
  const author = f.str("author");
  if (!findUser(ctx.state, author)) f.fail("author", `unknown user '${author}'`);
  const postMs = Date.parse(f.time("date", isoTime(ctx.now())));
  const id = f.optInt("id") ?? ctx.nextId("topic", 90001);
  if (st.topics.some((t) => t.id === id)) f.fail("id", `duplicate topic id ${id}`);
  const firstMessageId = ctx.nextId("comment", 5001);
  const comments = f.list("comments").map((c, j) => loadComment(c, `${where}.comments[${j}]`, ctx, postMs));
  return {
    id,
    ...(place === "forum" ? { forum: ref } : { on }),
    forumId,
    firstMessageId,
    title: f.str("title"),
    author,
    postDate: isoTime(postMs),
    votes: f.int("votes", 0),
    sticky: f.bool("sticky", false),
    content: f.optStr("content") ?? "",
    comments,
  };
}

export const discussionsDomain: DomainDefinition = {
  name: "discussions",
  sections: ["forums", "topics"],
  load(doc: ScenarioDocument, ctx: LoadContext): DiscussionsState {
    const top = new Fields(doc, "scenario");
    const st: DiscussionsState = { forums: [], topics: [], entityForums: {} };
    for (const [i, raw] of top.list("forums").entries()) {
      const f = Fields.of(raw, `forums[${i}]`, FORUM_KEYS);
      const slug = f.str("slug");
      if (st.forums.some((x) => x.slug === slug)) f.fail("slug", `duplicate forum '${slug}'`);
      st.forums.push({ id: ctx.nextId("forum", 1001), slug, name: f.optStr("name") ?? slug, subtitle: f.optStr("subtitle") ?? "" });
    }
    for (const [i, raw] of top.list("topics").entries()) st.topics.push(loadTopic(raw, i, ctx, st));
    return st;
  },
};

// ---------------------------------------------------------------- queries

/** Every comment of a tree, depth first. */
export function flatComments(comments: readonly CommentRecord[]): CommentRecord[] {
  return comments.flatMap((c) => [c, ...flatComments(c.replies)]);
}

/** The time of the newest comment, or undefined when there is none. */
export function lastCommentDate(t: TopicRecord): string | undefined {
  const dates = flatComments(t.comments).map((c) => c.postDate);
  return dates.length ? dates.reduce((a, b) => (a > b ? a : b)) : undefined;
}
