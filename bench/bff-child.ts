/**
 * Child process: the BFF built like server/src/index.ts (HTTP client → typed API → cached service
 * → createApp, with metrics and the response micro-cache) with a silent logger, in front of the simulator child. The upstream limiter is
 * opened up (no budget, high concurrency) so a cache miss costs exactly one upstream call and
 * nothing waits for a rate-limit slot: we measure the BFF's own overhead.
 * Env: BENCH_UPSTREAM (simulator /v1 URL), BENCH_API_KEY, BENCH_TTL_MS, BENCH_BLOCK_SIZE.
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp } from '../server/src/app.ts';
import { createLogger } from '../server/src/logger.ts';
import { createMetrics } from '../server/src/observability/metrics.ts';
import { createPeriskope } from '../server/src/periskope/create.ts';
import { tellParent } from './children.ts';

const baseUrl = process.env.BENCH_UPSTREAM ?? 'http://127.0.0.1:4010/v1';
// Built like production (metrics included), only the upstream budget opened up.
const metrics = createMetrics();
const { service: periskope } = createPeriskope({
  baseUrl,
  apiKey: process.env.BENCH_API_KEY ?? 'bench-key',
  limiter: { limit: Number.POSITIVE_INFINITY, concurrency: 1024 },
  blockSize: Number(process.env.BENCH_BLOCK_SIZE ?? 1000),
  ttlMs: Number(process.env.BENCH_TTL_MS ?? 600_000),
  metrics,
});
const app = createApp({
  periskope,
  metrics,
  logger: createLogger('silent'),
  mediaOrigins: [new URL(baseUrl).origin],
  config: { demo: true, defaultPhone: undefined },
});

const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info: AddressInfo) => {
  tellParent({ type: 'ready', port: info.port });
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
process.on('disconnect', () => process.exit(0)); // the bench died: do not linger
