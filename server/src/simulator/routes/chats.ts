/**
 * GET /v1/chats (list) and GET /v1/chats/{chat_id} (one chat), docs/periskope-api.md#endpoints.
 */
import { Hono } from 'hono';
import type { SimulatorData } from '../data/store.ts';
import { createChatQuery, normalizeChatId, type ChatFilters } from '../http/chat-query.ts';
import { enumParam } from '../http/enum-param.ts';
import type { SimEnv } from '../http/env.ts';
import { CHAT_NOT_FOUND, isValidationError, type ValidationError } from '../http/errors.ts';
import { envelope, parsePaging } from '../http/paging.ts';
import { parseTimeRange } from '../http/time-range.ts';

function filtersOf(query: (name: string) => string | undefined): ChatFilters | ValidationError {
  const sortBy = enumParam(
    'sort_by',
    query('sort_by'),
    ['created_at', 'latest_message_timestamp'] as const,
    'created_at',
  );
  if (isValidationError(sortBy)) return sortBy;
  const sortOrder = enumParam('sort_order', query('sort_order'), ['desc', 'asc'] as const, 'desc');
  if (isValidationError(sortOrder)) return sortOrder;
  const chatType = enumParam(
    'chat_type',
    query('chat_type'),
    ['user', 'group', 'business'] as const,
    undefined,
    { individual: 'user' },
  );
  if (isValidationError(chatType)) return chatType;
  const range = parseTimeRange(query);
  if (isValidationError(range)) return range;
  const chatId = query('chat_id');
  const label = query('label');
  return {
    ...range,
    sortBy: sortBy ?? 'created_at',
    sortOrder: sortOrder ?? 'desc',
    ...(chatType ? { chatType } : {}),
    ...(chatId ? { chatId: normalizeChatId(chatId) } : {}),
    ...(label ? { label } : {}),
  };
}

/** Routes mounted at /v1/chats: `/` and `/:chat_id`. */
export function chatRoutes(data: SimulatorData): Hono<SimEnv> {
  const query = createChatQuery(data);
  return new Hono<SimEnv>()
    .get('/', (c) => {
      const q = (name: string): string | undefined => c.req.query(name);
      const paging = parsePaging(q);
      if (isValidationError(paging)) return c.json(paging, 422);
      const filters = filtersOf(q);
      if (isValidationError(filters)) return c.json(filters, 422);
      const matches = query(c.get('phone')?.org_phone, filters);
      const page = matches
        .slice(paging.offset, paging.offset + paging.limit)
        .map((e) => data.listItem(e));
      return c.json(envelope('chats', paging.offset, page), 200);
    })
    .get('/:chat_id', (c) => {
      const entry = data.findChats(
        normalizeChatId(c.req.param('chat_id')),
        c.get('phone')?.org_phone,
      )[0];
      if (!entry) return c.json(CHAT_NOT_FOUND, 404);
      return c.json(data.chatObject(entry), 200);
    });
}
