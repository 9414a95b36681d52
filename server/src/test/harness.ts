/**
 * Test harness: the BFF wired to an in-process simulator over `app.fetch` (no sockets), with a
 * captured log stream so tests can prove the key never reaches a log line.
 */
import { Writable } from 'node:stream';
import { vi } from 'vitest';
import { createApp } from '../app.ts';
import type { Clock } from '../clock.ts';
import { createLogger } from '../logger.ts';
import { createMetrics, type Metrics } from '../observability/metrics.ts';
import type { ReadyCheck } from '../observability/readiness.ts';
import type { BreakerOptions } from '../periskope/http/breaker.ts';
import type { LimiterOptions } from '../periskope/http/limiter.ts';
import { createPeriskope } from '../periskope-stack.ts';
import { createSimulator, type SimulatorOptions } from '../simulator/app.ts';

export const TEST_KEY = 'test_key_9f8e7d6c5b4a_must_never_leak';
export const SIM_URL = 'http://127.0.0.1:4999';

let shared: ReturnType<typeof createSimulator> | undefined;

/**
 * One simulator per test file (generation takes a moment); fresh BFF caches per harness. Under
 * fake timers a fresh simulator too: its rate limiter keeps the `Date.now` it was created with.
 */
function simulator(options?: Partial<SimulatorOptions>) {
  if (options || vi.isFakeTimers())
    return createSimulator({
      apiKey: TEST_KEY,
      publicUrl: SIM_URL,
      now: Date.UTC(2026, 10, 20),
      ...options,
    });
  shared ??= createSimulator({ apiKey: TEST_KEY, publicUrl: SIM_URL, now: Date.UTC(2026, 10, 20) });
  return shared;
}

export interface HarnessOptions {
  simulator?: Partial<SimulatorOptions>;
  apiKey?: string;
  /** Replaces the simulator as upstream (fault injection); `simulator` forwards to it. */
  upstream?: (
    request: Request,
    simulator: (request: Request) => Promise<Response>,
  ) => Promise<Response>;
  /** Client resilience settings (defaults: 3 attempts, 8 per 2 s, breaker 10 s). */
  limiter?: LimiterOptions;
  breaker?: BreakerOptions;
  attempts?: number;
  deadlineMs?: number;
  timeoutMs?: number;
  /** Cache freshness, ms (default 60 s). */
  ttlMs?: number;
  /** Chat index refresh age, ms (default 60 s). */
  chatIndexTtlMs?: number;
  blockSize?: number;
  /** Cache memory budget, characters of upstream JSON (CACHE_MAX_MB); default none. */
  cacheMaxChars?: number;
  defaultPhone?: string;
  /** Passed to `createApp` (default: a fresh set per harness). */
  metrics?: Metrics;
  trustProxy?: boolean;
  /** Micro-cache of serialized answers, ms (default 1000 as in production; 0 = off). */
  responseMemoMs?: number;
  embedOrigins?: string[];
  /** Built SPA to serve (default: API only). */
  staticRoot?: string;
  /** Serve its source maps (default false, as in production). */
  sourcemaps?: boolean;
  /** `/readyz` check (default: `periskope.listPhones()` resolves). */
  ready?: ReadyCheck;
  /**
   * Clock of the cached data (`fetchedAt`, `stale`, `Age`, cache and chat index TTLs), epoch ms,
   * e.g. a `manualClock()` (test/fake-time.ts). Default: the system clock.
   */
  now?: Clock;
}

/** @returns the BFF app, its simulator, the upstream requests it made and the log lines */
export function harness(options: HarnessOptions = {}) {
  const sim = simulator(options.simulator);
  const upstreamRequests: Request[] = [];
  const upstreamStatuses: number[] = [];
  // In process there is no socket: make the request's abort signal reject, as a real fetch does.
  const forward = (request: Request) =>
    new Promise<Response>((resolve, reject) => {
      request.signal.addEventListener('abort', () => reject(request.signal.reason), { once: true });
      Promise.resolve(sim.app.fetch(request)).then(resolve, reject);
    });
  const logs: string[] = [];
  const logger = createLogger(
    'debug',
    new Writable({
      write(chunk, _enc, done) {
        logs.push(String(chunk));
        done();
      },
    }),
  );
  const metrics = options.metrics ?? createMetrics();
  const { http, service: periskope } = createPeriskope({
    baseUrl: `${SIM_URL}/v1`,
    apiKey: options.apiKey ?? TEST_KEY,
    timeoutMs: options.timeoutMs ?? 2000,
    deadlineMs: options.deadlineMs ?? 8000,
    attempts: options.attempts,
    backoffMs: 20,
    limiter: options.limiter,
    breaker: options.breaker,
    blockSize: options.blockSize ?? 1000,
    ttlMs: options.ttlMs ?? 60_000,
    chatIndexTtlMs: options.chatIndexTtlMs,
    cacheMaxChars: options.cacheMaxChars,
    now: options.now,
    metrics,
    logger,
    fetch: async (request) => {
      upstreamRequests.push(request.clone());
      const response = await (options.upstream
        ? options.upstream(request, forward)
        : forward(request));
      upstreamStatuses.push(response.status);
      return response;
    },
  });
  const app = createApp({
    periskope,
    logger,
    mediaOrigins: [SIM_URL],
    config: { demo: true, defaultPhone: options.defaultPhone },
    metrics,
    ready: options.ready,
    staticRoot: options.staticRoot,
    sourcemaps: options.sourcemaps,
    trustProxy: options.trustProxy,
    responseMemoMs: options.responseMemoMs,
    embedOrigins: options.embedOrigins,
  });
  return { app, sim, http, metrics, upstreamRequests, upstreamStatuses, logs };
}
