/**
 * Rate-limit headers on every /v1 response; 429 + Retry-After when enforced (undocumented
 * upstream).
 */
import { Hono } from 'hono';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { get, NOW, simulator } from '../test-client.ts';
import { rateLimit } from './rate-limit.ts';

afterEach(() => {
  vi.useRealTimers();
});

describe('rate limit', () => {
  it('sends X-RateLimit-* as strings with an absolute epoch-seconds reset = window start + window', async () => {
    // A fake `Date` before the simulator exists, so its limiter reads it: the window starts at
    // the first request, 0.3 s into a second.
    vi.useFakeTimers({ toFake: ['Date'], now: NOW + 300 });
    const sim = simulator({
      seed: 5,
      chats: 20,
      rateLimit: { limit: 10, windowMs: 2000, enforce: false },
    });
    const res = await get(sim, '/v1/phones/all');
    expect(res.headers.get('x-ratelimit-limit')).toBe('10');
    expect(res.headers.get('x-ratelimit-remaining')).toBe('9');
    expect(res.headers.get('x-ratelimit-reset')).toBe(String(Math.ceil((NOW + 300 + 2000) / 1000)));
    for (let i = 0; i < 15; i++) expect((await get(sim, '/v1/phones/all')).status).toBe(200);
  });

  it('answers 429 beyond the limit when enforced, with Retry-After and the headers', async () => {
    const sim = simulator({
      seed: 6,
      chats: 20,
      rateLimit: { limit: 3, windowMs: 60_000, enforce: true },
    });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await get(sim, '/v1/chats?limit=1')).status);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    const res = await get(sim, '/v1/chats?limit=1');
    expect(res.body).toStrictEqual({
      code: 'RATE_LIMIT_ERROR',
      message: 'Too many requests',
      status: 429,
    });
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(res.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(res.headers.get('x-ratelimit-limit')).toBe('3');
  });

  it('opens a new window after windowMs (fixed window per key)', async () => {
    let now = 1_000_000;
    const app = new Hono()
      .use(rateLimit({ limit: 1, windowMs: 2000, enforce: true, clock: () => now }))
      .get('/', (c) => c.text('ok'));
    const call = async (key: string): Promise<Response> =>
      app.request('/', { headers: { Authorization: key } });
    expect((await call('a')).status).toBe(200);
    expect((await call('a')).status).toBe(429);
    expect((await call('b')).status).toBe(200);
    now += 2000;
    const fresh = await call('a');
    expect(fresh.status).toBe(200);
    expect(fresh.headers.get('x-ratelimit-reset')).toBe(String(Math.ceil((now + 2000) / 1000)));
  });
});
