/**
 * The chat index: every chat of a phone scope, listed from Periskope and held
 * in memory so GET /api/chats can search by name or number and filter by unread or assignee in
 * milliseconds. Periskope has no search, and the index is shared by every agent of the scope.
 *
 * Cost and freshness: one build lists the scope with GET /chats (latest activity first) in pages
 * of `blockSize` through the shared client (limiter, breaker, retries), one page after another,
 * until a short page: ⌊n / blockSize⌋ + 1 calls (20,000 chats at 1,000 = 21 calls, ~5 s of an
 * 8-per-2-s budget, interleaved with the agents' other calls). Builds are lazy: a request finds
 * the index older than `ttlMs` and starts a refresh in the background; an index nobody asks for
 * costs nothing.
 *
 * Rules:
 * - one build per scope at a time; concurrent requests share it;
 * - with no index yet, a request waits for the first page only and is answered from the pages
 *   loaded so far (`complete: false`);
 * - during a refresh the previous index answers (`stale` once older than `ttlMs`);
 * - a failed refresh keeps the previous index (stale-if-error) and is retried by a later request
 *   after a backoff (`retryMs`, doubling, at most `ttlMs`); a first build that fails after some
 *   pages keeps them as an incomplete index;
 * - with nothing to answer from, the upstream error is thrown (routes make it problem+json).
 * Memory: at most `maxScopes` scopes (lru-cache), each a {@link ChatSnapshot} of summaries.
 *
 * lru-cache's own fetch (cache/stamped-cache.ts) cannot answer from a half-built value, hence the
 * small state machine here.
 */
import { LRUCache } from 'lru-cache';
import { systemClock, type Clock } from '../../clock.ts';
import type { Page, Chat } from '../api/index.ts';
import {
  facetsOf,
  searchSnapshot,
  type ChatFacets,
  type ChatIndexQuery,
  type SearchResult,
} from './query.ts';
import { ChatSnapshot } from './snapshot.ts';
import type { Fresh, Scope } from '../cache/index.ts';

export interface ChatIndexOptions {
  /** Chats per upstream list call (≤ 2000, docs/periskope-api.md#lists). */
  blockSize: number;
  /** Age after which a request triggers a background refresh and answers are `stale`, ms. */
  ttlMs: number;
  /** Scopes kept (phones, plus "all phones"). Default 4. */
  maxScopes?: number;
  /**
   * First delay before retrying a failed build, ms; doubles per failure up to `ttlMs`. Default
   * 1000.
   */
  retryMs?: number;
  /** Most chats listed per scope (a guard against an upstream that never ends). Default 100,000. */
  maxChats?: number;
  /** A build ended: its outcome and duration in s. `scope` is the phone or `all`. */
  onBuild?: (scope: string, outcome: 'success' | 'failure', seconds: number) => void;
  /** Chats held for a scope changed; null once the scope is evicted. */
  onIndexed?: (scope: string, chats: number | null) => void;
  /**
   * Clock of the index, epoch ms: stamps `fetchedAt`, ages the index against `ttlMs` and times
   * the retry backoff. Default: the system clock. (Build durations for `onBuild` are measured on
   * `performance.now()` whatever the clock.)
   */
  now?: Clock;
}

/**
 * Loads `limit` chats from `offset` of the scope's listing, latest activity first: one slot per
 * upstream item, `null` where a chat could not be read (api/endpoints.ts).
 */
export type ChatPageLoader = (offset: number, limit: number) => Promise<(Chat | null)[]>;

/** How complete and how old the index behind an answer is. */
export interface IndexStatus extends Fresh {
  complete: boolean;
  /** Chats in the index. */
  indexed: number;
}

interface Build {
  snapshot: ChatSnapshot;
  /** Resolves once the first page is in; rejects with the upstream error if it never comes. */
  firstPage: Promise<void>;
}

interface ScopeState {
  /** The index answering requests: complete, or left incomplete by a failed first build. */
  current: ChatSnapshot | null;
  building: Build | null;
  failures: number;
  /** No background build before this time (epoch ms). */
  retryAt: number;
}

const label = (scope: Scope) => scope.phone ?? 'all';

export class ChatIndex {
  readonly #options: Required<Omit<ChatIndexOptions, 'onBuild' | 'onIndexed'>> &
    Pick<ChatIndexOptions, 'onBuild' | 'onIndexed'>;
  readonly #scopes: LRUCache<string, ScopeState>;

  constructor(options: ChatIndexOptions) {
    this.#options = {
      maxScopes: 4,
      retryMs: 1000,
      maxChats: 100_000,
      ...options,
      now: options.now ?? systemClock,
    };
    this.#scopes = new LRUCache<string, ScopeState>({
      max: this.#options.maxScopes,
      dispose: (_state, key) => this.#options.onIndexed?.(key.slice(0, key.indexOf('|')), null),
    });
  }

  /**
   * One page of chats matching `query` (see query.ts for the semantics).
   * @param load - the scope's listing through the shared upstream client
   * @throws the upstream error when the scope has no index and its build fails before a page
   */
  async search(
    scope: Scope,
    load: ChatPageLoader,
    query: ChatIndexQuery,
    page: Page,
  ): Promise<SearchResult & IndexStatus> {
    const snapshot = await this.#snapshot(scope, load);
    return { ...searchSnapshot(snapshot, query, page), ...this.#status(snapshot) };
  }

  /**
   * Assignee, label and unread counts over the scope's index.
   * @throws as {@link ChatIndex.search}
   */
  async facets(scope: Scope, load: ChatPageLoader): Promise<ChatFacets & IndexStatus> {
    const snapshot = await this.#snapshot(scope, load);
    return { ...facetsOf(snapshot), ...this.#status(snapshot) };
  }

  #status(snapshot: ChatSnapshot): IndexStatus {
    const { fetchedAt, complete } = snapshot;
    return {
      fetchedAt,
      stale: this.#options.now() - fetchedAt > this.#options.ttlMs,
      complete,
      indexed: snapshot.chats.length,
    };
  }

  async #snapshot(scope: Scope, load: ChatPageLoader): Promise<ChatSnapshot> {
    const key = `${label(scope)}|chat-index`;
    let state = this.#scopes.get(key);
    if (!state) {
      state = { current: null, building: null, failures: 0, retryAt: 0 };
      this.#scopes.set(key, state);
    }
    const { current } = state;
    if (current) {
      const now = this.#options.now();
      const due = !current.complete || now - current.fetchedAt > this.#options.ttlMs;
      if (due && !state.building && now >= state.retryAt) this.#build(scope, state, load);
      return current;
    }
    const build = state.building ?? this.#build(scope, state, load);
    await build.firstPage;
    return build.snapshot;
  }

  /** Starts listing the scope in the background; the state learns the outcome. */
  #build(scope: Scope, state: ScopeState, load: ChatPageLoader): Build {
    const { blockSize, maxChats, onBuild, onIndexed, now } = this.#options;
    const snapshot = new ChatSnapshot(now);
    const started = performance.now();
    let firstPageIn = () => {};
    const firstPage = new Promise<void>((resolve) => {
      firstPageIn = resolve;
    });
    const run = async () => {
      for (let offset = 0; ;) {
        const chats = await load(offset, blockSize);
        if (offset === 0) snapshot.fetchedAt = now();
        snapshot.add(chats.filter((chat): chat is Chat => chat !== null));
        offset += chats.length;
        if (!state.current) onIndexed?.(label(scope), snapshot.chats.length);
        firstPageIn();
        if (chats.length < blockSize || offset >= maxChats) break;
      }
      snapshot.complete = true;
    };
    const done = run().then(
      () => {
        state.current = snapshot;
        state.failures = 0;
        state.retryAt = 0;
        onIndexed?.(label(scope), snapshot.chats.length);
        onBuild?.(label(scope), 'success', (performance.now() - started) / 1000);
      },
      (error: unknown) => {
        state.failures++;
        state.retryAt =
          now() + Math.min(this.#options.ttlMs, this.#options.retryMs * 2 ** (state.failures - 1));
        if (!state.current && snapshot.chats.length > 0) state.current = snapshot;
        onBuild?.(label(scope), 'failure', (performance.now() - started) / 1000);
        throw error;
      },
    );
    const build: Build = { snapshot, firstPage: Promise.race([firstPage, done]) };
    // Background refreshes have no one awaiting them: their failure is recorded in the state.
    build.firstPage.catch(() => {});
    state.building = build;
    void done
      .catch(() => {})
      .finally(() => {
        if (state.building === build) state.building = null;
      });
    return build;
  }
}
