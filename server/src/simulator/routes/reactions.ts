/**
 * GET /v1/reactions (docs/periskope-api.md#endpoints): reactions of a chat (`chat_id`, "@c.us
 * optional") or of one message (`message_id`), newest first, `limit` default **500**,
 * `start_time`/`end_time` on the reaction's time (a null `timestamp` counts as the time it was
 * generated with, see generate-reactions.ts). Envelope `{from, to, count, start_time, end_time,
 * reactions}` [D][T].
 *
 * Without `chat_id` and `message_id` Periskope would list the org's reactions; the simulator does
 * not model that and answers 422 naming `chat_id` [I].
 */
import { Hono } from 'hono';
import { LRUCache } from 'lru-cache';
import type { ChatEntry } from '../data/entry.ts';
import type { SimulatorData } from '../data/store.ts';
import type { ReactionRecord } from '../data/types.ts';
import { normalizeChatId } from '../http/chat-query.ts';
import type { SimEnv } from '../http/env.ts';
import {
  CHAT_NOT_FOUND,
  isValidationError,
  MESSAGE_NOT_FOUND,
  validationError,
} from '../http/errors.ts';
import { parsePaging } from '../http/paging.ts';
import { parseTimeRange } from '../http/time-range.ts';
import { reactionTime } from '../data/generate-reactions.ts';
import { sortKeys } from '../sort-keys.ts';

/** GET /reactions and GET /chats/{id}/notes default to 500 (docs/periskope-api.md#lists). */
const DEFAULT_REACTIONS_LIMIT = 500;

/** Every reaction of a chat, newest first (generated per message; memoised per chat). */
function chatReactions(
  data: SimulatorData,
  cache: LRUCache<ChatEntry, ReactionRecord[]>,
  entry: ChatEntry,
): ReactionRecord[] {
  const cached = cache.get(entry);
  if (cached) return cached;
  const all = data.messages(entry).flatMap((_, i) => data.reactions(entry, i));
  all.sort((a, b) => reactionTime(b) - reactionTime(a));
  cache.set(entry, all);
  return all;
}

/** Route mounted at /v1/reactions. */
export function reactionRoutes(data: SimulatorData): Hono<SimEnv> {
  const cache = new LRUCache<ChatEntry, ReactionRecord[]>({ max: 50 });
  return new Hono<SimEnv>().get('/', (c) => {
    const q = (name: string): string | undefined => c.req.query(name);
    const paging = parsePaging((name) =>
      name === 'limit' && !q('limit') ? String(DEFAULT_REACTIONS_LIMIT) : q(name),
    );
    if (isValidationError(paging)) return c.json(paging, 422);
    const range = parseTimeRange(q);
    if (isValidationError(range)) return c.json(range, 422);
    const orgPhone = c.get('phone')?.org_phone;
    const messageId = q('message_id')?.trim();
    const chatId = q('chat_id')?.trim();
    let rows: ReactionRecord[];
    if (messageId) {
      const found = data.findMessage(messageId, orgPhone);
      if (!found) return c.json(MESSAGE_NOT_FOUND, 404);
      rows = [...data.reactions(found.entry, found.index)].reverse();
    } else if (chatId) {
      const entry = data.findChats(normalizeChatId(chatId), orgPhone)[0];
      if (!entry) return c.json(CHAT_NOT_FOUND, 404);
      rows = chatReactions(data, cache, entry);
    } else {
      return c.json(validationError('chat_id', 'chat_id or message_id is required'), 422);
    }
    const inRange = rows.filter((r) => {
      const t = reactionTime(r);
      return (
        (range.startMs === undefined || t >= range.startMs) &&
        (range.endMs === undefined || t <= range.endMs)
      );
    });
    const page = inRange.slice(paging.offset, paging.offset + paging.limit);
    const count = page.length;
    return c.json(
      sortKeys({
        count,
        from: count > 0 ? paging.offset + 1 : paging.offset,
        to: paging.offset + count,
        start_time: q('start_time') ?? null,
        end_time: q('end_time') ?? null,
        reactions: page,
      }),
      200,
    );
  });
}
