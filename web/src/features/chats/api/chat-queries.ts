/**
 * Query options for chats: the paged list (infinite), the BFF index's facets, one chat with its
 * members, and the org's phones. Keys: `['chats', 'list', params]`, `['chats', 'facets', phone]`,
 * `['chats', 'detail', chat_id]`, `['chats', 'phones']`.
 */
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { parseResponse } from 'hono/client';
import { api } from '@/lib/api-client.ts';
import type { ChatListQuery } from '@/lib/api-types.ts';

/** Chats per page; the BFF slices its cached upstream blocks, so pages are cheap. */
export const CHAT_PAGE_SIZE = 50;

/** Query parameters of GET /api/chats except paging (strings, as in a URL). */
export type ChatListParams = Omit<NonNullable<ChatListQuery>, 'offset' | 'limit'>;

/**
 * How soon a list with a stale page (served from the BFF's cache past its TTL) asks again, in ms.
 */
export const STALE_REFETCH_MS = 5_000;
/** How often a search asks again while the BFF's chat index is still being built, in ms. */
export const INDEXING_REFETCH_MS = 1_000;

interface ListPageLike {
  stale: boolean;
  index: { complete: boolean } | null;
}

/**
 * `refetchInterval` of the chat list: poll while the BFF's index is still building (answers so
 * far are partial) or any loaded page is stale, then stop.
 */
export function refetchWhileIncomplete(query: {
  state: { data?: { pages: readonly ListPageLike[] } | undefined };
}): number | false {
  const pages = query.state.data?.pages ?? [];
  if (pages.some((page) => page.index && !page.index.complete)) return INDEXING_REFETCH_MS;
  return pages.some((page) => page.stale) ? STALE_REFETCH_MS : false;
}

export const chatQueries = {
  all: ['chats'] as const,
  lists: () => [...chatQueries.all, 'list'] as const,
  /** Pages of `CHAT_PAGE_SIZE`; the next page's offset is the envelope's `next_offset`. */
  list: (params: ChatListParams) =>
    infiniteQueryOptions({
      queryKey: [...chatQueries.lists(), params] as const,
      queryFn: ({ pageParam, signal }) =>
        parseResponse(
          api.chats.$get(
            { query: { ...params, offset: String(pageParam), limit: String(CHAT_PAGE_SIZE) } },
            { init: { signal } },
          ),
        ),
      initialPageParam: 0,
      getNextPageParam: (last) => last.next_offset ?? undefined,
    }),
  /** Assignees, labels and unread count over every chat of a phone scope (the BFF's index). */
  facets: (phone: string | undefined) =>
    queryOptions({
      queryKey: [...chatQueries.all, 'facets', phone ?? null] as const,
      queryFn: ({ signal }) =>
        parseResponse(
          api['chat-facets'].$get({ query: phone ? { phone } : {} }, { init: { signal } }),
        ),
      staleTime: 60_000,
    }),
  details: () => [...chatQueries.all, 'detail'] as const,
  /** One chat with `members`. @param chatId - `…@c.us` / `…@g.us` (hc encodes the path segment) */
  detail: (chatId: string) =>
    queryOptions({
      queryKey: [...chatQueries.details(), chatId] as const,
      queryFn: ({ signal }) =>
        parseResponse(
          api.chats[':chatId'].$get({ param: { chatId }, query: {} }, { init: { signal } }),
        ),
    }),
  /** The org's connected phones (`GET /api/phones`), for the phone filter. */
  phones: () =>
    queryOptions({
      queryKey: [...chatQueries.all, 'phones'] as const,
      queryFn: ({ signal }) => parseResponse(api.phones.$get(undefined, { init: { signal } })),
      staleTime: 5 * 60_000,
    }),
};
