/**
 * Shared by the chat list and the chat table: the infinite query over GET /api/chats with its
 * rows de-duplicated by chat, and "load the next page when the reader is near the end".
 */
import {
  keepPreviousData,
  useInfiniteQuery,
  type UseInfiniteQueryResult,
} from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { chatQueries, refetchWhileIncomplete, type ChatListParams } from '../api/chat-queries.ts';
import { dedupeChats } from '../lib/dedupe-chats.ts';

/** Fetch the next page when the last rendered row is this close to the end of what is loaded. */
const PREFETCH_ROWS = 25;

/**
 * @param params - the list's query (filters, sort, search)
 * @param refreshMs - refetch interval while the tab is visible, ms (sooner while indexing or stale)
 * @returns the query, its loaded pages and the de-duplicated chats
 */
export function useChatPages(params: ChatListParams, refreshMs: number) {
  const options = chatQueries.list(params);
  const query = useInfiniteQuery({
    ...options,
    // Keep the previous rows on screen while a new search or filter loads (no flash to skeletons).
    placeholderData: keepPreviousData,
    refetchInterval: (q) => Math.min(refetchWhileIncomplete(q) || refreshMs, refreshMs),
  });
  const pages = useMemo(() => query.data?.pages ?? [], [query.data]);
  const chats = useMemo(() => dedupeChats(pages), [pages]);
  return { query, pages, chats };
}

/**
 * Fetches the next page once the rendered rows come within {@link PREFETCH_ROWS} of the end, so
 * a steady scroll rarely meets the footer spinner. A failed page waits for the footer's Retry.
 * @param lastRenderedIndex - index of the last row the virtualizer renders (-1 for none)
 * @param loaded - rows loaded so far
 */
export function useFetchNearEnd(
  query: UseInfiniteQueryResult<unknown>,
  lastRenderedIndex: number,
  loaded: number,
) {
  const { hasNextPage, isFetchingNextPage, isFetchNextPageError, fetchNextPage } = query;
  useEffect(() => {
    if (
      lastRenderedIndex >= loaded - PREFETCH_ROWS &&
      hasNextPage &&
      !isFetchingNextPage &&
      !isFetchNextPageError
    ) {
      void fetchNextPage();
    }
  }, [
    lastRenderedIndex,
    loaded,
    hasNextPage,
    isFetchingNextPage,
    isFetchNextPageError,
    fetchNextPage,
  ]);
}
