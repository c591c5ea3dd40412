/** Wire answers of the discussions domain, and the orders topics and comments are listed in. */
import type {
  ApiCompetitionTopic,
  ApiDiscussionComment,
  ApiDiscussionForum,
  ApiDiscussionTopic,
  ApiTopicMessage,
  CommentListSortBy,
  TopicListSortBy,
} from "../../core/types/discussions";
import { latest } from "../kernels/state";
import { findUser, type EmulatorState } from "../state";
import { wireTime } from "../wire";
import { flatComments, lastCommentDate, type CommentRecord, type ForumRecord, type TopicRecord } from "./state";

const WEB = "https://www.kaggle.com";

export const forumUrl = (f: ForumRecord): string => `${WEB}/discussions/${f.slug}`;

function author(state: EmulatorState, username: string): { name: string; url: string } {
  return { name: findUser(state, username)?.displayName ?? username, url: `${WEB}/${username}` };
}

/** The page a topic lives on: under its forum, or under the entity it is attached to. */
export function topicUrl(t: TopicRecord): string {
  if (t.forum) return `${WEB}/discussions/${t.forum}/${t.id}`;
  const { kind, ref } = t.on!;
  const base = kind === "competition" ? "competitions" : kind === "dataset" ? "datasets" : kind === "kernel" ? "code" : "models";
  return `${WEB}/${base}/${ref}/discussion/${t.id}`;
}

/** The name of the forum a topic is in: the forum's, or the title of its entity. */
export function forumName(state: EmulatorState, t: TopicRecord): string {
  if (t.forum) return state.discussions.forums.find((f) => f.slug === t.forum)?.name ?? t.forum;
  const { kind, ref } = t.on!;
  const [owner = "", slug = ""] = ref.toLowerCase().split("/");
  if (kind === "competition") return state.competitions.competitions.find((c) => c.slug === ref)?.title ?? ref;
  if (kind === "dataset") return state.datasets.datasets.find((d) => d.owner.toLowerCase() === owner && d.slug === slug)?.title ?? ref;
  if (kind === "kernel") {
    const k = state.kernels.kernels.find((x) => x.owner.toLowerCase() === owner && x.slug === slug);
    return k ? latest(k).title : ref;
  }
  return ref;
}

export function wireForum(f: ForumRecord): ApiDiscussionForum {
  return { id: f.id, name: f.name, url: forumUrl(f), subtitle: f.subtitle };
}

export function wireTopic(state: EmulatorState, t: TopicRecord, withContent = false): ApiDiscussionTopic {
  const a = author(state, t.author);
  return {
    id: t.id,
    title: t.title,
    url: topicUrl(t),
    postDate: wireTime(t.postDate),
    lastCommentDate: wireTime(lastCommentDate(t)),
    authorName: a.name,
    authorUrl: a.url,
    votes: t.votes,
    commentCount: flatComments(t.comments).length,
    forumName: forumName(state, t),
    forumId: t.forumId,
    ...(withContent ? { content: t.content } : {}),
  };
}

export function wireComment(state: EmulatorState, c: CommentRecord): ApiDiscussionComment {
  const a = author(state, c.author);
  return {
    id: c.id,
    authorName: a.name,
    authorUrl: a.url,
    postDate: wireTime(c.postDate),
    content: c.content,
    votes: c.votes,
    replies: c.replies.map((r) => wireComment(state, r)),
  };
}

export function wireCompetitionTopic(state: EmulatorState, t: TopicRecord): ApiCompetitionTopic {
  return {
    id: t.id,
    title: t.title,
    topicUrl: topicUrl(t),
    authorName: author(state, t.author).name,
    commentCount: flatComments(t.comments).length,
    votes: t.votes,
    postDate: wireTime(t.postDate),
    lastCommentPostDate: wireTime(lastCommentDate(t)),
    isSticky: t.sticky,
  };
}

/** A comment as a topic message (HTML in `content`, the text as typed in `rawMarkdown`). */
export function wireMessage(state: EmulatorState, c: CommentRecord, sortBy?: CommentListSortBy): ApiTopicMessage {
  return {
    id: c.id,
    postDate: wireTime(c.postDate),
    content: c.content,
    rawMarkdown: c.content.replace(/<[^>]*>/g, ""),
    authorName: author(state, c.author).name,
    votes: c.votes,
    replies: sortComments(c.replies, sortBy).map((r) => wireMessage(state, r, sortBy)),
  };
}

const newest = (a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0);
const activity = (t: TopicRecord) => lastCommentDate(t) ?? t.postDate;
const heat = (t: TopicRecord) => t.votes + 2 * flatComments(t.comments).length;

/** How many times the query's words appear in a topic's title and text. */
export function matchCount(t: TopicRecord, query: string): number {
  const text = `${t.title} ${t.content}`.toLowerCase();
  return query
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .reduce((n, w) => n + text.split(w).length - 1, 0);
}

/** Topics in the order asked for; ties (and no order) newest first. */
export function sortTopics(topics: readonly TopicRecord[], sortBy: TopicListSortBy | undefined, query?: string): TopicRecord[] {
  const key: (t: TopicRecord) => number | string =
    sortBy === "TOPIC_LIST_SORT_BY_TOP"
      ? (t) => t.votes
      : sortBy === "TOPIC_LIST_SORT_BY_NEW"
        ? (t) => t.postDate
        : sortBy === "TOPIC_LIST_SORT_BY_RECENT"
          ? activity
          : sortBy === "TOPIC_LIST_SORT_BY_ACTIVE"
            ? (t) => flatComments(t.comments).length
            : sortBy === "TOPIC_LIST_SORT_BY_RELEVANCE" && query
              ? (t) => matchCount(t, query)
              : heat;
  return [...topics].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    return ka < kb ? 1 : ka > kb ? -1 : newest(a.postDate, b.postDate) || a.id - b.id;
  });
}

/** Comments in the order asked for; by default (and `old`) the oldest first. */
export function sortComments(comments: readonly CommentRecord[], sortBy?: CommentListSortBy): CommentRecord[] {
  const out = [...comments];
  if (sortBy === "COMMENT_LIST_SORT_BY_NEW") return out.sort((a, b) => newest(a.postDate, b.postDate) || b.id - a.id);
  if (sortBy === "COMMENT_LIST_SORT_BY_HOT" || sortBy === "COMMENT_LIST_SORT_BY_TOP") {
    return out.sort((a, b) => b.votes - a.votes || -newest(a.postDate, b.postDate) || a.id - b.id);
  }
  return out.sort((a, b) => -newest(a.postDate, b.postDate) || a.id - b.id);
}
