/**
 * `/api/chats`: chat list slices, search and filters, facets, one chat with members, and a chat's
 * messages and notifications.
 *
 * GET / has two paths with one envelope: without `q`, `unread` and `assigned_to` it slices cached
 * upstream blocks (the fast first screen; `total`, `index` and each `match` are null); with any
 * of them the chat index answers (chat-index.ts), adding `total` and `index`.
 */
import { Hono } from 'hono';
import type { ChatListItem, IndexStatus } from '../periskope/index.ts';
import { chatSummary, normaliseChatId } from '../periskope/index.ts';
import type { AppEnv } from '../app-env.ts';
import { validate } from '../middleware/validate.ts';
import { freshness } from './freshness.ts';
import { chatIdParam, chatListQuery, pageQuery, scopeQuery, usesChatIndex } from './params.ts';

/** GET /api/chats body, the same type on both paths so `hc<AppType>` sees one shape. */
interface ChatListBody {
  chats: ChatListItem[];
  offset: number;
  limit: number;
  next_offset: number | null;
  stale: boolean;
  fetched_at: string;
  /** Matches across all pages (index path); null on the block path (unknown). */
  total: number | null;
  /** The index behind the answer (index path); null on the block path. */
  index: { complete: boolean; indexed: number; fetched_at: string } | null;
}

const indexStatus = (status: IndexStatus) => ({
  complete: status.complete,
  indexed: status.indexed,
  fetched_at: new Date(status.fetchedAt).toISOString(),
});

/** Chained sub-app (keeps route types for `hc<AppType>`). */
export const chatRoutes = new Hono<AppEnv>()
  .get('/', validate('query', chatListQuery), async (c) => {
    const { offset, limit, phone, q, unread, assigned_to, ...filters } = c.req.valid('query');
    const scope = c.var.scope(phone);
    if (usesChatIndex({ q, unread, assigned_to })) {
      const found = await c.var.periskope.searchChats(
        { ...filters, q, unread, assigned_to },
        { offset, limit },
        scope,
      );
      const body: ChatListBody = {
        chats: found.items,
        offset,
        limit,
        next_offset: found.next_offset,
        ...freshness(c, found),
        total: found.total,
        index: indexStatus(found),
      };
      return c.json(body, 200);
    }
    const slice = await c.var.periskope.listChats(filters, { offset, limit }, scope);
    const chats = slice.items.map((chat): ChatListItem => ({ ...chatSummary(chat), match: null }));
    const body: ChatListBody = {
      chats,
      offset,
      limit,
      next_offset: slice.next_offset,
      ...freshness(c, slice),
      total: null,
      index: null,
    };
    return c.json(body, 200);
  })
  .get('/:chatId', validate('param', chatIdParam), validate('query', scopeQuery), async (c) => {
    const chat_id = normaliseChatId(c.req.valid('param').chatId);
    const chat = await c.var.periskope.getChat(chat_id, c.var.scope(c.req.valid('query').phone));
    freshness(c, chat);
    return c.json(chat.value, 200);
  })
  .get(
    '/:chatId/messages',
    validate('param', chatIdParam),
    validate('query', pageQuery),
    async (c) => {
      const chat_id = normaliseChatId(c.req.valid('param').chatId);
      const { offset, limit, phone } = c.req.valid('query');
      const slice = await c.var.periskope.listChatMessages(
        chat_id,
        { offset, limit },
        c.var.scope(phone),
      );
      return c.json(
        {
          messages: slice.items,
          offset,
          limit,
          next_offset: slice.next_offset,
          ...freshness(c, slice),
        },
        200,
      );
    },
  )
  /** A chat's reactions, newest first (GET /reactions?chat_id): the thread's reaction chips. */
  .get(
    '/:chatId/reactions',
    validate('param', chatIdParam),
    validate('query', pageQuery),
    async (c) => {
      const chat_id = normaliseChatId(c.req.valid('param').chatId);
      const { offset, limit, phone } = c.req.valid('query');
      const slice = await c.var.periskope.listChatReactions(
        chat_id,
        { offset, limit },
        c.var.scope(phone),
      );
      return c.json(
        {
          reactions: slice.items,
          offset,
          limit,
          next_offset: slice.next_offset,
          ...freshness(c, slice),
        },
        200,
      );
    },
  )
  .get(
    '/:chatId/notifications',
    validate('param', chatIdParam),
    validate('query', pageQuery),
    async (c) => {
      const chat_id = normaliseChatId(c.req.valid('param').chatId);
      const { offset, limit, phone } = c.req.valid('query');
      const slice = await c.var.periskope.listChatNotifications(
        chat_id,
        { offset, limit },
        c.var.scope(phone),
      );
      return c.json(
        {
          notifications: slice.items,
          offset,
          limit,
          next_offset: slice.next_offset,
          ...freshness(c, slice),
        },
        200,
      );
    },
  );

/**
 * `/api/chat-facets`: counts for the "Assigned to" and label pickers, from the chat index (labels
 * as ids only). Not under `/api/chats/`: a static segment beside `/:chatId` makes Hono's
 * RegExpRouter give up, and the whole app then routes through the slower TrieRouter.
 */
export const chatFacetRoutes = new Hono<AppEnv>().get(
  '/',
  validate('query', scopeQuery),
  async (c) => {
    const facets = await c.var.periskope.chatFacets(c.var.scope(c.req.valid('query').phone));
    const { assignees, labels, unread, unassigned, total } = facets;
    return c.json(
      { assignees, labels, unread, unassigned, total, ...indexStatus(facets), stale: facets.stale },
      200,
    );
  },
);
