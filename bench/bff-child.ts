/**
 * Child process: the BFF built like server/src/index.ts (HTTP client → typed API → cached service
 * → createApp, with metrics, request logs and the response micro-cache) in front of the simulator
 * child. The upstream limiter is opened up (no budget, high concurrency) so a cache miss costs
 * exactly one upstream call and nothing waits for a rate-limit slot: we measure the BFF's own
 * overhead. Logs are written as in production (one pino line per request, pino's asynchronous
 * destination) but to /dev/null, so the terminal is not the bottleneck.
 * Env: BENCH_UPSTREAM (simulator /v1 URL), BENCH_API_KEY, BENCH_TTL_MS, BENCH_BLOCK_SIZE,
 * BENCH_LOG_LEVEL (`info`; `silent` leaves the log lines out).
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import pino from 'pino';
import { createApp } from '../server/src/app.ts';
import { createLogger } from '../server/src/logger.ts';
import { createMetrics } from '../server/src/observability/metrics.ts';
import { createPeriskope } from '../server/src/periskope-stack.ts';
import { answerStats, tellParent } from './children.ts';

const baseUrl = process.env.BENCH_UPSTREAM ?? 'http://127.0.0.1:4010/v1';
// Built like production (metrics included), only the upstream budget opened up.
const metrics = createMetrics();
const { service: periskope } = createPeriskope({
  baseUrl,
  apiKey: process.env.BENCH_API_KEY ?? 'bench-key',
  limiter: { limit: Number.POSITIVE_INFINITY, concurrency: 1024 },
  blockSize: Number(process.env.BENCH_BLOCK_SIZE ?? 1000),
  ttlMs: Number(process.env.BENCH_TTL_MS ?? 600_000),
  cacheMaxChars: 256 * 1024 * 1024, // CACHE_MAX_MB's default, as in production
  metrics,
});
const app = createApp({
  periskope,
  metrics,
  logger: createLogger(
    process.env.BENCH_LOG_LEVEL ?? 'info',
    pino.destination({ dest: '/dev/null', sync: false }),
  ),
  mediaOrigins: [new URL(baseUrl).origin],
  config: { demo: true, defaultPhone: undefined },
});

let requests = 0;
const server = serve(
  { fetch: (req, env) => (requests++, app.fetch(req, env)), hostname: '127.0.0.1', port: 0 },
  (info: AddressInfo) => {
    tellParent({ type: 'ready', port: info.port });
  },
);
answerStats(() => ({ requests, rateLimited: 0 }));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
process.on('disconnect', () => process.exit(0)); // the bench died: do not linger
