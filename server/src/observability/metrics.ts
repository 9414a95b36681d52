/**
 * Prometheus metrics of the BFF (prom-client), for the ops team.
 *
 * Every `createMetrics()` owns its own `Registry` (never prom-client's global one), so tests can
 * build as many apps as they like. Durations are in seconds and counters end in `_total`, as
 * Prometheus' naming guide asks: https://prometheus.io/docs/practices/naming/
 * Labels take bounded values only (route templates, statuses): never an id or the key. The one
 * phone label is the chat index's `scope`, bounded by the index's few scopes and removed on
 * eviction (an org phone is not a secret).
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { CacheResult as StampedCacheResult } from '../periskope/index.ts';

const PREFIX = 'periskope_inbox_';

/** Histogram buckets in seconds, 1 ms … 10 s. */
export const DURATION_BUCKETS = [
  0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10,
];

/** Chat index builds take up to ~a minute under the rate limit (chat-index.ts): 0.1 s … 2 min. */
export const BUILD_BUCKETS = [0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20, 30, 60, 120];

/** `upstream_requests_total{outcome}`: the HTTP status as a string, or why there was none. */
export type UpstreamOutcome = `${number}` | 'timeout' | 'network' | 'invalid_response';

/** `cache_events_total{result}`: the cache's outcomes except `coalesced` (its own counter). */
export type CacheResult = Exclude<StampedCacheResult, 'coalesced'>;

/** Circuit breaker states, as the breaker names them. */
export type BreakerState = 'closed' | 'half_open' | 'open';

/** Value of the `circuit_breaker_state` gauge for each state. */
export const BREAKER_STATE_VALUE: Record<BreakerState, number> = {
  closed: 0,
  half_open: 1,
  open: 2,
};

let processRegistry: Registry | undefined;

/**
 * A fresh registry holding the default process metrics (`process_*`, `nodejs_*`). Their
 * collectors (event-loop monitor, GC observer) are process-wide, so they are installed once and
 * shared by every registry instead of once per app.
 */
function registryWithProcessMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return Registry.merge([processRegistry]);
}

/**
 * Creates the BFF's metrics in a registry of their own.
 * @returns the registry (serve `registry.metrics()` with `registry.contentType`) and each metric
 */
export function createMetrics() {
  const registry = registryWithProcessMetrics();
  const registers = [registry];
  const counter = <L extends string>(name: string, help: string, labelNames: readonly L[]) =>
    new Counter<L>({ name: PREFIX + name, help, labelNames, registers });
  const histogram = <L extends string>(name: string, help: string, labelNames: readonly L[]) =>
    new Histogram<L>({
      name: PREFIX + name,
      help,
      labelNames,
      buckets: DURATION_BUCKETS,
      registers,
    });
  const gauge = (name: string, help: string) => new Gauge({ name: PREFIX + name, help, registers });

  const limiterWait = histogram(
    'limiter_wait_seconds',
    'Time an upstream call waited for a rate-limiter slot, seconds.',
    [],
  );
  const limiterQueueLength = gauge(
    'limiter_queue_length',
    'Upstream calls waiting for a rate-limiter slot.',
  );
  const circuitBreakerState = gauge(
    'circuit_breaker_state',
    'Upstream circuit breaker: 0 closed, 1 half-open, 2 open.',
  );
  const circuitBreakerTransitions = counter(
    'circuit_breaker_transitions_total',
    'Circuit breaker state changes, by new state.',
    ['to'],
  );
  const chatIndexChats = new Gauge({
    name: `${PREFIX}chat_index_chats`,
    help: 'Chats held by the chat index, by phone scope (phone or "all").',
    labelNames: ['scope'] as const,
    registers,
  });
  const chatIndexBuildDuration = new Histogram({
    name: `${PREFIX}chat_index_build_duration_seconds`,
    help: 'Duration of one chat index build (full listing of a scope), seconds.',
    labelNames: [] as const,
    buckets: BUILD_BUCKETS,
    registers,
  });
  const chatIndexBuilds = counter(
    'chat_index_builds_total',
    'Chat index builds, by outcome (success, failure).',
    ['outcome'],
  );
  let cacheChars: () => Record<string, number> = () => ({});
  new Gauge({
    name: `${PREFIX}cache_chars`,
    help: 'Characters of upstream JSON held by each BFF cache (about bytes; the budget is CACHE_MAX_MB).',
    labelNames: ['resource'] as const,
    registers,
    collect() {
      for (const [resource, chars] of Object.entries(cacheChars())) this.set({ resource }, chars);
    },
  });

  return {
    registry,
    /** BFF responses, by method, matched route template and status. */
    httpRequests: counter(
      'http_requests_total',
      'HTTP responses of the BFF, by method, route template and status.',
      ['method', 'route', 'status'],
    ),
    /** Time until the answer was written to the socket, seconds (after-response.ts). */
    httpRequestDuration: histogram(
      'http_request_duration_seconds',
      'Time until the response was written, seconds.',
      ['method', 'route', 'status'],
    ),
    /**
     * Upstream attempts, by endpoint template ({@link upstreamEndpoint}) and {@link
     * UpstreamOutcome}.
     */
    upstreamRequests: counter(
      'upstream_requests_total',
      'Requests to Periskope (each attempt), by endpoint template and outcome.',
      ['endpoint', 'outcome'],
    ),
    /** Duration of one upstream attempt, seconds, until the body is read. */
    upstreamRequestDuration: histogram(
      'upstream_request_duration_seconds',
      'Duration of one request to Periskope, seconds.',
      ['endpoint'],
    ),
    /**
     * Cache lookups, by resource (`chats`, `messages`, `chat`, `phones`, …) and {@link
     * CacheResult}.
     */
    cacheEvents: counter('cache_events_total', 'BFF cache lookups, by resource and result.', [
      'resource',
      'result',
    ]),
    /** Requests that joined an identical upstream call already in flight instead of making one. */
    coalescedRequests: counter(
      'coalesced_requests_total',
      'Requests served by joining an upstream call already in flight.',
      ['resource'],
    ),
    limiterQueueLength,
    /** Wait for a rate-limiter slot, seconds. */
    limiterWait,
    /** Calls failed fast because the estimated wait would pass their deadline. */
    limiterRejections: counter(
      'limiter_rejections_total',
      'Upstream calls failed fast because the rate-limiter wait would pass their deadline.',
      [],
    ),
    /**
     * Upstream items the BFF could not read and left out (a thread shows a placeholder), by
     * `resource` (`chats`, `messages`, `chat`, `phones`…) and `field` (the failing field path,
     * ids replaced by `*`; never a value).
     */
    upstreamInvalidItems: counter(
      'upstream_invalid_items_total',
      'Upstream items that failed their schema and were left out, by resource and field path.',
      ['resource', 'field'],
    ),
    /** Upstream retries, by reason (`429`, `503`, `timeout`, `network`, …). */
    upstreamRetries: counter('upstream_retries_total', 'Upstream retries, by reason.', ['reason']),
    circuitBreakerState,
    circuitBreakerTransitions,
    /** Chats in the index per scope (phone, or `all` without x-phone). */
    chatIndexChats,
    /** One build of a scope's index, seconds. */
    chatIndexBuildDuration,
    /** Builds by outcome: `success`, `failure`. */
    chatIndexBuilds,
    /** Where the `cache_chars` gauge reads from at each scrape (the service's `cacheChars`). */
    watchCacheChars: (read: () => Record<string, number>) => {
      cacheChars = read;
    },
    /** Chat index hook (`ChatIndexOptions.onBuild`). @param seconds - build duration */
    onChatIndexBuild: (_scope: string, outcome: 'success' | 'failure', seconds: number) => {
      chatIndexBuilds.inc({ outcome });
      chatIndexBuildDuration.observe(seconds);
    },
    /**
     * Chat index hook (`ChatIndexOptions.onIndexed`): sets the gauge, or removes an evicted scope.
     */
    onChatIndexed: (scope: string, chats: number | null) => {
      if (chats === null) chatIndexChats.remove({ scope });
      else chatIndexChats.set({ scope }, chats);
    },
    /**
     * Limiter hook (`LimiterOptions.onWait`). @param waitMs - wait in ms @param queueLength - calls
     * still queued
     */
    onLimiterWait: (waitMs: number, queueLength: number) => {
      limiterWait.observe(waitMs / 1000);
      limiterQueueLength.set(queueLength);
    },
    /** Breaker hook (`BreakerOptions.onStateChange`): sets the gauge and counts the transition. */
    onBreakerStateChange: (state: BreakerState) => {
      circuitBreakerState.set(BREAKER_STATE_VALUE[state]);
      circuitBreakerTransitions.inc({ to: state });
    },
  };
}

/** The BFF's metrics; see {@link createMetrics}. */
export type Metrics = ReturnType<typeof createMetrics>;

/** Upstream paths without a variable segment (docs/periskope-api.md#endpoints). */
const FIXED_ENDPOINTS = new Set([
  '/chats',
  '/chats/messages',
  '/chats/notifications',
  '/reactions',
  '/phones/all',
]);

/**
 * The `endpoint` label of an upstream path: ids replaced by their parameter name, so the label
 * set stays bounded.
 * @param path - path under the base URL as the client sends it, e.g. `/chats/919537851844%40c.us/messages`
 * @returns e.g. `/chats/:chat_id/messages`; `other` for a path outside Periskope's read API
 */
export function upstreamEndpoint(path: string): string {
  const clean = (path.split('?')[0] ?? '').replace(/\/+$/, '');
  if (FIXED_ENDPOINTS.has(clean)) return clean;
  const chat = /^\/chats\/[^/]+(\/messages|\/notifications)?$/.exec(clean);
  if (chat) return `/chats/:chat_id${chat[1] ?? ''}`;
  if (/^\/message\/[^/]+$/.test(clean)) return '/message/:message_id';
  return 'other';
}
