/**
 * The BFF: `/api/*` JSON routes over the Periskope service, and the built SPA for everything else.
 *
 * `createApp(deps)` only wires things; tests build it against the in-process simulator.
 */
import { createHash } from 'node:crypto';
import { Hono, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { etag } from 'hono/etag';
import { HTTPException } from 'hono/http-exception';
import { requestId } from 'hono/request-id';
import { timeout } from 'hono/timeout';
import type { Logger } from 'pino';
import type { AppEnv, PublicConfig } from './app-env.ts';
import { LOOPBACK_HOSTS } from './env.ts';
import { hostAllowlist } from './middleware/host-allowlist.ts';
import { httpMetrics } from './middleware/http-metrics.ts';
import { Problem } from './problem.ts';
import { problemJson, problemNotFound } from './middleware/problem-json.ts';
import { requestLog } from './middleware/request-log.ts';
import { responseMemo } from './middleware/response-memo.ts';
import { hsts, securityHeaders } from './middleware/security-headers.ts';
import { createMetrics, type Metrics } from './observability/metrics.ts';
import { readiness, type ReadyCheck } from './observability/readiness.ts';
import type { PeriskopeService } from './periskope/index.ts';
import { chatFacetRoutes, chatRoutes } from './routes/chats.ts';
import { healthRoutes } from './routes/health.ts';
import { messageRoutes } from './routes/messages.ts';
import { notificationRoutes } from './routes/notifications.ts';
import { configRoutes, phoneRoutes } from './routes/phones.ts';
import { spa } from './static.ts';

export interface AppDeps {
  periskope: PeriskopeService;
  config: PublicConfig;
  logger: Logger;
  /** Origins media may load from (the Periskope media host, the simulator in demo mode). */
  mediaOrigins: string[];
  /** Absolute path of the built SPA (`web/dist`); omitted = API only. */
  staticRoot?: string | undefined;
  /** Trust `X-Request-Id` and `X-Forwarded-Proto` from a reverse proxy. Default false. */
  trustProxy?: boolean;
  /** Origins allowed to embed the app (`frame-ancestors`), besides `'self'`. */
  embedOrigins?: string[];
  /**
   * How long a serialized `/api` answer is reused for identical GETs, ms. Default 1000; 0 = off.
   */
  responseMemoMs?: number;
  /** Backstop for one `/api` request, ms (the upstream deadline plus a margin). Default 20 000. */
  requestTimeoutMs?: number;
  /** Prometheus metrics served at `/metrics`; omitted = a fresh set. */
  metrics?: Metrics | undefined;
  /** Check behind `/readyz`; omitted = ready when `periskope.listPhones()` resolves. */
  ready?: ReadyCheck | undefined;
  /** Serve the SPA's source maps (SOURCEMAPS); default false. */
  sourcemaps?: boolean | undefined;
  /** Host names answered (`Host` without port), or `'*'`; default: the loopback names. */
  allowedHosts?: readonly string[] | '*' | undefined;
}

/** The typed API (mounted at `/api`); its type is what `hc<AppType>` reads. */
function apiRoutes() {
  return new Hono<AppEnv>()
    .route('/chats', chatRoutes)
    .route('/chat-facets', chatFacetRoutes)
    .route('/messages', messageRoutes)
    .route('/notifications', notificationRoutes)
    .route('/phones', phoneRoutes)
    .route('/config', configRoutes);
}

export type AppType = ReturnType<typeof apiRoutes>;

/**
 * ETag digest with Node's synchronous sha1: hono's default `crypto.subtle.digest` cost ~59 µs a
 * call against ~4 µs here, 42% of the BFF's CPU on cache hits (bench/).
 */
function sha1(body: Uint8Array): ArrayBuffer {
  const digest = createHash('sha1').update(body).digest();
  return digest.buffer.slice(digest.byteOffset, digest.byteOffset + digest.byteLength);
}

/**
 * Runs `middleware` except on GET/HEAD. @hono/node-server never gives a GET/HEAD request a body
 * (so `bodyLimit` has nothing to count), but `bodyLimit` asks for `req.raw.body`, which builds a
 * full WHATWG Request with an AbortSignal per request: 12% of the BFF's CPU on cache hits.
 */
function unlessBodiless(middleware: MiddlewareHandler<AppEnv>): MiddlewareHandler<AppEnv> {
  return async function unlessBodilessMiddleware(c, next) {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    return middleware(c, next);
  };
}

/** Builds the whole app. @param deps - see {@link AppDeps} */
export function createApp(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  const metrics = deps.metrics ?? createMetrics();
  // Without a trusted proxy, an incoming X-Request-Id is ignored (limitLength 0 ⇒ always
  // generated).
  app.use(requestId({ headerName: 'X-Request-Id', limitLength: deps.trustProxy ? 255 : 0 }));
  app.use(httpMetrics(metrics));
  app.use(requestLog(deps.logger));
  app.use(
    securityHeaders({
      mediaOrigins: deps.mediaOrigins,
      frameAncestors: ["'self'", ...(deps.embedOrigins ?? [])],
    }),
  );
  app.use(hsts(deps.trustProxy ?? false));
  app.use(hostAllowlist(deps.allowedHosts ?? LOOPBACK_HOSTS));
  app.use(
    unlessBodiless(
      bodyLimit({
        maxSize: 16 * 1024,
        onError: () => {
          throw new Problem({
            status: 413,
            code: 'payload_too_large',
            title: 'Payload too large',
            detail: 'Request bodies are limited to 16 KiB.',
          });
        },
      }),
    ),
  );
  app.onError(problemJson(deps.logger));
  app.route(
    '/',
    healthRoutes({
      metrics,
      demo: deps.config.demo,
      ready: deps.ready ?? readiness(() => deps.periskope.listPhones(), { ttlMs: 0 }),
    }),
  );

  app.use('/api/*', async function readOnlyApi(c, next) {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      throw new Problem({
        status: 405,
        code: 'method_not_allowed',
        title: 'Method not allowed',
        detail: 'This API is read-only: only GET and HEAD are accepted.',
        headers: { Allow: 'GET, HEAD' },
      });
    }
    c.set('periskope', deps.periskope);
    c.set('config', deps.config);
    c.set('scope', (phone) => ({
      phone: phone ?? deps.config.defaultPhone,
      requestId: c.get('requestId'),
    }));
    c.header('Cache-Control', 'private, no-cache');
    await next();
  });
  app.use('/api/*', etag({ weak: true, generateDigest: sha1 }));
  app.use('/api/*', responseMemo({ ttlMs: deps.responseMemoMs ?? 1000 }));
  // Inside the memo: a memoized answer is ready at once and needs no timer (one per request).
  app.use(
    '/api/*',
    timeout(
      deps.requestTimeoutMs ?? 20_000,
      new HTTPException(504, { message: 'The request took too long.' }),
    ),
  );
  app.route('/api', apiRoutes());
  app.all('/api/*', problemNotFound);
  if (deps.staticRoot) app.route('/', spa(deps.staticRoot, { sourcemaps: deps.sourcemaps }));
  return app;
}
