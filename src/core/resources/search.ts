/** `search.SearchApiService/ListEntities`: one search across competitions, datasets, notebooks, models, … */
import type { KaggleClient } from "../client";
import { enumOptions } from "../enums";
import { ConfigurationError } from "../errors";
import { SEARCH_SORT_WORDS, SEARCH_TYPE_WORDS, type DocumentType, type ListEntitiesResponse } from "../types/search";
import type { PageOptions } from "./shared";

export interface SearchOptions extends PageOptions {
  /** Comma-separated `--type` words (`dataset,model`); absent: every type the CLI knows. */
  types?: string;
  /** Only the caller's own content. */
  mine?: boolean;
  /** A `--sort-by` word; absent or `relevance`: the server's ranking. */
  sortBy?: string;
}

/** The document types of a `--type` list, each word checked. */
export function searchDocumentTypes(types: string | undefined): DocumentType[] {
  const words = (types ?? "")
    .split(",")
    .map((w) => w.trim().toLowerCase())
    .filter(Boolean);
  const chosen = words.length ? words : Object.keys(SEARCH_TYPE_WORDS);
  return [
    ...new Set(
      chosen.map((w) => {
        const t = SEARCH_TYPE_WORDS[w];
        if (!t) throw new ConfigurationError(`Invalid type '${w}' specified. Valid options are ${enumOptions(Object.keys(SEARCH_TYPE_WORDS))}`);
        return t;
      }),
    ),
  ];
}

export class SearchResource {
  constructor(private readonly client: KaggleClient) {}

  /** One page of results for `query`; an empty query is refused before any request. */
  entities(query: string, opts: SearchOptions = {}): Promise<ListEntitiesResponse> {
    if (!query.trim()) throw new ConfigurationError("The search query is empty: give the term(s) to search for, e.g. kaggle search titanic");
    if (opts.sortBy !== undefined && !Object.hasOwn(SEARCH_SORT_WORDS, opts.sortBy)) {
      throw new ConfigurationError(`Invalid sort_by specified. Valid options are ${enumOptions(Object.keys(SEARCH_SORT_WORDS))}`);
    }
    return this.client.rpc("search.SearchApiService/ListEntities", {
      filters: {
        query,
        listType: opts.mine ? "API_LIST_TYPE_YOUR_WORK" : undefined,
        documentTypes: searchDocumentTypes(opts.types),
      },
      canonicalOrderBy: opts.sortBy ? SEARCH_SORT_WORDS[opts.sortBy] : undefined,
      pageToken: opts.pageToken || undefined,
      pageSize: opts.pageSize,
    });
  }
}
