/**
 * What the routes call: the typed Periskope API behind caches keyed by phone scope.
 *
 * Lists are served as slices of cached upstream blocks ({@link BlockCache}); single objects
 * (a chat with members, a message with reactions, the phone list) are cached whole. Every
 * cache key starts with the `x-phone` scope, so one phone's data is never served to another.
 * Every answer says when its data was fetched and whether it is older than its TTL (`stale`).
 * Searches and the unread/assignee filters are answered from the per-scope {@link ChatIndex}.
 */
import { Problem } from '../problem.ts';
import type {
  CallOptions,
  Chat,
  ChatListFilters,
  Message,
  MessageWithReactions,
  Notification,
  Page,
  PeriskopeApi,
  Phone,
  Reaction,
  TimeRange,
} from './api/index.ts';
import {
  BlockCache,
  StampedCache,
  filteredSlice,
  type CacheResult,
  type Fresh,
  type Scope,
  type Slice,
  type Stamped,
} from './cache/index.ts';
import { ChatIndex, type ChatIndexOptions, type ChatIndexQuery } from './chat-index/index.ts';

export interface ServiceOptions {
  /** Items per upstream list call (≤ 2000). */
  blockSize: number;
  /** Freshness of cached upstream data, in ms. */
  ttlMs: number;
  /**
   * Memory budget of the upstream caches: characters of upstream JSON kept (≈ bytes; the parsed
   * data takes roughly 3× that on the heap), shared out by {@link CACHE_SHARES}. Default: none,
   * entry counts only.
   */
  cacheMaxChars?: number | undefined;
  /** Cache outcome per lookup, for metrics. */
  onCacheResult?: (resource: string, result: CacheResult) => void;
  /** The chat index: its refresh age in ms (default 60 000) and metrics hooks. */
  chatIndex?: Partial<Pick<ChatIndexOptions, 'ttlMs' | 'onBuild' | 'onIndexed'>>;
}

/**
 * How the cache budget is shared: chat and message blocks are what agents scroll; a chat by id
 * carries its members. Shares sum to 1.
 */
export const CACHE_SHARES = {
  chats: 0.35,
  messages: 0.3,
  notifications: 0.1,
  reactions: 0.05,
  chat: 0.15,
  message: 0.05,
} as const;

/** The listing the chat index pages through: latest activity first (the inbox order, §3). */
const INDEX_LISTING = { sort_by: 'latest_message_timestamp', sort_order: 'desc' } as const;

/** Stable cache key: scope first, then the resource and its canonical (sorted) parameters. */
function key(scope: Scope, resource: string, params: object = {}): string {
  const canonical = Object.entries(params)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${k}=${String(v)}`)
    .join('&');
  return `${scope.phone ?? '*'}|${resource}?${canonical}`;
}

/** Creates the service. The key never appears here: it lives in the HTTP client. */
export function createPeriskopeService(api: PeriskopeApi, options: ServiceOptions) {
  const observe = (resource: string) => (result: CacheResult) =>
    options.onCacheResult?.(resource, result);
  const share = (resource: keyof typeof CACHE_SHARES) =>
    options.cacheMaxChars ? Math.floor(options.cacheMaxChars * CACHE_SHARES[resource]) : undefined;
  const blocks = (resource: keyof typeof CACHE_SHARES) => ({
    blockSize: options.blockSize,
    ttlMs: options.ttlMs,
    maxChars: share(resource),
    onResult: observe(resource),
  });
  const chats = new BlockCache<Chat>(blocks('chats'));
  const messages = new BlockCache<Message>(blocks('messages'));
  const notifications = new BlockCache<Notification>(blocks('notifications'));
  const reactions = new BlockCache<Reaction>(blocks('reactions'));
  const chatById = new StampedCache<Chat>({
    ttlMs: options.ttlMs,
    max: 500,
    maxChars: share('chat'),
    onResult: observe('chat'),
  });
  const messageById = new StampedCache<MessageWithReactions>({
    ttlMs: options.ttlMs,
    max: 2000,
    maxChars: share('message'),
    onResult: observe('message'),
  });
  const chatIndex = new ChatIndex({
    ...options.chatIndex,
    blockSize: options.blockSize,
    ttlMs: options.chatIndex?.ttlMs ?? 60_000,
  });
  const phones = new StampedCache<Phone[]>({
    ttlMs: options.ttlMs * 6,
    max: 2,
    onResult: observe('phones'),
  });
  const allPhones = (requestId?: string) =>
    phones.get('phones/all', (onBody) => api.listPhones({ onBody, requestId }));
  /**
   * Periskope answers 401 for a phone outside the key's scope (§1), which would read as "the
   * server's key was rejected". On a cache miss, check the phone against the org's phones first
   * (cached) so the browser is told its `phone` parameter is wrong. If the phone list itself
   * fails, upstream decides.
   * @throws {Problem} 400 naming `phone`
   */
  async function assertKnownPhone(phone: string | undefined, requestId?: string): Promise<void> {
    if (!phone) return;
    const known = await allPhones(requestId).then(
      (p) => p.value,
      () => null,
    );
    if (
      !known ||
      known.some((p) => p.phone_id === phone || p.org_phone?.replace(/@c\.us$/, '') === phone)
    )
      return;
    throw new Problem({
      status: 400,
      code: 'invalid_parameter',
      title: 'Invalid parameter',
      detail: 'Invalid value for: phone.',
      errors: [{ name: 'phone', reason: 'not a phone of this organisation' }],
    });
  }
  /** An upstream call in `scope`, run only on a cache miss; `onBody` sizes the cache entry. */
  const call =
    <T>(scope: Scope, run: (opts: CallOptions) => Promise<T>) =>
    (onBody?: (chars: number) => void) =>
      assertKnownPhone(scope.phone, scope.requestId).then(() =>
        run({ phone: scope.phone, onBody, requestId: scope.requestId }),
      );
  const paged =
    <T>(scope: Scope, run: (page: Page, opts: CallOptions) => Promise<T[]>) =>
    (offset: number, limit: number, onBody?: (chars: number) => void) =>
      call(scope, (opts) => run({ offset, limit }, opts))(onBody);
  const fresh = (fetchedAt: number, ttl = options.ttlMs): Fresh => ({
    fetchedAt,
    stale: Date.now() - fetchedAt > ttl,
  });
  const list = <T>(slice: Slice<T>) => ({ ...slice, ...fresh(slice.fetchedAt) });
  const one = <T>(stamped: Stamped<T>, ttl?: number) => ({
    value: stamped.value,
    ...fresh(stamped.fetchedAt, ttl),
  });
  const listing = (scope: Scope) => paged(scope, (p, o) => api.listChats(INDEX_LISTING, p, o));

  return {
    listChats: async (filters: ChatListFilters, page: Page, scope: Scope) =>
      list(
        await chats.slice(
          key(scope, 'chats', filters),
          page.offset,
          page.limit,
          paged(scope, (p, o) => api.listChats(filters, p, o)),
        ),
      ),
    /** Search and filters over the scope's chat index (chat-index-query.ts). */
    searchChats: (query: ChatIndexQuery, page: Page, scope: Scope) =>
      chatIndex.search(scope, listing(scope), query, page),
    /** Assignee, label and unread counts of the scope's chat index. */
    chatFacets: (scope: Scope) => chatIndex.facets(scope, listing(scope)),
    getChat: async (chat_id: string, scope: Scope) =>
      one(
        await chatById.get(
          key(scope, `chat/${chat_id}`),
          call(scope, (o) => api.getChat(chat_id, o)),
        ),
      ),
    listChatMessages: async (chat_id: string, page: Page, scope: Scope) =>
      list(
        await messages.slice(
          key(scope, `chat/${chat_id}/messages`),
          page.offset,
          page.limit,
          paged(scope, (p, o) => api.listChatMessages(chat_id, p, o)),
        ),
      ),
    listMessages: async (range: TimeRange, page: Page, scope: Scope) =>
      list(
        await messages.slice(
          key(scope, 'messages', range),
          page.offset,
          page.limit,
          paged(scope, (p, o) => api.listMessages(range, p, o)),
        ),
      ),
    listChatNotifications: async (chat_id: string, page: Page, scope: Scope) =>
      list(
        await notifications.slice(
          key(scope, `chat/${chat_id}/notifications`),
          page.offset,
          page.limit,
          paged(scope, (p, o) => api.listChatNotifications(chat_id, p, o)),
        ),
      ),
    /**
     * Notifications across chats. With `matches` (e.g. a type filter) the page is scanned out of
     * the same cached blocks (filtered-slice.ts): `offset`/`next_offset` stay raw positions.
     * `last` is the last (oldest) notification examined, matching or not; null past the end.
     */
    listNotifications: async (
      range: TimeRange,
      page: Page,
      scope: Scope,
      matches?: (n: Notification) => boolean,
    ) => {
      const listKey = key(scope, 'notifications', range);
      const load = paged(scope, (p, o) => api.listNotifications(range, p, o));
      if (matches) {
        const slice = await filteredSlice(
          notifications,
          listKey,
          page.offset,
          page.limit,
          options.blockSize,
          load,
          matches,
        );
        return { ...list(slice), last: slice.last };
      }
      const slice = await notifications.slice(listKey, page.offset, page.limit, load);
      return { ...list(slice), last: slice.items.at(-1) ?? null };
    },
    listChatReactions: async (chat_id: string, page: Page, scope: Scope) =>
      list(
        await reactions.slice(
          key(scope, `chat/${chat_id}/reactions`),
          page.offset,
          page.limit,
          paged(scope, (p, o) => api.listChatReactions(chat_id, p, o)),
        ),
      ),
    getMessage: async (message_id: string, scope: Scope) =>
      one(
        await messageById.get(
          key(scope, `message/${message_id}`),
          call(scope, (o) => api.getMessage(message_id, o)),
        ),
      ),
    /** Every org phone (no x-phone); `scope.requestId` only names the request in log lines. */
    listPhones: async (scope: Scope = {}) =>
      one(await allPhones(scope.requestId), options.ttlMs * 6),
    /** Characters of upstream JSON each cache holds, for the `cache_chars` gauge (CACHE_MAX_MB). */
    cacheChars: (): Record<keyof typeof CACHE_SHARES, number> => ({
      chats: chats.chars,
      messages: messages.chars,
      notifications: notifications.chars,
      reactions: reactions.chars,
      chat: chatById.chars,
      message: messageById.chars,
    }),
  };
}

export type PeriskopeService = ReturnType<typeof createPeriskopeService>;
