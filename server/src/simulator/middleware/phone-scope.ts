/**
 * `x-phone` (docs/periskope-api.md#auth): absent = every org phone; digits or `phone-…` selects
 * one; an unknown phone (outside the key's scope) → 401 like a bad key.
 */
import type { MiddlewareHandler } from 'hono';
import type { SimulatorData } from '../data/store.ts';
import { UNAUTHORIZED } from '../http/errors.ts';
import type { SimEnv } from '../http/env.ts';

/** Sets `phone` in the context from `x-phone`; 401 `UNAUTHORIZED_ERROR` for an unknown phone. */
export function phoneScope(data: SimulatorData): MiddlewareHandler<SimEnv> {
  return async function simulatorPhoneScope(c, next) {
    const header = c.req.header('x-phone')?.trim();
    if (header) {
      const phone = data.resolvePhone(header);
      if (!phone) return c.json(UNAUTHORIZED, 401);
      c.set('phone', phone);
    }
    await next();
  };
}
