/**
 * A Periskope-compatible REST simulator (docs/periskope-api.md#auth to #objects, 6): demo upstream,
 * test upstream and load generator. `createSimulator()` generates a deterministic org around the
 * documented fixtures and returns a Hono app serving `/v1/*` (Bearer auth, x-phone, paging,
 * rate-limit headers) and public `/media/*`.
 */
import { Hono } from 'hono';
import { etag } from 'hono/etag';
import { HTTPException } from 'hono/http-exception';
import { createData, type SimulatorData } from './data/store.ts';
import type { SimEnv } from './http/env.ts';
import { createFaultState, type Faults } from './faults/faults.ts';
import { faultAnswers, faultTransport, SimulatedConnectionReset } from './faults/middleware.ts';
import { ROUTE_NOT_FOUND } from './http/errors.ts';
import { mediaRoutes } from './media/routes.ts';
import { bearerAuth } from './middleware/auth.ts';
import { periskopeHeaders } from './middleware/periskope-headers.ts';
import { phoneScope } from './middleware/phone-scope.ts';
import { rateLimit } from './middleware/rate-limit.ts';
import { requestStats, type RequestStats } from './middleware/stats.ts';
import { chatRoutes } from './routes/chats.ts';
import { singleMessageRoutes } from './routes/message.ts';
import { messageRoutes } from './routes/messages.ts';
import { notificationRoutes } from './routes/notifications.ts';
import { reactionRoutes } from './routes/reactions.ts';
import { phoneRoutes } from './routes/phones.ts';

export type { SimulatorData } from './data/store.ts';
export type { Faults } from './faults/faults.ts';
export type { RequestStats } from './middleware/stats.ts';

export interface SimulatorOptions {
  /** Bearer token the simulator accepts (any other → 401). */
  apiKey: string;
  /**
   * Absolute origin where this simulator is reachable by a browser, e.g. "http://127.0.0.1:41234";
   * media URLs in the data are `${publicUrl}/media/...`.
   */
  publicUrl: string;
  /** PRNG seed; same seed (and same `now`) ⇒ byte-identical data. Default 42. */
  seed?: number;
  /** Number of generated chats (fixture chats come on top). Default 2000. */
  chats?: number;
  /**
   * Epoch ms that generated timestamps are relative to (latest messages fall in the days before
   * it). Default Date.now() at creation.
   */
  now?: number;
  /**
   * Rate limit. Headers X-RateLimit-Limit/Remaining/Reset are sent on every /v1 response; when
   * `enforce` is true a request beyond `limit` in the current window gets 429. `enforce` is only
   * the initial `faults.enforceRateLimit` (switchable at runtime). Default { limit: 10, windowMs:
   * 2000, enforce: false }.
   */
  rateLimit?: { limit: number; windowMs: number; enforce: boolean };
  /** Faults at creation and after `resetFaults()` (default: none). See {@link Faults}. */
  faults?: Partial<Faults>;
}

export interface Simulator {
  app: Hono;
  data: SimulatorData;
  /**
   * Counts of /v1 requests (total, by path template) and of 429s served, for tests and benchmarks.
   */
  stats: RequestStats;
  /** Live fault switches of /v1 (not /media), read on every request: mutate between requests. */
  faults: Faults;
  /** Restores the creation-time faults and restarts the fault PRNG stream. */
  resetFaults: () => void;
}

/**
 * Generates the data (≈ 0.1 s for 2,000 chats, ≈ 1 s for 20,000) and builds the app.
 * @throws {Error} when `publicUrl` is not an absolute http(s) origin
 */
export function createSimulator(options: SimulatorOptions): Simulator {
  const publicUrl = new URL(options.publicUrl).origin;
  const data = createData({
    seed: options.seed ?? 42,
    chats: options.chats ?? 2000,
    now: options.now ?? Date.now(),
    publicUrl,
  });
  const stats: RequestStats = { requests: 0, byRoute: {}, rateLimited: 0 };
  const { limit, windowMs, enforce } = options.rateLimit ?? {
    limit: 10,
    windowMs: 2000,
    enforce: false,
  };
  const fault = createFaultState(options.seed ?? 42, {
    enforceRateLimit: enforce,
    ...options.faults,
  });
  const v1 = new Hono<SimEnv>()
    .use(requestStats(stats))
    .use(periskopeHeaders(data.org_id))
    .use(faultTransport(fault))
    .use(
      rateLimit({
        limit,
        windowMs,
        get enforce() {
          return fault.faults.enforceRateLimit;
        },
        forced: () => fault.faults.rateLimited,
      }),
    )
    .use(faultAnswers(fault))
    .use(etag({ weak: true }))
    .use(bearerAuth(options.apiKey))
    .use(phoneScope(data))
    .route('/chats', messageRoutes(data))
    .route('/chats', notificationRoutes(data))
    .route('/chats', chatRoutes(data))
    .route('/message', singleMessageRoutes(data))
    .route('/reactions', reactionRoutes(data))
    .route('/phones', phoneRoutes(data));
  const app = new Hono()
    .get('/', (c) =>
      c.text(
        `Periskope simulator: API at ${publicUrl}/v1 (Bearer auth), media at ${publicUrl}/media\n`,
      ),
    )
    .route('/media', mediaRoutes())
    .route('/v1', v1);
  app.notFound((c) => c.json(ROUTE_NOT_FOUND, 404));
  app.onError((error, c) => {
    if (error instanceof SimulatedConnectionReset) throw error; // reject app.fetch: no response at all
    if (error instanceof HTTPException) return error.getResponse();
    console.error(error); // Hono's default handler
    return c.text('Internal Server Error', 500);
  });
  return { app, data, stats, faults: fault.faults, resetFaults: fault.reset };
}
