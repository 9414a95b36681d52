/**
 * GET /v1/phones/all (bare array of phone objects, no x-phone) and GET /v1/phones (the x-phone's
 * phone; without x-phone → 422 `Missing Header: {x-phone}`), per the SDK
 * (docs/periskope-api.md#auth, #endpoints).
 */
import { Hono } from 'hono';
import type { SimulatorData } from '../data/store.ts';
import type { SimEnv } from '../http/env.ts';
import { validationError } from '../http/errors.ts';

/** Routes mounted at /v1/phones: `/all` and `/`. */
export function phoneRoutes(data: SimulatorData): Hono<SimEnv> {
  return new Hono<SimEnv>()
    .get('/all', (c) => c.json(data.phones, 200))
    .get('/', (c) => {
      const phone = c.get('phone');
      if (!phone) return c.json(validationError('x-phone', 'Missing Header: {x-phone}'), 422);
      return c.json(phone, 200);
    });
}
