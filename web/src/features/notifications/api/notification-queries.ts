/**
 * Query options for group notifications (added, removed, promoted, settings changed…), paged
 * newest first: one group's (`['notifications', 'list', chat_id]`) and the org-wide feed across
 * groups (`['notifications', 'feed', params]`).
 */
import { infiniteQueryOptions } from '@tanstack/react-query';
import type { InferRequestType } from 'hono/client';
import { parseResponse } from 'hono/client';
import { api } from '../../../lib/api-client.ts';

/** Notifications per page. */
export const NOTIFICATION_PAGE_SIZE = 50;

/** Query parameters of GET /api/notifications except paging: `phone`, `start_time`, `end_time`, `type`. */
export type NotificationFeedParams = Omit<NonNullable<InferRequestType<typeof api.notifications.$get>['query']>, 'offset' | 'limit'>;

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
            { param: { chatId }, query: { offset: String(pageParam), limit: String(NOTIFICATION_PAGE_SIZE) } },
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
          api.notifications.$get({ query: { ...params, offset: String(pageParam), limit: String(NOTIFICATION_PAGE_SIZE) } }, { init: { signal } }),
        ),
      initialPageParam: 0,
      getNextPageParam: (last) => last.next_offset ?? undefined,
    }),
};
