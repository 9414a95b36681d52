/**
 * Typed Periskope read API: builds each documented path, calls the one HTTP client and parses
 * the answer with the boundary schemas. Nothing else in the server parses upstream JSON.
 *
 * @see periskope-api.md (shared with the team) §3 endpoints, §6 quirks handled by the schemas
 */
import type { z } from 'zod';
import type { GetOptions, PeriskopeHttp } from './client.ts';
import { UpstreamError } from './errors.ts';
import { chatSchema } from './schemas/chat.ts';
import { chatListSchema, messageListSchema, notificationListSchema, reactionListSchema } from './schemas/envelope.ts';
import { messageWithReactionsSchema } from './schemas/message.ts';
import { phoneListSchema } from './schemas/phone.ts';

/** Upstream paging: `offset` items skipped, at most `limit` (≤ 2000, §2) returned. */
export interface Page {
  offset: number;
  limit: number;
}

/** Filters of GET /chats (§3). */
export interface ChatListFilters {
  sort_by?: 'created_at' | 'latest_message_timestamp' | undefined;
  sort_order?: 'asc' | 'desc' | undefined;
  chat_type?: 'user' | 'group' | 'business' | undefined;
  label?: string | undefined;
  start_time?: string | undefined;
  end_time?: string | undefined;
}

/** Time window of the cross-chat lists (§2 "Time filters"). */
export interface TimeRange {
  start_time?: string | undefined;
  end_time?: string | undefined;
}

export type CallOptions = Pick<GetOptions, 'phone' | 'signal' | 'onBody'>;

/** Path segment for an id: always percent-encoded so it can never change the upstream path. */
const seg = (id: string) => encodeURIComponent(id);

function parse<S extends z.ZodType>(schema: S, json: unknown, path: string): z.output<S> {
  const result = schema.safeParse(json);
  if (!result.success) {
    // Issue paths only: values could be message text.
    const where = result.error.issues.slice(0, 3).map((i) => i.path.join('.')).join(', ');
    throw new UpstreamError('invalid_response', 200, `${path} (${where})`);
  }
  return result.data;
}

/** Creates the typed API over an HTTP client. Every method throws {@link UpstreamError}. */
export function createPeriskopeApi(http: PeriskopeHttp) {
  const get = async <S extends z.ZodType>(schema: S, path: string, opts: CallOptions, query?: Record<string, string | number | undefined>) =>
    parse(schema, await http.get(path, { ...opts, query }), path);

  return {
    /** GET /chats → chats without `members`. */
    listChats: (filters: ChatListFilters, page: Page, opts: CallOptions) =>
      get(chatListSchema, '/chats', opts, { ...filters, ...page }).then((r) => r.chats),
    /** GET /chats/{chat_id} → one chat with `members`. */
    getChat: (chat_id: string, opts: CallOptions) => get(chatSchema, `/chats/${seg(chat_id)}`, opts),
    /** GET /chats/{chat_id}/messages → newest first. */
    listChatMessages: (chat_id: string, page: Page, opts: CallOptions) =>
      get(messageListSchema, `/chats/${seg(chat_id)}/messages`, opts, { ...page }).then((r) => r.messages),
    /** GET /chats/messages → messages across chats, newest first. */
    listMessages: (range: TimeRange, page: Page, opts: CallOptions) =>
      get(messageListSchema, '/chats/messages', opts, { ...range, ...page }).then((r) => r.messages),
    /** GET /chats/{chat_id}/notifications → newest first (array key `messages`, gotcha 1). */
    listChatNotifications: (chat_id: string, page: Page, opts: CallOptions) =>
      get(notificationListSchema, `/chats/${seg(chat_id)}/notifications`, opts, { ...page }).then((r) => r.notifications),
    /** GET /chats/notifications → notifications across groups, newest first. */
    listNotifications: (range: TimeRange, page: Page, opts: CallOptions) =>
      get(notificationListSchema, '/chats/notifications', opts, { ...range, ...page }).then((r) => r.notifications),
    /** GET /message/{message_id} → message with `reactions[]`. */
    getMessage: (message_id: string, opts: CallOptions) =>
      get(messageWithReactionsSchema, `/message/${seg(message_id)}`, opts),
    /**
     * GET /reactions?chat_id → a chat's reactions, newest first. One call instead of one
     * GET /message/{id} per message on screen (§3; `limit` default 500, so always sent).
     */
    listChatReactions: (chat_id: string, page: Page, opts: CallOptions) =>
      get(reactionListSchema, '/reactions', opts, { chat_id, ...page }).then((r) => r.reactions),
    /** GET /phones/all → every org phone (takes no x-phone). */
    listPhones: (opts: Pick<CallOptions, 'signal' | 'onBody'>) => get(phoneListSchema, '/phones/all', opts),
  };
}

export type PeriskopeApi = ReturnType<typeof createPeriskopeApi>;
