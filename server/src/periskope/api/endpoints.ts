/**
 * Typed Periskope read API: builds each documented path, calls the one HTTP client and parses
 * the answer with the boundary schemas. Nothing else in the server parses upstream JSON.
 *
 * Lists are parsed item by item (schemas/tolerance.ts): a list answers one slot per upstream item,
 * `null` where an item could not be read (a message becomes a placeholder instead), so upstream
 * positions stay exact for the block cache. Every unreadable item is reported to `onInvalid`.
 *
 * @see docs/periskope-api.md#endpoints endpoints, "Quirks" handled by the schemas
 */
import type { z } from 'zod';
import type { GetOptions, PeriskopeHttp } from '../http/index.ts';
import { UpstreamError } from '../http/index.ts';
import { chatSchema, type Chat } from './schemas/chat.ts';
import {
  chatListSchema,
  messageListSchema,
  notificationListSchema,
  phoneListSchema,
  reactionListSchema,
} from './schemas/envelope.ts';
import { unreadableMessage } from './schemas/placeholder.ts';
import { messageSchema, messageWithReactionsSchema, type Message } from './schemas/message.ts';
import { reactionSchema, type Reaction } from './schemas/reaction.ts';
import { notificationSchema, type Notification } from './schemas/notification.ts';
import { phoneSchema, type Phone } from './schemas/phone.ts';
import { collectInvalid, parseSlots } from './schemas/tolerance.ts';

/**
 * Upstream paging: `offset` items skipped, at most `limit` (≤ 2000, docs/periskope-api.md#lists)
 * returned.
 */
export interface Page {
  offset: number;
  limit: number;
}

/** Filters of GET /chats (docs/periskope-api.md#endpoints). */
export interface ChatListFilters {
  sort_by?: 'created_at' | 'latest_message_timestamp' | undefined;
  sort_order?: 'asc' | 'desc' | undefined;
  chat_type?: 'user' | 'group' | 'business' | undefined;
  label?: string | undefined;
  start_time?: string | undefined;
  end_time?: string | undefined;
}

/** Time window of the cross-chat lists (docs/periskope-api.md#lists "Time filters"). */
export interface TimeRange {
  start_time?: string | undefined;
  end_time?: string | undefined;
}

export type CallOptions = Pick<GetOptions, 'phone' | 'signal' | 'onBody'> & {
  /**
   * The BFF request the call serves (first of a coalesced group), passed to the invalid-item
   * handler for its log line.
   */
  requestId?: string | undefined;
};

/** Path segment for an id: always percent-encoded so it can never change the upstream path. */
const seg = (id: string) => encodeURIComponent(id);

/**
 * Told each unreadable upstream item: the resource (`chats`, `messages`, `chat`…), the field path
 * (never a value) and the id of the BFF request whose upstream call met it, when there is one.
 */
export type InvalidItemHandler = (
  resource: string,
  path: string,
  requestId: string | undefined,
) => void;

/** One slot per upstream item: the parsed item, or null where it could not be read. */
export type Slots<T> = (T | null)[];

const skip = () => null;

/** Creates the typed API over an HTTP client. Every method throws {@link UpstreamError}. */
export function createPeriskopeApi(http: PeriskopeHttp, onInvalid: InvalidItemHandler = () => {}) {
  /**
   * GETs `path` and parses it with `schema` (the envelope); `then` turns the envelope into items
   * inside the same invalid-item sink.
   * @throws {UpstreamError} `invalid_response` when the body is not the documented envelope
   */
  const get = async <S extends z.ZodType, R = z.output<S>>(
    resource: string,
    schema: S,
    path: string,
    opts: CallOptions,
    query?: Record<string, string | number | undefined>,
    then?: (envelope: z.output<S>) => R,
  ): Promise<R> => {
    const { requestId, ...httpOptions } = opts;
    const json = await http.get(path, { ...httpOptions, query });
    return collectInvalid(
      (field) => onInvalid(resource, field, requestId),
      () => {
        const result = schema.safeParse(json);
        if (!result.success) {
          // Issue paths only: values could be message text.
          const where = result.error.issues
            .slice(0, 3)
            .map((i) => i.path.join('.'))
            .join(', ');
          throw new UpstreamError('invalid_response', 200, `${path} (${where})`);
        }
        return then ? then(result.data) : (result.data as R);
      },
    );
  };
  const chats = (raw: unknown[]): Slots<Chat> => parseSlots(chatSchema, raw, '', skip);
  const messages =
    (offset: number) =>
    (raw: unknown[]): Message[] =>
      parseSlots(messageSchema, raw, '', (value, i) => unreadableMessage(value, offset + i));
  const notifications = (raw: unknown[]): Slots<Notification> =>
    parseSlots(notificationSchema, raw, '', skip);
  const reactions = (raw: unknown[]): Slots<Reaction> => parseSlots(reactionSchema, raw, '', skip);

  return {
    /** GET /chats → chats without `members`. */
    listChats: (filters: ChatListFilters, page: Page, opts: CallOptions) =>
      get('chats', chatListSchema, '/chats', opts, { ...filters, ...page }, (r) => chats(r.chats)),
    /** GET /chats/{chat_id} → one chat with `members`. */
    getChat: (chat_id: string, opts: CallOptions) =>
      get('chat', chatSchema, `/chats/${seg(chat_id)}`, opts),
    /** GET /chats/{chat_id}/messages → newest first; an unreadable message is a placeholder. */
    listChatMessages: (chat_id: string, page: Page, opts: CallOptions) =>
      get(
        'messages',
        messageListSchema,
        `/chats/${seg(chat_id)}/messages`,
        opts,
        { ...page },
        (r) => messages(page.offset)(r.messages),
      ),
    /** GET /chats/messages → messages across chats, newest first. */
    listMessages: (range: TimeRange, page: Page, opts: CallOptions) =>
      get('messages', messageListSchema, '/chats/messages', opts, { ...range, ...page }, (r) =>
        messages(page.offset)(r.messages),
      ),
    /** GET /chats/{chat_id}/notifications → newest first (array key `messages`, Quirks). */
    listChatNotifications: (chat_id: string, page: Page, opts: CallOptions) =>
      get(
        'notifications',
        notificationListSchema,
        `/chats/${seg(chat_id)}/notifications`,
        opts,
        { ...page },
        (r) => notifications(r.notifications),
      ),
    /** GET /chats/notifications → notifications across groups, newest first. */
    listNotifications: (range: TimeRange, page: Page, opts: CallOptions) =>
      get(
        'notifications',
        notificationListSchema,
        '/chats/notifications',
        opts,
        { ...range, ...page },
        (r) => notifications(r.notifications),
      ),
    /** GET /message/{message_id} → message with `reactions[]`. */
    getMessage: (message_id: string, opts: CallOptions) =>
      get('message', messageWithReactionsSchema, `/message/${seg(message_id)}`, opts),
    /**
     * GET /reactions?chat_id → a chat's reactions, newest first. One call instead of one GET
     * /message/{id} per message on screen (docs/periskope-api.md#endpoints; `limit` default 500, so
     * always sent).
     */
    listChatReactions: (chat_id: string, page: Page, opts: CallOptions) =>
      get('reactions', reactionListSchema, '/reactions', opts, { chat_id, ...page }, (r) =>
        reactions(r.reactions),
      ),
    /**
     * GET /phones/all → every org phone (takes no x-phone); a phone that cannot be read is left
     * out.
     */
    listPhones: (opts: Pick<CallOptions, 'signal' | 'onBody' | 'requestId'>): Promise<Phone[]> =>
      get('phones', phoneListSchema, '/phones/all', opts, undefined, (raw) =>
        parseSlots(phoneSchema, raw, '', skip).filter((p): p is Phone => p !== null),
      ),
  };
}

export type PeriskopeApi = ReturnType<typeof createPeriskopeApi>;
