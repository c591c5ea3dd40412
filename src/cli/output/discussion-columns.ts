/** What the forum and topic commands print, as the official CLI names and orders the fields. */
import type {
  ApiCompetitionTopic,
  ApiDiscussionComment,
  ApiDiscussionForum,
  ApiDiscussionTopic,
  ApiTopicMessage,
} from "../../core/types/discussions";
import { pythonDateTime, pythonIsoDateTime } from "./cells";
import type { Column } from "./format";

/** A string field that kagglesdk leaves `None` when absent (an `optional` proto field). */
const orNone = (v: string | undefined) => v ?? "None";
const date = <T>(get: (row: T) => string | undefined): Pick<Column<T>, "value" | "json"> => ({
  value: (r) => pythonDateTime(get(r)),
  json: (r) => pythonIsoDateTime(get(r)),
});

export const forumColumns: Column<ApiDiscussionForum>[] = [
  { field: "id", label: "id", value: (f) => f.id ?? 0 },
  { field: "name", label: "name", value: (f) => f.name ?? "" },
  { field: "subtitle", label: "subtitle", value: (f) => f.subtitle ?? "" },
];

/** Topics of a forum, dataset, kernel or model (`forum_topic_fields`). */
export const topicColumns: Column<ApiDiscussionTopic>[] = [
  { field: "id", label: "id", value: (t) => t.id ?? 0 },
  { field: "title", label: "title", value: (t) => t.title ?? "" },
  { field: "authorName", label: "authorName", value: (t) => t.authorName ?? "" },
  { field: "commentCount", label: "commentCount", value: (t) => t.commentCount ?? 0 },
  { field: "votes", label: "votes", value: (t) => t.votes ?? 0 },
  { field: "postDate", label: "postDate", ...date<ApiDiscussionTopic>((t) => t.postDate) },
];

/** Comments of `topics show` in CSV and JSON (`forum_comment_fields`), replies flattened. */
export const commentColumns: Column<ApiDiscussionComment>[] = [
  { field: "id", label: "id", value: (c) => c.id ?? 0 },
  { field: "authorName", label: "authorName", value: (c) => c.authorName ?? "" },
  { field: "postDate", label: "postDate", ...date<ApiDiscussionComment>((c) => c.postDate) },
  { field: "votes", label: "votes", value: (c) => c.votes ?? 0 },
  { field: "content", label: "content", value: (c) => c.content ?? "" },
];

/** `competitions topics` (`competition_topic_fields`; the author is optional on this wire type). */
export const competitionTopicColumns: Column<ApiCompetitionTopic>[] = [
  { field: "id", label: "id", value: (t) => t.id ?? 0 },
  { field: "title", label: "title", value: (t) => t.title ?? "" },
  { field: "authorName", label: "authorName", value: (t) => orNone(t.authorName), json: (t) => t.authorName ?? null },
  { field: "commentCount", label: "commentCount", value: (t) => t.commentCount ?? 0 },
  { field: "votes", label: "votes", value: (t) => t.votes ?? 0 },
  { field: "postDate", label: "postDate", ...date<ApiCompetitionTopic>((t) => t.postDate) },
];

/** `competitions topic-messages` (`competition_topic_message_fields`), replies flattened. */
export const topicMessageColumns: Column<ApiTopicMessage>[] = [
  { field: "id", label: "id", value: (m) => m.id ?? 0 },
  { field: "authorName", label: "authorName", value: (m) => orNone(m.authorName), json: (m) => m.authorName ?? null },
  { field: "postDate", label: "postDate", ...date<ApiTopicMessage>((m) => m.postDate) },
  { field: "votes", label: "votes", value: (m) => m.votes ?? 0 },
  { field: "content", label: "content", value: (m) => orNone(m.content), json: (m) => m.content ?? null },
];

/** A reply tree in reading order: each message, then its replies. */
export function flattenReplies<T extends { replies?: T[] }>(items: readonly T[] | undefined): T[] {
  return (items ?? []).flatMap((m) => [m, ...flattenReplies(m.replies)]);
}
