/**
 * Entry point: parse the environment, start the upstream (Periskope or the demo simulator),
 * build the app, listen, and shut down gracefully on SIGTERM/SIGINT (within 10 s).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { createApp } from './app.ts';
import { loadEnv } from './env.ts';
import { createLogger } from './logger.ts';
import { createPeriskopeApi } from './periskope/api.ts';
import { createPeriskopeHttp } from './periskope/client.ts';
import { createPeriskopeService } from './periskope/service.ts';
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
const http = createPeriskopeHttp({ baseUrl: upstream.baseUrl, apiKey: upstream.apiKey, timeoutMs: env.UPSTREAM_TIMEOUT_MS });
const periskope = createPeriskopeService(createPeriskopeApi(http), { blockSize: env.UPSTREAM_PAGE_SIZE, ttlMs: env.CACHE_TTL_MS });
const staticRoot = fileURLToPath(new URL('../../web/dist', import.meta.url));
if (!existsSync(staticRoot)) logger.warn({ staticRoot }, 'web/dist not found: run `npm run build`; serving the API only');

const app = createApp({
  periskope, logger, mediaOrigins: upstream.mediaOrigins,
  config: { demo: upstream.demo, defaultPhone: env.PERISKOPE_PHONE },
  staticRoot: existsSync(staticRoot) ? staticRoot : undefined,
});

const server = serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST }, (info) => {
  logger.info({ url: `http://${env.HOST}:${info.port}`, demo: upstream.demo }, 'periskope-inbox listening');
});

function shutdown(signal: string) {
  logger.info({ signal }, 'shutting down');
  setTimeout(() => process.exit(1), 10_000).unref();
  server.close(() => void upstream.close().finally(() => process.exit(0)));
  if ('closeIdleConnections' in server) server.closeIdleConnections();
}
process.once('SIGTERM', () => shutdown('SIGTERM'));
process.once('SIGINT', () => shutdown('SIGINT'));
