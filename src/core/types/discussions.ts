/**
 * Wire types of Kaggle's discussions: `discussions.DiscussionApiService` (forums, topics on
 * every kind of entity, comments) and the two older competition RPCs of
 * `competitions.CompetitionApiService` (`ListCompetitionTopics`, `ListTopicMessages`).
 * Field names and order as in kagglesdk `discussions/types/discussions_api_service.py` and
 * `competitions/types/competition_api_service.py`.
 */

export const TopicListSortBys = [
  "TOPIC_LIST_SORT_BY_UNSPECIFIED",
  "TOPIC_LIST_SORT_BY_HOT",
  "TOPIC_LIST_SORT_BY_TOP",
  "TOPIC_LIST_SORT_BY_NEW",
  "TOPIC_LIST_SORT_BY_RECENT",
  "TOPIC_LIST_SORT_BY_ACTIVE",
  "TOPIC_LIST_SORT_BY_RELEVANCE",
] as const;
export type TopicListSortBy = (typeof TopicListSortBys)[number];

export const CommentListSortBys = [
  "COMMENT_LIST_SORT_BY_UNSPECIFIED",
  "COMMENT_LIST_SORT_BY_HOT",
  "COMMENT_LIST_SORT_BY_NEW",
  "COMMENT_LIST_SORT_BY_OLD",
  "COMMENT_LIST_SORT_BY_TOP",
] as const;
export type CommentListSortBy = (typeof CommentListSortBys)[number];

export const TopicListCategories = [
  "TOPIC_LIST_CATEGORY_UNSPECIFIED",
  "TOPIC_LIST_CATEGORY_ALL",
  "TOPIC_LIST_CATEGORY_FORUMS",
  "TOPIC_LIST_CATEGORY_COMPETITIONS",
  "TOPIC_LIST_CATEGORY_DATASETS",
  "TOPIC_LIST_CATEGORY_COMPETITION_WRITE_UPS",
  "TOPIC_LIST_CATEGORY_MODELS",
  "TOPIC_LIST_CATEGORY_BENCHMARKS",
] as const;
export type TopicListCategory = (typeof TopicListCategories)[number];

export const TopicListGroups = [
  "TOPIC_LIST_GROUP_UNSPECIFIED",
  "TOPIC_LIST_GROUP_ALL",
  "TOPIC_LIST_GROUP_OWNED",
  "TOPIC_LIST_GROUP_UPVOTED",
  "TOPIC_LIST_GROUP_BOOKMARKED",
  "TOPIC_LIST_GROUP_MY_ACTIVITY",
  "TOPIC_LIST_GROUP_DRAFTS",
] as const;
export type TopicListGroup = (typeof TopicListGroups)[number];

/** The words the official CLI accepts for `--sort-by`, `--category`, `--group` (lower case). */
export const TOPIC_SORT_WORDS = ["hot", "top", "new", "recent", "active", "relevance"] as const;
export const COMMENT_SORT_WORDS = ["hot", "new", "old", "top"] as const;
export const TOPIC_CATEGORY_WORDS = ["all", "forums", "competitions", "datasets", "competition_write_ups", "models", "benchmarks"] as const;
export const TOPIC_GROUP_WORDS = ["all", "owned", "upvoted", "bookmarked", "my_activity", "drafts"] as const;

export interface ApiDiscussionForum {
  id?: number;
  name?: string;
  url?: string;
  subtitle?: string;
}

export interface ApiDiscussionTopic {
  id?: number;
  title?: string;
  url?: string;
  postDate?: string;
  lastCommentDate?: string;
  authorName?: string;
  authorUrl?: string;
  votes?: number;
  commentCount?: number;
  forumName?: string;
  forumId?: number;
  /** Set by `GetTopic` only (the first message of the topic, HTML). */
  content?: string;
}

export interface ApiDiscussionComment {
  id?: number;
  authorName?: string;
  authorUrl?: string;
  postDate?: string;
  content?: string;
  votes?: number;
  replies?: ApiDiscussionComment[];
}

export type ApiListForumsRequest = Record<string, never>;
export interface ApiListForumsResponse {
  forums?: ApiDiscussionForum[];
}

/** The paging and filter fields every `List*Topics` request of the discussions service has. */
export interface TopicPageFields {
  sortBy?: TopicListSortBy;
  pageSize?: number;
  pageToken?: string;
  searchQuery?: string;
}

export interface ApiListTopicsRequest {
  forumSlug?: string;
  sortBy?: TopicListSortBy;
  pageSize?: number;
  searchQuery?: string;
  category?: TopicListCategory;
  group?: TopicListGroup;
  pageToken?: string;
}

export interface ApiListTopicsResponse {
  topics?: ApiDiscussionTopic[];
  totalCount?: number;
  nextPageToken?: string;
}

export interface ApiListDatasetTopicsRequest extends TopicPageFields {
  ownerSlug: string;
  datasetSlug: string;
}
export interface ApiListKernelTopicsRequest extends TopicPageFields {
  ownerSlug: string;
  kernelSlug: string;
}
export interface ApiListModelTopicsRequest extends TopicPageFields {
  ownerSlug: string;
  modelSlug: string;
}

export interface ApiGetTopicRequest {
  id: number;
}
export interface ApiGetTopicResponse {
  topic?: ApiDiscussionTopic;
}

export interface ApiListCommentsRequest {
  topicId: number;
  pageSize?: number;
  pageToken?: string;
}
export interface ApiListCommentsResponse {
  comments?: ApiDiscussionComment[];
  nextPageToken?: string;
}

/** `competitions.CompetitionApiService/ListCompetitionTopics` (1-based `page`, no tokens). */
export interface ApiListCompetitionTopicsRequest {
  competitionName: string;
  sortBy?: TopicListSortBy;
  page?: number;
}

export interface ApiCompetitionTopic {
  id?: number;
  title?: string;
  topicUrl?: string;
  authorName?: string;
  commentCount?: number;
  votes?: number;
  postDate?: string;
  lastCommentPostDate?: string;
  isSticky?: boolean;
}

export interface ApiListCompetitionTopicsResponse {
  topics?: ApiCompetitionTopic[];
  totalCount?: number;
}

/** `competitions.CompetitionApiService/ListTopicMessages`: the whole reply tree at once. */
export interface ApiListTopicMessagesRequest {
  competitionName: string;
  topicId: number;
  sortBy?: CommentListSortBy;
  /** Top-level messages to return; -1 for all. */
  pageSize?: number;
}

export interface ApiTopicMessage {
  id?: number;
  postDate?: string;
  content?: string;
  rawMarkdown?: string;
  authorName?: string;
  votes?: number;
  isDeleted?: boolean;
  isPinned?: boolean;
  replies?: ApiTopicMessage[];
}

export interface ApiListTopicMessagesResponse {
  messages?: ApiTopicMessage[];
}
