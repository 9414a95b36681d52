/**
 * Entry point: parse the environment, start the upstream (Periskope or the demo simulator),
 * build the app, listen, and shut down gracefully on SIGTERM/SIGINT: in-flight requests get up to
 * their whole backstop (UPSTREAM_DEADLINE_MS + 2 s) plus 1 s to be written before the exit.
 */
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { createApp } from './app.ts';
import { allowedHosts, loadEnv } from './env.ts';
import { createLogger } from './logger.ts';
import { problemOnClientError } from './middleware/client-error.ts';
import { createMetrics } from './observability/metrics.ts';
import { readiness } from './observability/readiness.ts';
import { createPeriskope } from './periskope-stack.ts';
import { startUpstream } from './upstream.ts';

let env;
try {
  env = loadEnv(process.env);
} catch (error) {
  console.error(error instanceof Error ? error.message : 'Invalid configuration');
  process.exit(1);
}

const logger = createLogger(env.LOG_LEVEL);
const upstream = await startUpstream(env, logger);
const metrics = createMetrics();
const {
  http,
  api,
  service: periskope,
} = createPeriskope({
  baseUrl: upstream.baseUrl,
  apiKey: upstream.apiKey,
  timeoutMs: env.UPSTREAM_TIMEOUT_MS,
  deadlineMs: env.UPSTREAM_DEADLINE_MS,
  limiter: { ...env.UPSTREAM_RATE_LIMIT, concurrency: env.UPSTREAM_CONCURRENCY },
  breaker: { resetTimeoutMs: env.BREAKER_RESET_MS },
  blockSize: env.UPSTREAM_PAGE_SIZE,
  ttlMs: env.CACHE_TTL_MS,
  cacheMaxChars: env.CACHE_MAX_MB * 1024 * 1024,
  chatIndexTtlMs: env.CHAT_INDEX_TTL_MS,
  metrics,
  logger,
});
// The uncached API (through the limiter and breaker), not the service: the service's phone
// cache serves stale data when Periskope fails, and /readyz must notice a revoked key.
const ready = readiness(() => api.listPhones({}), { ttlMs: 10_000 });
const staticRoot = fileURLToPath(new URL('../../web/dist', import.meta.url));
if (!existsSync(staticRoot))
  logger.warn({ staticRoot }, 'web/dist not found: run `npm run build`; serving the API only');

/** Backstop of one `/api` request, ms: the upstream deadline plus a margin to answer. */
const requestTimeoutMs = env.UPSTREAM_DEADLINE_MS + 2000;

const app = createApp({
  periskope,
  logger,
  metrics,
  ready,
  mediaOrigins: upstream.mediaOrigins,
  trustProxy: env.TRUST_PROXY,
  allowedHosts: allowedHosts(env),
  sourcemaps: env.SOURCEMAPS,
  embedOrigins: env.EMBED_ALLOWED_ORIGINS,
  requestTimeoutMs,
  responseMemoMs: env.RESPONSE_MEMO_MS,
  config: {
    demo: upstream.demo,
    defaultPhone: env.PERISKOPE_PHONE,
    labelNames: upstream.labelNames,
    refreshIntervalMs: env.REFRESH_INTERVAL_MS,
  },
  staticRoot: existsSync(staticRoot) ? staticRoot : undefined,
});

const server = serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST }, (info) => {
  logger.info(
    { url: `http://${env.HOST}:${info.port}`, demo: upstream.demo },
    'periskope-inbox listening',
  );
});
problemOnClientError(server as Server);

function shutdown(signal: string) {
  logger.info({ signal }, 'shutting down');
  // A request that just queued upstream may take its whole backstop; cutting it off sooner would
  // turn a slow answer into a reset connection.
  setTimeout(() => process.exit(1), requestTimeoutMs + 1000).unref();
  server.close(
    () => void Promise.allSettled([http.close(), upstream.close()]).finally(() => process.exit(0)),
  );
  if ('closeIdleConnections' in server) server.closeIdleConnections();
}
process.once('SIGTERM', () => shutdown('SIGTERM'));
process.once('SIGINT', () => shutdown('SIGINT'));
