/**
 * What the routes call: the typed Periskope API behind caches keyed by phone scope.
 *
 * Lists are served as slices of cached upstream blocks ({@link BlockCache}); single objects
 * (a chat with members, a message with reactions, the phone list) are cached whole. Every
 * cache key starts with the `x-phone` scope, so one phone's data is never served to another.
 */
import { LRUCache } from 'lru-cache';
import type { ChatListFilters, Page, PeriskopeApi, TimeRange } from './api.ts';
import { BlockCache, fetchOrThrow } from './block-cache.ts';
import type { Chat } from './schemas/chat.ts';
import type { Message, MessageWithReactions } from './schemas/message.ts';
import type { Notification } from './schemas/notification.ts';
import type { Phone } from './schemas/phone.ts';

export interface ServiceOptions {
  /** Items per upstream list call (≤ 2000). */
  blockSize: number;
  /** Freshness of cached upstream data, in ms. */
  ttlMs: number;
}

/** Scope of one BFF request: the `x-phone` to send (undefined = all phones) and the abort signal. */
export interface Scope {
  phone?: string | undefined;
  signal?: AbortSignal | undefined;
}

type Loader<T> = () => Promise<T>;

/** Stable cache key: scope first, then the resource and its canonical (sorted) parameters. */
function key(scope: Scope, resource: string, params: object = {}): string {
  const canonical = Object.entries(params)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${k}=${String(v)}`)
    .join('&');
  return `${scope.phone ?? '*'}|${resource}?${canonical}`;
}

function objectCache<T extends {}>(ttlMs: number, max: number) {
  return new LRUCache<string, T, Loader<T>>({
    max,
    ttl: Math.max(1, ttlMs),
    allowStale: true,
    noDeleteOnStaleGet: true,
    allowStaleOnFetchRejection: true,
    fetchMethod: (_key, _stale, { context }) => context(),
  });
}

const fetchObject = <T extends {}>(cache: LRUCache<string, T, Loader<T>>, k: string, load: Loader<T>) => fetchOrThrow(cache, k, load);

/** Creates the service. The key never appears here: it lives in the HTTP client. */
export function createPeriskopeService(api: PeriskopeApi, options: ServiceOptions) {
  const blocks = { blockSize: options.blockSize, ttlMs: options.ttlMs };
  const chats = new BlockCache<Chat>(blocks);
  const messages = new BlockCache<Message>(blocks);
  const notifications = new BlockCache<Notification>(blocks);
  const chatById = objectCache<Chat>(options.ttlMs, 500);
  const messageById = objectCache<MessageWithReactions>(options.ttlMs, 2000);
  const phones = objectCache<Phone[]>(options.ttlMs * 6, 2);
  const upstream = (scope: Scope) => ({ phone: scope.phone, signal: undefined });

  return {
    listChats: (filters: ChatListFilters, page: Page, scope: Scope) =>
      chats.slice(key(scope, 'chats', filters), page.offset, page.limit, (offset, limit) =>
        api.listChats(filters, { offset, limit }, upstream(scope))),
    getChat: (chat_id: string, scope: Scope) =>
      fetchObject(chatById, key(scope, `chat/${chat_id}`), () => api.getChat(chat_id, upstream(scope))),
    listChatMessages: (chat_id: string, page: Page, scope: Scope) =>
      messages.slice(key(scope, `chat/${chat_id}/messages`), page.offset, page.limit, (offset, limit) =>
        api.listChatMessages(chat_id, { offset, limit }, upstream(scope))),
    listMessages: (range: TimeRange, page: Page, scope: Scope) =>
      messages.slice(key(scope, 'messages', range), page.offset, page.limit, (offset, limit) =>
        api.listMessages(range, { offset, limit }, upstream(scope))),
    listChatNotifications: (chat_id: string, page: Page, scope: Scope) =>
      notifications.slice(key(scope, `chat/${chat_id}/notifications`), page.offset, page.limit, (offset, limit) =>
        api.listChatNotifications(chat_id, { offset, limit }, upstream(scope))),
    listNotifications: (range: TimeRange, page: Page, scope: Scope) =>
      notifications.slice(key(scope, 'notifications', range), page.offset, page.limit, (offset, limit) =>
        api.listNotifications(range, { offset, limit }, upstream(scope))),
    getMessage: (message_id: string, scope: Scope) =>
      fetchObject(messageById, key(scope, `message/${message_id}`), () => api.getMessage(message_id, upstream(scope))),
    listPhones: () => fetchObject(phones, 'phones/all', () => api.listPhones({})),
  };
}

export type PeriskopeService = ReturnType<typeof createPeriskopeService>;
