/**
 * `discussions.DiscussionApiService`: forums, the topics of a forum or of a dataset, kernel or
 * model, one topic with its comments; plus the competition topic RPCs, which Kaggle serves from
 * `competitions.CompetitionApiService` (`ListCompetitionTopics`, `ListTopicMessages`).
 * Requests are shaped as the official CLI sends them (absent fields left out).
 */
import type { KaggleClient } from "../client";
import { lookupEnum } from "../enums";
import { paginate } from "../paginate";
import {
  COMMENT_SORT_WORDS,
  TOPIC_CATEGORY_WORDS,
  TOPIC_GROUP_WORDS,
  TOPIC_SORT_WORDS,
  type ApiDiscussionComment,
  type ApiDiscussionTopic,
  type ApiListCommentsResponse,
  type ApiListCompetitionTopicsResponse,
  type ApiListForumsResponse,
  type ApiListTopicMessagesResponse,
  type ApiListTopicsResponse,
  type CommentListSortBy,
  type TopicListCategory,
  type TopicListGroup,
  type TopicListSortBy,
  type TopicPageFields,
} from "../types/discussions";
import type { PageOptions } from "./shared";

/** Paging and filters of a topic list; `sortBy` is a word of {@link TOPIC_SORT_WORDS}. */
export interface TopicListOptions extends PageOptions {
  sortBy?: string;
  search?: string;
}

export interface ForumTopicListOptions extends TopicListOptions {
  /** Forum slug, e.g. `getting-started`; absent: topics of every forum. */
  forum?: string;
  /** A word of {@link TOPIC_CATEGORY_WORDS}. */
  category?: string;
  /** A word of {@link TOPIC_GROUP_WORDS}. */
  group?: string;
}

/** The `TOPIC_LIST_SORT_BY_…` member of a `--sort-by` word, with upstream's message on others. */
export function topicSortBy(word: string | undefined): TopicListSortBy | undefined {
  const w = lookupEnum(TOPIC_SORT_WORDS, word, "sort_by");
  return w === undefined ? undefined : (`TOPIC_LIST_SORT_BY_${w.toUpperCase()}` as TopicListSortBy);
}

export function commentSortBy(word: string | undefined): CommentListSortBy | undefined {
  const w = lookupEnum(COMMENT_SORT_WORDS, word, "sort_by");
  return w === undefined ? undefined : (`COMMENT_LIST_SORT_BY_${w.toUpperCase()}` as CommentListSortBy);
}

function topicCategory(word: string | undefined): TopicListCategory | undefined {
  const w = lookupEnum(TOPIC_CATEGORY_WORDS, word, "category");
  return w === undefined ? undefined : (`TOPIC_LIST_CATEGORY_${w.toUpperCase()}` as TopicListCategory);
}

function topicGroup(word: string | undefined): TopicListGroup | undefined {
  const w = lookupEnum(TOPIC_GROUP_WORDS, word, "group");
  return w === undefined ? undefined : (`TOPIC_LIST_GROUP_${w.toUpperCase()}` as TopicListGroup);
}

/** The fields every entity topic list sends, in wire order; empty values are not sent. */
function pageFields(opts: TopicListOptions): TopicPageFields {
  return {
    sortBy: topicSortBy(opts.sortBy),
    pageSize: opts.pageSize,
    pageToken: opts.pageToken || undefined,
    searchQuery: opts.search || undefined,
  };
}

/** A topic with the comments asked for: one page, or (without `pageSize`) all of them. */
export interface TopicWithComments {
  topic: ApiDiscussionTopic | undefined;
  comments: ApiDiscussionComment[];
  /** Set when one page was asked for and more follow. */
  nextPageToken: string;
}

export class DiscussionsResource {
  constructor(private readonly client: KaggleClient) {}

  forums(): Promise<ApiListForumsResponse> {
    return this.client.rpc("discussions.DiscussionApiService/ListForums", {});
  }

  /** Topics of one forum, or of all forums, filtered and sorted as asked. */
  topics(opts: ForumTopicListOptions = {}): Promise<ApiListTopicsResponse> {
    return this.client.rpc("discussions.DiscussionApiService/ListTopics", {
      forumSlug: opts.forum || undefined,
      sortBy: topicSortBy(opts.sortBy),
      pageSize: opts.pageSize,
      searchQuery: opts.search || undefined,
      category: topicCategory(opts.category),
      group: topicGroup(opts.group),
      pageToken: opts.pageToken || undefined,
    });
  }

  datasetTopics(owner: string, slug: string, opts: TopicListOptions = {}): Promise<ApiListTopicsResponse> {
    return this.client.rpc("discussions.DiscussionApiService/ListDatasetTopics", { ownerSlug: owner, datasetSlug: slug, ...pageFields(opts) });
  }

  kernelTopics(owner: string, slug: string, opts: TopicListOptions = {}): Promise<ApiListTopicsResponse> {
    return this.client.rpc("discussions.DiscussionApiService/ListKernelTopics", { ownerSlug: owner, kernelSlug: slug, ...pageFields(opts) });
  }

  modelTopics(owner: string, slug: string, opts: TopicListOptions = {}): Promise<ApiListTopicsResponse> {
    return this.client.rpc("discussions.DiscussionApiService/ListModelTopics", { ownerSlug: owner, modelSlug: slug, ...pageFields(opts) });
  }

  comments(topicId: number, opts: PageOptions = {}): Promise<ApiListCommentsResponse> {
    return this.client.rpc("discussions.DiscussionApiService/ListComments", {
      topicId,
      pageSize: opts.pageSize,
      pageToken: opts.pageToken || undefined,
    });
  }

  /** Every top-level comment (each with its replies) from `pageToken` on, across pages. */
  allComments(topicId: number, pageToken?: string): AsyncGenerator<ApiDiscussionComment, void, undefined> {
    return paginate(
      (token) => this.comments(topicId, { ...((token ?? pageToken) ? { pageToken: token ?? pageToken } : {}) }),
      (page) => page.comments,
    );
  }

  /** `GetTopic`, then its comments: one page when `pageSize` is given, else every page. */
  async topicWithComments(topicId: number, opts: PageOptions = {}): Promise<TopicWithComments> {
    const { topic } = await this.client.rpc("discussions.DiscussionApiService/GetTopic", { id: topicId });
    if (opts.pageSize !== undefined) {
      const page = await this.comments(topicId, opts);
      return { topic, comments: page.comments ?? [], nextPageToken: page.nextPageToken ?? "" };
    }
    const comments: ApiDiscussionComment[] = [];
    for await (const c of this.allComments(topicId, opts.pageToken)) comments.push(c);
    return { topic, comments, nextPageToken: "" };
  }

  /** One page (1-based) of a competition's topics. */
  competitionTopics(competition: string, opts: { sortBy?: string; page?: number } = {}): Promise<ApiListCompetitionTopicsResponse> {
    return this.client.rpc("competitions.CompetitionApiService/ListCompetitionTopics", {
      competitionName: competition,
      sortBy: topicSortBy(opts.sortBy),
      page: opts.page,
    });
  }

  /** The messages of a competition topic as a reply tree; `pageSize` counts top-level ones (-1: all). */
  competitionTopicMessages(
    competition: string,
    topicId: number,
    opts: { sortBy?: string; pageSize?: number } = {},
  ): Promise<ApiListTopicMessagesResponse> {
    return this.client.rpc("competitions.CompetitionApiService/ListTopicMessages", {
      competitionName: competition,
      topicId,
      sortBy: commentSortBy(opts.sortBy),
      pageSize: opts.pageSize,
    });
  }
}
