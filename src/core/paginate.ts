/** Lists as async iterables over Kaggle's `pageToken`s; the caller may stop at any time. */
export interface Page {
  nextPageToken?: string | undefined;
}

/**
 * Yields every item of every page. Stops when a page has no `nextPageToken`, when the server
 * repeats a token (a server bug must not become an endless loop), or after `maxPages`.
 */
export async function* paginate<P extends Page, T>(
  fetchPage: (pageToken: string | undefined) => Promise<P>,
  itemsOf: (page: P) => readonly T[] | undefined,
  maxPages = 10_000,
): AsyncGenerator<T, void, undefined> {
  const seen = new Set<string>();
  let token: string | undefined;
  for (let n = 0; n < maxPages; n++) {
    const page = await fetchPage(token);
    for (const item of itemsOf(page) ?? []) yield item;
    token = page.nextPageToken || undefined;
    if (!token || seen.has(token)) return;
    seen.add(token);
  }
}

/** Collects an async iterable into an array. */
export async function collect<T>(items: AsyncIterable<T>, limit = Infinity): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) {
    out.push(item);
    if (out.length >= limit) break;
  }
  return out;
}
