/**
 * Wire types of `search.SearchApiService/ListEntities`, the search across every kind of Kaggle
 * content (kagglesdk `search/types/search_api_service.py`, `search_enums.py`). Only the filter
 * fields the CLI sends are typed; the per-kind documents keep the fields it prints.
 */

export const DocumentTypes = [
  "DOCUMENT_TYPE_UNSPECIFIED",
  "BLOG",
  "COMPETITION",
  "DATASET",
  "KERNEL",
  "COMMENT",
  "TOPIC",
  "USER",
  "COURSE",
  "TUTORIAL",
  "MODEL",
  "RESOURCEREFERENCE",
  "BENCHMARKTASK",
  "BENCHMARK",
] as const;
export type DocumentType = (typeof DocumentTypes)[number];

export const ListSearchContentOrderBys = [
  "LIST_SEARCH_CONTENT_ORDER_BY_UNSPECIFIED",
  "LIST_SEARCH_CONTENT_ORDER_BY_DATE_CREATED",
  "LIST_SEARCH_CONTENT_ORDER_BY_DATE_UPDATED",
  "LIST_SEARCH_CONTENT_ORDER_BY_HOTNESS",
  "LIST_SEARCH_CONTENT_ORDER_BY_LAST_VIEWED",
  "LIST_SEARCH_CONTENT_ORDER_BY_TOTAL_COMMENTS",
  "LIST_SEARCH_CONTENT_ORDER_BY_VOTES",
] as const;
export type ListSearchContentOrderBy = (typeof ListSearchContentOrderBys)[number];

export const ApiListTypes = ["API_LIST_TYPE_UNSPECIFIED", "API_LIST_TYPE_YOUR_WORK"] as const;
export type ApiListType = (typeof ApiListTypes)[number];

/** `--type` words (upstream's help) and the document type each asks for. */
export const SEARCH_TYPE_WORDS: Readonly<Record<string, DocumentType>> = {
  competition: "COMPETITION",
  dataset: "DATASET",
  notebook: "KERNEL",
  model: "MODEL",
  user: "USER",
  discussion: "TOPIC",
  benchmark: "BENCHMARK",
};

/** `--sort-by` words (upstream's help); `relevance` is the server's default order. */
export const SEARCH_SORT_WORDS: Readonly<Record<string, ListSearchContentOrderBy | undefined>> = {
  relevance: undefined,
  hotness: "LIST_SEARCH_CONTENT_ORDER_BY_HOTNESS",
  votes: "LIST_SEARCH_CONTENT_ORDER_BY_VOTES",
  dateCreated: "LIST_SEARCH_CONTENT_ORDER_BY_DATE_CREATED",
  dateUpdated: "LIST_SEARCH_CONTENT_ORDER_BY_DATE_UPDATED",
  totalComments: "LIST_SEARCH_CONTENT_ORDER_BY_TOTAL_COMMENTS",
  lastViewed: "LIST_SEARCH_CONTENT_ORDER_BY_LAST_VIEWED",
};

export interface ListEntitiesFilters {
  query: string;
  listType?: ApiListType;
  documentTypes?: DocumentType[];
}

export interface ListEntitiesRequest {
  filters: ListEntitiesFilters;
  canonicalOrderBy?: ListSearchContentOrderBy;
  pageToken?: string;
  pageSize?: number;
}

export interface ApiUserAvatar {
  id?: number;
  displayName?: string;
  url?: string;
  userName?: string;
}

export interface ApiOrganizationCard {
  id?: number;
  name?: string;
  slug?: string;
}

export interface ListEntitiesDocument {
  id?: number;
  documentType?: DocumentType;
  title?: string;
  imageUrl?: string;
  createTime?: string;
  updateTime?: string;
  isPrivate?: boolean;
  votes?: number;
  ownerUser?: ApiUserAvatar;
  ownerOrganization?: ApiOrganizationCard;
  competitionDocument?: { deadline?: string; teamCount?: number };
  datasetDocument?: { usabilityRating?: number; fileCount?: number; size?: number };
  kernelDocument?: { bestPublicScore?: number; isDraft?: boolean };
  modelDocument?: { instanceCount?: number; notebookCount?: number };
  discussionDocument?: { forumName?: string; messageStripped?: string };
  userDocument?: { tier?: string };
  slug?: string;
}

export interface ListEntitiesResponse {
  documents?: ListEntitiesDocument[];
  totalDocuments?: number;
  nextPageToken?: string;
}
