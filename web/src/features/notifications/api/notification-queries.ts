/**
 * Query options for a group's notifications (added, removed, promoted, settings changed…),
 * paged newest first. Key: `['notifications', 'list', chat_id]`.
 */
import { infiniteQueryOptions } from '@tanstack/react-query';
import { parseResponse } from 'hono/client';
import { api } from '../../../lib/api-client.ts';

/** Notifications per page. */
export const NOTIFICATION_PAGE_SIZE = 50;

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
};
