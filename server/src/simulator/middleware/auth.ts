/**
 * Bearer authentication (docs/periskope-api.md#auth): `Authorization: Bearer <api key>`; anything
 * else → 401 `UNAUTHORIZED_ERROR` with the documented body.
 */
import { timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { UNAUTHORIZED } from '../http/errors.ts';
import type { SimEnv } from '../http/env.ts';

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * @param apiKey - the one key the simulator accepts
 */
export function bearerAuth(apiKey: string): MiddlewareHandler<SimEnv> {
  return async function simulatorBearerAuth(c, next) {
    const header = c.req.header('authorization') ?? '';
    const token = /^Bearer\s+(.+)$/i.exec(header)?.[1]?.trim();
    if (!token || !same(token, apiKey)) return c.json(UNAUTHORIZED, 401);
    await next();
  };
}
