/**
 * Query options for chats: the paged list (infinite, newest activity first) and one chat with
 * its members. Keys: `['chats', 'list', filters]`, `['chats', 'detail', chat_id]`.
 */
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { parseResponse } from 'hono/client';
import { api } from '../../../lib/api-client.ts';
import type { ChatListQuery } from '../../../lib/api-types.ts';

/** Chats per page; the BFF slices its cached upstream blocks, so pages are cheap. */
export const CHAT_PAGE_SIZE = 50;

/** List filters: the query parameters of GET /api/chats except paging and sorting. */
export type ChatListFilters = Omit<NonNullable<ChatListQuery>, 'offset' | 'limit' | 'sort_by' | 'sort_order'>;

export const chatQueries = {
  all: ['chats'] as const,
  lists: () => [...chatQueries.all, 'list'] as const,
  /** Pages of `CHAT_PAGE_SIZE`, sorted by `latest_message_timestamp` desc; next page from `next_offset`. */
  list: (filters: ChatListFilters = {}) =>
    infiniteQueryOptions({
      queryKey: [...chatQueries.lists(), filters] as const,
      queryFn: ({ pageParam, signal }) =>
        parseResponse(
          api.chats.$get(
            {
              query: {
                ...filters,
                offset: String(pageParam),
                limit: String(CHAT_PAGE_SIZE),
                sort_by: 'latest_message_timestamp',
                sort_order: 'desc',
              },
            },
            { init: { signal } },
          ),
        ),
      initialPageParam: 0,
      getNextPageParam: (last) => last.next_offset ?? undefined,
    }),
  details: () => [...chatQueries.all, 'detail'] as const,
  /** One chat with `members`. @param chatId - `…@c.us` / `…@g.us` (hc encodes the path segment) */
  detail: (chatId: string) =>
    queryOptions({
      queryKey: [...chatQueries.details(), chatId] as const,
      queryFn: ({ signal }) => parseResponse(api.chats[':chatId'].$get({ param: { chatId }, query: {} }, { init: { signal } })),
    }),
};
