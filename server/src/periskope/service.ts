/**
 * What the routes call: the typed Periskope API behind caches keyed by phone scope.
 *
 * Lists are served as slices of cached upstream blocks ({@link BlockCache}); single objects
 * (a chat with members, a message with reactions, the phone list) are cached whole. Every
 * cache key starts with the `x-phone` scope, so one phone's data is never served to another.
 * Every answer says when its data was fetched and whether it is older than its TTL (`stale`).
 * Searches and the unread/assignee filters are answered from the per-scope {@link ChatIndex}.
 */
import { systemClock, type Clock } from '../clock.ts';
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
import {
  ChatIndex,
  type ChatFacets,
  type ChatIndexOptions,
  type ChatIndexQuery,
  type IndexStatus,
  type SearchResult,
} from './chat-index/index.ts';

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
  /**
   * Clock of the cached data, epoch ms: stamps `fetchedAt`, decides `stale`, and ages the caches
   * and the chat index against their TTLs. Default: the system clock (`Date.now()`).
   */
  now?: Clock;
}

/** A page of a list plus its freshness (`fetchedAt` of its oldest block, epoch ms; `stale`). */
export type FreshSlice<T> = Slice<T> & Fresh;

/** One cached object (`value`) plus its freshness (`fetchedAt` epoch ms; `stale`). */
export type FreshValue<T> = { value: T } & Fresh;

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

/**
 * The listing the chat index pages through: latest activity first (the inbox order,
 * docs/periskope-api.md#endpoints).
 */
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

/**
 * The cached Periskope service the routes call (as `c.var.periskope`). The key never appears
 * here: it lives in the HTTP client behind `api`.
 *
 * Every method takes the phone {@link Scope} of the request, first part of every cache key, and
 * throws, when nothing cached can answer, what the upstream call threw: `UpstreamError`,
 * `LimiterBusyError` or `CircuitOpenError` (periskope/http), which routes turn into problem+json.
 * Methods read `this`: pass one on as a closure (`() => service.cacheChars()`), not detached.
 * `now` alone is a plain function field, safe to pass as it is.
 */
export class PeriskopeService {
  /** The service's clock, epoch ms: what `fetchedAt` and `stale` are measured against. */
  readonly now: Clock;
  readonly #api: PeriskopeApi;
  readonly #blockSize: number;
  readonly #ttlMs: number;
  readonly #chats: BlockCache<Chat>;
  readonly #messages: BlockCache<Message>;
  readonly #notifications: BlockCache<Notification>;
  readonly #reactions: BlockCache<Reaction>;
  readonly #chatById: StampedCache<Chat>;
  readonly #messageById: StampedCache<MessageWithReactions>;
  readonly #phones: StampedCache<Phone[]>;
  readonly #chatIndex: ChatIndex;

  /**
   * @param api - the typed, uncached Periskope API (periskope/api)
   * @param options - block size, TTLs (ms), cache budget (characters), clock and metrics hooks
   */
  constructor(api: PeriskopeApi, options: ServiceOptions) {
    this.#api = api;
    this.#blockSize = options.blockSize;
    this.#ttlMs = options.ttlMs;
    this.now = options.now ?? systemClock;
    const observe = (resource: string) => (result: CacheResult) =>
      options.onCacheResult?.(resource, result);
    const share = (resource: keyof typeof CACHE_SHARES) =>
      options.cacheMaxChars
        ? Math.floor(options.cacheMaxChars * CACHE_SHARES[resource])
        : undefined;
    const blocks = (resource: keyof typeof CACHE_SHARES) => ({
      blockSize: options.blockSize,
      ttlMs: options.ttlMs,
      maxChars: share(resource),
      onResult: observe(resource),
      now: options.now,
    });
    this.#chats = new BlockCache<Chat>(blocks('chats'));
    this.#messages = new BlockCache<Message>(blocks('messages'));
    this.#notifications = new BlockCache<Notification>(blocks('notifications'));
    this.#reactions = new BlockCache<Reaction>(blocks('reactions'));
    this.#chatById = new StampedCache<Chat>({
      ttlMs: options.ttlMs,
      max: 500,
      maxChars: share('chat'),
      onResult: observe('chat'),
      now: options.now,
    });
    this.#messageById = new StampedCache<MessageWithReactions>({
      ttlMs: options.ttlMs,
      max: 2000,
      maxChars: share('message'),
      onResult: observe('message'),
      now: options.now,
    });
    this.#chatIndex = new ChatIndex({
      ...options.chatIndex,
      blockSize: options.blockSize,
      ttlMs: options.chatIndex?.ttlMs ?? 60_000,
      now: this.now,
    });
    this.#phones = new StampedCache<Phone[]>({
      ttlMs: options.ttlMs * 6,
      max: 2,
      onResult: observe('phones'),
      now: options.now,
    });
  }

  /**
   * A page of GET /chats with `filters`, cut from cached upstream blocks.
   * @returns the readable chats at `page.offset`…, `next_offset` (null at the end), and freshness
   * @throws {Problem} 400 when `scope.phone` is not a phone of the organisation
   */
  async listChats(filters: ChatListFilters, page: Page, scope: Scope): Promise<FreshSlice<Chat>> {
    return this.#list(
      await this.#chats.slice(
        key(scope, 'chats', filters),
        page.offset,
        page.limit,
        this.#paged(scope, (p, o) => this.#api.listChats(filters, p, o)),
      ),
    );
  }

  /**
   * Search and filters over the scope's chat index (chat-index/query.ts).
   * @returns the matching page, `total` matches, and the index's status (`complete`, `indexed`,
   *   freshness)
   * @throws the upstream error when the scope has no index yet and its first page fails
   */
  searchChats(
    query: ChatIndexQuery,
    page: Page,
    scope: Scope,
  ): Promise<SearchResult & IndexStatus> {
    return this.#chatIndex.search(scope, this.#listing(scope), query, page);
  }

  /**
   * Assignee, label and unread counts of the scope's chat index.
   * @throws as {@link PeriskopeService.searchChats}
   */
  chatFacets(scope: Scope): Promise<ChatFacets & IndexStatus> {
    return this.#chatIndex.facets(scope, this.#listing(scope));
  }

  /**
   * One chat with its members, cached whole.
   * @throws {Problem} 400 when `scope.phone` is not a phone of the organisation
   */
  async getChat(chat_id: string, scope: Scope): Promise<FreshValue<Chat>> {
    return this.#one(
      await this.#chatById.get(
        key(scope, `chat/${chat_id}`),
        this.#call(scope, (o) => this.#api.getChat(chat_id, o)),
      ),
    );
  }

  /**
   * A page of one chat's messages, cut from cached upstream blocks.
   * @throws {Problem} 400 when `scope.phone` is not a phone of the organisation
   */
  async listChatMessages(chat_id: string, page: Page, scope: Scope): Promise<FreshSlice<Message>> {
    return this.#list(
      await this.#messages.slice(
        key(scope, `chat/${chat_id}/messages`),
        page.offset,
        page.limit,
        this.#paged(scope, (p, o) => this.#api.listChatMessages(chat_id, p, o)),
      ),
    );
  }

  /**
   * A page of messages across chats within `range`, cut from cached upstream blocks.
   * @throws {Problem} 400 when `scope.phone` is not a phone of the organisation
   */
  async listMessages(range: TimeRange, page: Page, scope: Scope): Promise<FreshSlice<Message>> {
    return this.#list(
      await this.#messages.slice(
        key(scope, 'messages', range),
        page.offset,
        page.limit,
        this.#paged(scope, (p, o) => this.#api.listMessages(range, p, o)),
      ),
    );
  }

  /**
   * A page of one chat's notifications, cut from cached upstream blocks.
   * @throws {Problem} 400 when `scope.phone` is not a phone of the organisation
   */
  async listChatNotifications(
    chat_id: string,
    page: Page,
    scope: Scope,
  ): Promise<FreshSlice<Notification>> {
    return this.#list(
      await this.#notifications.slice(
        key(scope, `chat/${chat_id}/notifications`),
        page.offset,
        page.limit,
        this.#paged(scope, (p, o) => this.#api.listChatNotifications(chat_id, p, o)),
      ),
    );
  }

  /**
   * Notifications across chats. With `matches` (e.g. a type filter) the page is scanned out of
   * the same cached blocks (filtered-slice.ts): `offset`/`next_offset` stay raw positions.
   * @returns the page and `last`: the last (oldest) notification examined, matching or not; null
   *   past the end
   * @throws {Problem} 400 when `scope.phone` is not a phone of the organisation
   */
  async listNotifications(
    range: TimeRange,
    page: Page,
    scope: Scope,
    matches?: (n: Notification) => boolean,
  ): Promise<FreshSlice<Notification> & { last: Notification | null }> {
    const listKey = key(scope, 'notifications', range);
    const load = this.#paged(scope, (p, o) => this.#api.listNotifications(range, p, o));
    if (matches) {
      const slice = await filteredSlice(
        this.#notifications,
        listKey,
        page.offset,
        page.limit,
        this.#blockSize,
        load,
        matches,
      );
      return { ...this.#list(slice), last: slice.last };
    }
    const slice = await this.#notifications.slice(listKey, page.offset, page.limit, load);
    return { ...this.#list(slice), last: slice.items.at(-1) ?? null };
  }

  /**
   * A page of one chat's reactions, cut from cached upstream blocks.
   * @throws {Problem} 400 when `scope.phone` is not a phone of the organisation
   */
  async listChatReactions(
    chat_id: string,
    page: Page,
    scope: Scope,
  ): Promise<FreshSlice<Reaction>> {
    return this.#list(
      await this.#reactions.slice(
        key(scope, `chat/${chat_id}/reactions`),
        page.offset,
        page.limit,
        this.#paged(scope, (p, o) => this.#api.listChatReactions(chat_id, p, o)),
      ),
    );
  }

  /**
   * One message with its reactions, cached whole.
   * @throws {Problem} 400 when `scope.phone` is not a phone of the organisation
   */
  async getMessage(message_id: string, scope: Scope): Promise<FreshValue<MessageWithReactions>> {
    return this.#one(
      await this.#messageById.get(
        key(scope, `message/${message_id}`),
        this.#call(scope, (o) => this.#api.getMessage(message_id, o)),
      ),
    );
  }

  /**
   * Every org phone (no x-phone), cached for 6 × `ttlMs` and stale after it; `scope.requestId`
   * only names the request in log lines.
   */
  async listPhones(scope: Scope = {}): Promise<FreshValue<Phone[]>> {
    return this.#one(await this.#allPhones(scope.requestId), this.#ttlMs * 6);
  }

  /**
   * Characters of upstream JSON each cache holds, for the `cache_chars` gauge (CACHE_MAX_MB);
   * 0 for every cache without a `cacheMaxChars` budget.
   */
  cacheChars(): Record<keyof typeof CACHE_SHARES, number> {
    return {
      chats: this.#chats.chars,
      messages: this.#messages.chars,
      notifications: this.#notifications.chars,
      reactions: this.#reactions.chars,
      chat: this.#chatById.chars,
      message: this.#messageById.chars,
    };
  }

  /** The org's phones through their cache. */
  #allPhones(requestId?: string): Promise<Stamped<Phone[]>> {
    return this.#phones.get('phones/all', (onBody) => this.#api.listPhones({ onBody, requestId }));
  }

  /**
   * Periskope answers 401 for a phone outside the key's scope (docs/periskope-api.md#auth), which
   * would read as "the server's key was rejected". On a cache miss, check the phone against the
   * org's phones first (cached) so the browser is told its `phone` parameter is wrong. If the phone
   * list itself fails, upstream decides.
   * @throws {Problem} 400 naming `phone`
   */
  async #assertKnownPhone(phone: string | undefined, requestId?: string): Promise<void> {
    if (!phone) return;
    const known = await this.#allPhones(requestId).then(
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
  #call<T>(
    scope: Scope,
    run: (opts: CallOptions) => Promise<T>,
  ): (onBody?: (chars: number) => void) => Promise<T> {
    return (onBody) =>
      this.#assertKnownPhone(scope.phone, scope.requestId).then(() =>
        run({ phone: scope.phone, onBody, requestId: scope.requestId }),
      );
  }

  /** A block loader in `scope`: one upstream page per cache miss. */
  #paged<T>(
    scope: Scope,
    run: (page: Page, opts: CallOptions) => Promise<T[]>,
  ): (offset: number, limit: number, onBody?: (chars: number) => void) => Promise<T[]> {
    return (offset, limit, onBody) =>
      this.#call(scope, (opts) => run({ offset, limit }, opts))(onBody);
  }

  /** The listing the chat index pages through, in `scope`. */
  #listing(scope: Scope) {
    return this.#paged(scope, (p, o) => this.#api.listChats(INDEX_LISTING, p, o));
  }

  /** Freshness of data fetched at `fetchedAt` (epoch ms): stale past `ttl` ms. */
  #fresh(fetchedAt: number, ttl = this.#ttlMs): Fresh {
    return { fetchedAt, stale: this.now() - fetchedAt > ttl };
  }

  #list<T>(slice: Slice<T>): FreshSlice<T> {
    return { ...slice, ...this.#fresh(slice.fetchedAt) };
  }

  #one<T>(stamped: Stamped<T>, ttl?: number): FreshValue<T> {
    return { value: stamped.value, ...this.#fresh(stamped.fetchedAt, ttl) };
  }
}

/**
 * Creates the service (see {@link PeriskopeService}); kept so call sites need not say `new`.
 * @param options - block size, TTLs (ms), cache budget (characters), clock and metrics hooks
 */
export function createPeriskopeService(
  api: PeriskopeApi,
  options: ServiceOptions,
): PeriskopeService {
  return new PeriskopeService(api, options);
}
