/**
 * Query options for messages: a chat's messages (infinite, newest first) and one message with
 * its reactions. Keys: `['messages', 'list', chat_id]`, `['messages', 'detail', message_id]`.
 */
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { parseResponse } from 'hono/client';
import { api } from '@/lib/api-client.ts';
import type { ReactionPage } from '@/lib/api-types.ts';
import { byMessage } from '../lib/group-reactions.ts';

/** Messages per page. */
export const MESSAGE_PAGE_SIZE = 50;

/** Pages of 500 reactions read per chat at most (10,000 reactions). */
export const MAX_REACTION_PAGES = 20;

/** How long a message's reactions are fresh, in ms (the BFF caches them too). */
export const REACTIONS_STALE_MS = 60_000;

export const messageQueries = {
  all: ['messages'] as const,
  lists: () => [...messageQueries.all, 'list'] as const,
  /** Pages of a chat's messages, newest first; the next page holds older messages. */
  list: (chatId: string) =>
    infiniteQueryOptions({
      queryKey: [...messageQueries.lists(), chatId] as const,
      queryFn: ({ pageParam, signal }) =>
        parseResponse(
          api.chats[':chatId'].messages.$get(
            {
              param: { chatId },
              query: { offset: String(pageParam), limit: String(MESSAGE_PAGE_SIZE) },
            },
            { init: { signal } },
          ),
        ),
      initialPageParam: 0,
      getNextPageParam: (last) => last.next_offset ?? undefined,
    }),
  /**
   * Every reaction of a chat (GET /api/chats/:chatId/reactions, pages of 500 until the end, at
   * most {@link MAX_REACTION_PAGES}), shared by all bubbles of the thread: one request per
   * chat instead of one per message.
   */
  chatReactions: (chatId: string) =>
    queryOptions({
      queryKey: [...messageQueries.all, 'reactions', chatId] as const,
      queryFn: async ({ signal }) => {
        const pages: ReactionPage[] = [];
        for (let offset: number | null = 0, n = 0; offset !== null && n < MAX_REACTION_PAGES; n++) {
          const page: ReactionPage = await parseResponse(
            api.chats[':chatId'].reactions.$get(
              { param: { chatId }, query: { offset: String(offset), limit: '500' } },
              { init: { signal } },
            ),
          );
          pages.push(page);
          offset = page.next_offset;
        }
        return byMessage(pages.flatMap((p) => p.reactions));
      },
      staleTime: REACTIONS_STALE_MS,
    }),
  /**
   * The newest page alone, refetched on an interval while the thread is open: new messages,
   * edits, deletions and acks show up without refetching every loaded page.
   */
  head: (chatId: string) =>
    queryOptions({
      queryKey: [...messageQueries.all, 'head', chatId] as const,
      queryFn: ({ signal }) =>
        parseResponse(
          api.chats[':chatId'].messages.$get(
            { param: { chatId }, query: { offset: '0', limit: String(MESSAGE_PAGE_SIZE) } },
            { init: { signal } },
          ),
        ),
    }),
  details: () => [...messageQueries.all, 'detail'] as const,
  /** One message with `reactions[]` (the list endpoint has none). */
  detail: (messageId: string) =>
    queryOptions({
      queryKey: [...messageQueries.details(), messageId] as const,
      queryFn: ({ signal }) =>
        parseResponse(
          api.messages[':messageId'].$get(
            { param: { messageId }, query: {} },
            { init: { signal } },
          ),
        ),
      staleTime: REACTIONS_STALE_MS,
    }),
};
