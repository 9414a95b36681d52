/**
 * Query options for group notifications (added, removed, promoted, settings changed…), paged
 * newest first: one group's (`['notifications', 'list', chat_id]`) and the org-wide feed across
 * groups (`['notifications', 'feed', params]`); plus a feed row's group name by its id
 * (`['notifications', 'group', phone, chat_id]`).
 */
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { InferRequestType } from 'hono/client';
import { parseResponse } from 'hono/client';
import { api } from '@/lib/api-client.ts';

/** Notifications per page. */
export const NOTIFICATION_PAGE_SIZE = 50;

/** How soon a group not found yet is looked up again while the chat index is still building, ms. */
const INDEXING_RETRY_MS = 2_000;

/**
 * Query parameters of GET /api/notifications except paging: `phone`, `start_time`, `end_time`,
 * `type`.
 */
export type NotificationFeedParams = Omit<
  NonNullable<InferRequestType<typeof api.notifications.$get>['query']>,
  'offset' | 'limit'
>;

/**
 * Key hierarchy and query options of group notifications: `list(chatId)`, `feed(params)`,
 * `group(chatId, phone)`.
 */
export const notificationQueries = {
  all: ['notifications'] as const,
  lists: () => [...notificationQueries.all, 'list'] as const,
  /** @param chatId - a group (`…@g.us`); 1:1 chats have no group timeline */
  list: (chatId: string) =>
    infiniteQueryOptions({
      queryKey: [...notificationQueries.lists(), chatId] as const,
      queryFn: ({ pageParam, signal }) =>
        parseResponse(
          api.chats[':chatId'].notifications.$get(
            {
              param: { chatId },
              query: { offset: String(pageParam), limit: String(NOTIFICATION_PAGE_SIZE) },
            },
            { init: { signal } },
          ),
        ),
      initialPageParam: 0,
      getNextPageParam: (last) => last.next_offset ?? undefined,
    }),
  /**
   * Notifications across all groups of a phone scope. With `type` a page may hold fewer than
   * `NOTIFICATION_PAGE_SIZE` items (the BFF scans its cached blocks): follow `next_offset`.
   */
  feed: (params: NotificationFeedParams) =>
    infiniteQueryOptions({
      queryKey: [...notificationQueries.all, 'feed', params] as const,
      queryFn: ({ pageParam, signal }) =>
        parseResponse(
          api.notifications.$get(
            {
              query: {
                ...params,
                offset: String(pageParam),
                limit: String(NOTIFICATION_PAGE_SIZE),
              },
            },
            { init: { signal } },
          ),
        ),
      initialPageParam: 0,
      getNextPageParam: (last) => last.next_offset ?? undefined,
    }),
  /**
   * A group's summary for a feed row. Notifications carry `chat_id` only, and GET
   * /api/chats/:chatId would cost one upstream call per group (Periskope allows ~10 per 2 s), so
   * the name comes from the BFF's chat index: a search by the id's digits (README "Search and
   * filters"), answered without calling Periskope.
   * @param chatId - `…@g.us`
   * @param phone - the page's phone scope, or undefined for all phones
   * @returns data: the chat summary, or null when the index does not hold it
   */
  group: (chatId: string, phone: string | undefined) =>
    queryOptions({
      queryKey: [...notificationQueries.all, 'group', phone ?? null, chatId] as const,
      queryFn: async ({ signal }) => {
        const q = chatId.replace(/\D/g, '');
        const page = await parseResponse(
          api.chats.$get(
            { query: { q, chat_type: 'group', limit: '5', ...(phone ? { phone } : {}) } },
            { init: { signal } },
          ),
        );
        return {
          chat: page.chats.find((c) => c.chat_id === chatId) ?? null,
          complete: page.index?.complete ?? true,
        };
      },
      staleTime: 5 * 60_000,
      refetchInterval: (query) =>
        query.state.data && !query.state.data.chat && !query.state.data.complete
          ? INDEXING_RETRY_MS
          : false,
    }),
};
