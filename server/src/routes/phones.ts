/**
 * `/api/phones`: the org's connected WhatsApp numbers, and `/api/config`: what the SPA needs to
 * know about this server (demo mode, default phone). Neither says anything about the key.
 */
import { Hono } from 'hono';
import type { AppEnv } from '../app-env.ts';
import { freshness } from './freshness.ts';

export const phoneRoutes = new Hono<AppEnv>().get('/', async (c) => {
  const phones = await c.var.periskope.listPhones(c.var.scope(undefined));
  return c.json({ phones: phones.value, ...freshness(c, phones) }, 200);
});

export const configRoutes = new Hono<AppEnv>().get('/', (c) =>
  c.json(
    {
      demo: c.var.config.demo,
      default_phone: c.var.config.defaultPhone ?? null,
      labels: c.var.config.labelNames ?? {},
      refresh_interval_ms: c.var.config.refreshIntervalMs ?? 15_000,
    },
    200,
  ),
);
