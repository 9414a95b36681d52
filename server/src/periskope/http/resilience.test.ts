/**
 * The BFF under Periskope's rate limit and faults: coalescing, zero 429s for a burst of
 * agents, stale-if-error, the circuit breaker, failing fast when the budget is exhausted, and
 * property-based checks over query parameters.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { manualClock, runUntilSettled, useFakeTime, useRealTime } from '../../test/fake-time.ts';
import { harness } from '../../test/harness.ts';

afterEach(useRealTime);

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });

describe('upstream budget', () => {
  it('coalesces 100 concurrent identical requests into one upstream call', async () => {
    const { app, upstreamRequests } = harness();
    const answers = await Promise.all(
      Array.from({ length: 100 }, () =>
        app.request('/api/chats?limit=50&sort_by=latest_message_timestamp'),
      ),
    );
    expect(answers.every((r) => r.status === 200)).toBe(true);
    expect(upstreamRequests).toHaveLength(1);
  });

  it('serves a burst of 20 agents against a simulator enforcing its limit with zero upstream 429s', async () => {
    // On fake time, so at Periskope's own scale: 10 per 2 s; our budget 8 per 2 s.
    useFakeTime();
    const { app, upstreamStatuses } = harness({
      simulator: { rateLimit: { limit: 10, windowMs: 2000, enforce: true } },
      limiter: { limit: 8, windowMs: 2000, concurrency: 4 },
      deadlineMs: 20_000,
    });
    const inbox = await (
      await runUntilSettled(app.request('/api/chats?limit=20&sort_by=latest_message_timestamp'), 0)
    ).value.json();
    const chatIds: string[] = inbox.chats.map((c: { chat_id: string }) => c.chat_id);
    const agent = async (i: number) => {
      const chat = encodeURIComponent(chatIds[i % chatIds.length]!);
      const answers = await Promise.all([
        app.request('/api/chats?limit=50&sort_by=latest_message_timestamp'),
        app.request(`/api/chats/${chat}`),
        app.request(`/api/chats/${chat}/messages?limit=50`),
      ]);
      return answers.map((r) => r.status);
    };
    const burst = Promise.all(Array.from({ length: 20 }, (_, i) => agent(i)));
    const { value, elapsedMs } = await runUntilSettled(burst, 20_000);
    const statuses = value.flat();
    expect(elapsedMs).toBeGreaterThanOrEqual(2000); // more calls than one window allows: they queued
    expect(statuses).toHaveLength(60);
    expect(statuses.every((s) => s === 200)).toBe(true);
    expect(upstreamStatuses.filter((s) => s === 429)).toEqual([]);
    expect(upstreamStatuses.length).toBeGreaterThanOrEqual(41);
  });

  it('fails fast with 503 + Retry-After when the budget cannot serve a call before its deadline', async () => {
    useFakeTime();
    let calls = 0;
    const { app, metrics } = harness({
      upstream: async () =>
        ++calls === 1
          ? json(
              429,
              { code: 'RATE_LIMIT_ERROR', message: 'x', status: 429 },
              { 'retry-after': '20' },
            )
          : json(200, { chats: [] }),
      deadlineMs: 3000,
    });
    const first = await runUntilSettled(app.request('/api/chats?limit=5'), 3000);
    const second = await runUntilSettled(app.request('/api/chats?limit=5&chat_type=group'), 3000);
    // Neither waited: no retry of the 429 (its Retry-After passes the deadline), and the second
    // call was turned away by the limiter at once, before reaching Periskope.
    expect([first.elapsedMs, second.elapsedMs]).toEqual([0, 0]);
    expect(calls).toBe(1);
    expect((await metrics.limiterRejections.get()).values[0]?.value).toBe(1);
    for (const { value: res } of [first, second]) {
      expect(res.status).toBe(503);
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(await res.json()).toMatchObject({ code: 'upstream_rate_limited' });
    }
  });
});

describe('failures', () => {
  it('serves the last good copy, marked stale, when upstream fails (stale-if-error)', async () => {
    let failing = false;
    const clock = manualClock();
    const { app, upstreamStatuses } = harness({
      ttlMs: 50,
      responseMemoMs: 0,
      now: clock,
      upstream: (request, simulator) =>
        failing
          ? Promise.resolve(json(500, { code: 'X', message: 'down', status: 500 }))
          : simulator(request),
    });
    const fresh = await (await app.request('/api/chats?limit=10')).json();
    expect(fresh.stale).toBe(false);
    failing = true;
    clock.advance(1120);
    for (let i = 0; i < 2; i++) {
      const res = await app.request('/api/chats?limit=10');
      expect(res.status).toBe(200);
      const body = await res.json();
      expect(body.stale).toBe(true);
      expect(body.chats).toEqual(fresh.chats);
      expect(body.fetched_at).toBe(fresh.fetched_at);
      expect(res.headers.get('age')).toBe('1');
      clock.advance(30);
    }
    expect(upstreamStatuses).toContain(500); // the refreshes were tried, and failed
  });

  it('opens the circuit after repeated failures, fails fast, and closes again by itself', async () => {
    useFakeTime();
    let healthy = false;
    const { app, upstreamStatuses } = harness({
      attempts: 1,
      breaker: { resetTimeoutMs: 300, volumeThreshold: 3 },
      upstream: (request, simulator) =>
        healthy
          ? simulator(request)
          : Promise.resolve(json(500, { code: 'X', message: 'down', status: 500 })),
    });
    const get = async (path: string) => (await runUntilSettled(app.request(path), 1000)).value;
    for (let i = 0; i < 4; i++) await get(`/api/chats?limit=5&offset=${i}`);
    const before = upstreamStatuses.length;
    const open = await runUntilSettled(app.request('/api/chats?limit=5&offset=99'), 1000);
    expect(open.elapsedMs).toBe(0);
    expect(open.value.status).toBe(503);
    expect(open.value.headers.get('retry-after')).toBe('1');
    expect(await open.value.json()).toMatchObject({ code: 'upstream_circuit_open' });
    expect(upstreamStatuses.length).toBe(before); // failed fast: Periskope was not called
    healthy = true;
    await vi.advanceTimersByTimeAsync(299);
    expect((await get('/api/chats?limit=5&offset=98')).status).toBe(503); // still open
    expect(upstreamStatuses.length).toBe(before);
    await vi.advanceTimersByTimeAsync(1); // resetTimeoutMs: one trial call goes through
    expect((await get('/api/chats?limit=5&offset=100')).status).toBe(200);
    expect((await get('/api/chats?limit=5&offset=101')).status).toBe(200);
  });
});

describe('property: any query string', () => {
  const keys = [
    'offset',
    'limit',
    'sort_by',
    'sort_order',
    'chat_type',
    'label',
    'start_time',
    'end_time',
    'phone',
    'q',
    'x',
  ];
  const value = fc.oneof(
    fc.string(),
    fc.integer().map(String),
    fc.constantFrom('2000', '2001', '-1', '1e9', 'desc', 'group', '2025-04-25', '919876543210', ''),
  );

  it('never answers 5xx and never sends a limit above 2000 upstream', async () => {
    const { app, upstreamRequests } = harness();
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.constantFrom(...keys), value, { maxKeys: 6 }),
        fc.constantFrom(
          '/api/chats',
          '/api/messages',
          '/api/notifications',
          '/api/chats/919537851844@c.us/messages',
        ),
        async (query, path) => {
          const res = await app.request(`${path}?${new URLSearchParams(query)}`);
          expect(res.status).toBeLessThan(500);
          if (res.status !== 200)
            expect(res.headers.get('content-type')).toContain('application/problem+json');
        },
      ),
      { numRuns: 150 },
    );
    const limits = upstreamRequests.map((r) =>
      Number(new URL(r.url).searchParams.get('limit') ?? 0),
    );
    expect(Math.max(...limits)).toBeLessThanOrEqual(2000);
  });
});
