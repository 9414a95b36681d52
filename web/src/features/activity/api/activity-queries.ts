/**
 * Query options of the activity page besides the notifications themselves: a group's name by
 * its id. Key: `['activity', 'group', phone, chat_id]`.
 *
 * Notifications carry `chat_id` only. GET /api/chats/:chatId would cost one upstream call per
 * group (Periskope allows ~10 per 2 s), so the name comes from the BFF's chat index instead: a
 * search by the id's digits (README "Search and filters"), answered without calling Periskope.
 */
import { queryOptions } from '@tanstack/react-query';
import { parseResponse } from 'hono/client';
import { api } from '../../../lib/api-client.ts';

/** How soon a group not found yet is looked up again while the index is still building, ms. */
const INDEXING_RETRY_MS = 2_000;

export const activityQueries = {
  all: ['activity'] as const,
  /**
   * @param chatId - `…@g.us`
   * @param phone - the page's phone scope, or undefined for all phones
   * @returns data: the chat summary, or null when the index does not hold it
   */
  group: (chatId: string, phone: string | undefined) =>
    queryOptions({
      queryKey: [...activityQueries.all, 'group', phone ?? null, chatId] as const,
      queryFn: async ({ signal }) => {
        const q = chatId.replace(/\D/g, '');
        const page = await parseResponse(api.chats.$get({ query: { q, chat_type: 'group', limit: '5', ...(phone ? { phone } : {}) } }, { init: { signal } }));
        return { chat: page.chats.find((c) => c.chat_id === chatId) ?? null, complete: page.index?.complete ?? true };
      },
      staleTime: 5 * 60_000,
      refetchInterval: (query) => (query.state.data && !query.state.data.chat && !query.state.data.complete ? INDEXING_RETRY_MS : false),
    }),
};
