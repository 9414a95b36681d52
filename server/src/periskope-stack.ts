/**
 * Builds the whole upstream stack (HTTP client with limiter, retries and breaker → typed API →
 * cached service), wired to the metrics. One place, used by the server entry, the test harness
 * and the benchmarks, so they all run the same thing.
 */
import type { Logger } from 'pino';
import type { Clock } from './clock.ts';
import { upstreamEndpoint, type Metrics } from './observability/metrics.ts';
import {
  createPeriskopeApi,
  createPeriskopeHttp,
  createPeriskopeService,
} from './periskope/index.ts';
import type {
  BreakerOptions,
  InvalidItemHandler,
  PeriskopeHttpOptions,
  LimiterOptions,
} from './periskope/index.ts';

export interface PeriskopeStackOptions extends Omit<
  PeriskopeHttpOptions,
  'limiter' | 'breaker' | 'observer'
> {
  limiter?: LimiterOptions;
  breaker?: BreakerOptions;
  /** Items per upstream list call (≤ 2000). */
  blockSize: number;
  /** Cache freshness, ms. */
  ttlMs: number;
  /** Memory budget of the upstream caches, characters of JSON (CACHE_MAX_MB); default none. */
  cacheMaxChars?: number;
  /** Age at which the chat index is refreshed (CHAT_INDEX_TTL_MS), ms. Default 60 000. */
  chatIndexTtlMs?: number;
  metrics?: Metrics;
  /** Where the first unreadable item of each (resource, field) is logged; default: not logged. */
  logger?: Logger;
  /**
   * Clock of the cached data (`fetchedAt`, `stale`, cache and chat index TTLs), epoch ms; see
   * `ServiceOptions.now`. Default: the system clock. The HTTP client's timeouts, deadlines and
   * rate limiter keep the system clock.
   */
  now?: Clock;
}

/** Distinct (resource, field) pairs logged per process; past it, only the counter moves. */
const MAX_LOGGED_FIELDS = 500;

/**
 * Counts every unreadable upstream item and logs each (resource, field) once, with the id of the
 * request whose upstream call met it first (the service passes it along with the phone scope).
 */
function invalidItemReporter(
  metrics: Metrics | undefined,
  logger: Logger | undefined,
): InvalidItemHandler {
  const logged = new Set<string>();
  return (resource, field, requestId) => {
    metrics?.upstreamInvalidItems.inc({ resource, field });
    const key = `${resource}|${field}`;
    if (!logger || logged.has(key) || logged.size >= MAX_LOGGED_FIELDS) return;
    logged.add(key);
    logger.warn(
      { request_id: requestId ?? null, resource, field },
      'upstream item unreadable: left out (logged once per field)',
    );
  };
}

/** @returns `{ http, api, service }`; routes use `service`, readiness uses `api` (uncached) */
export function createPeriskope(options: PeriskopeStackOptions) {
  const {
    metrics,
    logger,
    blockSize,
    ttlMs,
    cacheMaxChars,
    chatIndexTtlMs,
    limiter,
    breaker,
    now,
    ...httpOptions
  } = options;
  const http = createPeriskopeHttp({
    ...httpOptions,
    limiter: {
      ...limiter,
      onWait: metrics?.onLimiterWait,
      onReject: () => metrics?.limiterRejections.inc(),
    },
    breaker: { ...breaker, onStateChange: metrics?.onBreakerStateChange },
    observer: metrics && {
      onAttempt: (path, outcome, seconds) => {
        const endpoint = upstreamEndpoint(path);
        metrics.upstreamRequests.inc({ endpoint, outcome });
        metrics.upstreamRequestDuration.observe({ endpoint }, seconds);
      },
      onRetry: (reason) => metrics.upstreamRetries.inc({ reason }),
    },
  });
  const api = createPeriskopeApi(http, invalidItemReporter(metrics, logger));
  const service = createPeriskopeService(api, {
    blockSize,
    ttlMs,
    cacheMaxChars,
    now,
    onCacheResult: (resource, result) => {
      if (!metrics) return;
      if (result === 'coalesced') metrics.coalescedRequests.inc({ resource });
      else metrics.cacheEvents.inc({ resource, result });
    },
    chatIndex: {
      ttlMs: chatIndexTtlMs ?? 60_000,
      onBuild: metrics?.onChatIndexBuild,
      onIndexed: metrics?.onChatIndexed,
    },
  });
  metrics?.watchCacheChars(() => service.cacheChars());
  return { http, api, service };
}
