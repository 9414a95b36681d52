/**
 * GET /api/chats?q|unread|assigned_to and /api/chat-facets, answered by the chat index, against
 * the in-process simulator: finding chats beyond the first upstream block,
 * the simulator's filter semantics mirrored, upstream cost, the rate limit, stale-if-error,
 * partial answers, bad parameters, metrics, and the key in no answer.
 */
import { describe, expect, it, vi } from 'vitest';
import type { Simulator } from '../simulator/app.ts';
import { manualClock } from '../test/fake-time.ts';
import { harness as baseHarness, TEST_KEY, type HarnessOptions } from '../test/harness.ts';

type Item = {
  chat_id: string;
  org_phone: string | null;
  chat_name: string | null;
  chat_type: string;
  created_at: string | null;
  assigned_to: string | null;
  message_unread_count: number | null;
  label_ids: string[];
  match: { field: string; ranges: [number, number][] } | null;
};
type Body = {
  chats: Item[];
  total: number;
  next_offset: number | null;
  stale: boolean;
  fetched_at: string;
  index: { complete: boolean; indexed: number; fetched_at: string };
};
/** The harness without the 1 s micro-cache, so polling sees the index complete as soon as it is. */
const harness = (options: HarnessOptions = {}) => baseHarness({ responseMemoMs: 0, ...options });
type App = ReturnType<typeof harness>['app'];

const LATEST = 'sort_by=latest_message_timestamp&sort_order=desc';
const idOf = (c: { org_phone: string | null; chat_id: string }) => `${c.org_phone}|${c.chat_id}`;
const get = async (app: App, path: string) => {
  const res = await app.request(path);
  const text = await res.text();
  expect(text).not.toContain(TEST_KEY);
  return { status: res.status, body: JSON.parse(text), headers: res.headers };
};
const search = async (app: App, query: string): Promise<Body> => {
  const { status, body } = await get(app, `/api/chats?${query}`);
  expect(status).toBe(200);
  return body;
};
/** Every page of an index answer. */
const everything = async (app: App, query: string) => {
  const items: Item[] = [];
  let body: Body | undefined;
  for (let offset: number | null = 0; offset !== null; offset = body.next_offset) {
    body = await search(app, `${query}&limit=500&offset=${offset}`);
    items.push(...body.chats);
  }
  return items;
};
/** The simulator's own GET /chats, all pages (the semantics the index mirrors). */
const upstream = async (sim: Simulator, query: string) => {
  const chats: (Item & { latest_message: { timestamp: string } | null })[] = [];
  for (let offset = 0; ; offset += 2000) {
    const res = await sim.app.request(`/v1/chats?${query}&offset=${offset}&limit=2000`, {
      headers: { Authorization: `Bearer ${TEST_KEY}` },
    });
    const page = (await res.json()).chats;
    chats.push(...page);
    if (page.length < 2000) return chats;
  }
};
const waitComplete = (app: App, timeout = 10_000) =>
  vi.waitFor(async () => expect((await get(app, '/api/chat-facets')).body.complete).toBe(true), {
    timeout,
    interval: 50,
  });
const chatCalls = (requests: Request[]) =>
  requests.filter((r) => new URL(r.url).pathname === '/v1/chats');

describe('search by name and number', () => {
  it('finds a chat beyond the first upstream blocks by name (any case, word prefix) and by number spellings', async () => {
    const { app, sim } = harness({ blockSize: 500 });
    const listing = await upstream(sim, LATEST);
    const position = listing.findIndex(
      (c, i) => i > 1500 && c.chat_type === 'user' && c.chat_name && c.chat_name.includes(' '),
    );
    const target = listing[position]!;
    const name = target.chat_name!;
    const inResults = async (q: string) => {
      const body = await search(app, `q=${encodeURIComponent(q)}&${LATEST}&limit=500`);
      const hit = body.chats.find((c) => idOf(c) === idOf(target));
      expect(hit, `${q} finds chat #${position}`).toBeDefined();
      return hit!;
    };
    await waitComplete(app);
    const exact = await inResults(name.toUpperCase());
    expect(exact.match).toEqual({ field: 'chat_name', ranges: [[0, name.length]] });
    const lastWord = name.slice(name.lastIndexOf(' ') + 1);
    const byWord = await inResults(lastWord.slice(0, 4).toLowerCase());
    expect(byWord.match!.ranges.map(([s, e]) => name.slice(s, e).toLowerCase())).toContain(
      lastWord.slice(0, 4).toLowerCase(),
    );
    const digits = target.chat_id.replace(/\D/g, '');
    for (const q of [
      `+${digits.slice(0, 2)} ${digits.slice(2, 7)} ${digits.slice(7)}`,
      digits.slice(2),
      digits.slice(-5),
      `(${digits.slice(0, 2)}) ${digits.slice(2, 7)}-${digits.slice(7)}`,
    ]) {
      const hit = await inResults(q);
      expect(hit.match!.field).toBe('chat_id');
      expect(hit.match!.ranges.map(([s, e]) => digits.slice(s, e))).toContain(q.replace(/\D/g, ''));
    }
  });

  it('ranks names starting with q first and says how many match', async () => {
    const { app } = harness();
    const body = await search(app, `q=an&${LATEST}&limit=500`);
    const ranks = body.chats.map((c) => (c.chat_name!.toLowerCase().startsWith('an') ? 0 : 1));
    expect(ranks).toEqual([...ranks].sort());
    expect(ranks).toContain(0);
    expect(ranks).toContain(1);
    expect(body.total).toBeGreaterThanOrEqual(body.chats.length);
    expect(body.index).toMatchObject({
      complete: expect.any(Boolean),
      indexed: expect.any(Number),
    });
  });

  it('keeps the block path unchanged without q, unread or assigned_to (match, total and index null)', async () => {
    const { app, upstreamRequests } = harness();
    const body = await search(app, `${LATEST}&limit=10`);
    expect(body).toMatchObject({ total: null, index: null });
    expect(body.chats.every((c) => c.match === null)).toBe(true);
    expect(new URL(chatCalls(upstreamRequests)[0]!.url).searchParams.get('limit')).toBe('1000');
  });
});

describe('filters applied by the index', () => {
  it('mirrors GET /chats filters and order (chat_type, label, time range, sort) combined with unread', async () => {
    const { app, sim } = harness();
    await search(app, 'unread=true');
    await waitComplete(app);
    for (const query of [
      'sort_by=latest_message_timestamp&sort_order=asc&chat_type=group',
      `${LATEST}&start_time=2026-11-15&end_time=2026-11-18`,
      'sort_by=latest_message_timestamp&sort_order=desc&label=label-xbitdvipqshahdcu',
      'chat_type=user',
      'sort_by=created_at&sort_order=asc&start_time=2026-11-01T00:00:00Z',
    ]) {
      const expected = (await upstream(sim, query)).filter(
        (c) => (c.message_unread_count ?? 0) > 0,
      );
      const got = await everything(app, `${query}&unread=true`);
      expect(expected.length, query).toBeGreaterThan(0);
      if (query.includes('created_at') || !query.includes('sort_by')) {
        // created_at ties (e.g. unknown = 1970) are ordered by Periskope's own row order: compare
        // sets and keys.
        expect(new Set(got.map(idOf)), query).toEqual(new Set(expected.map(idOf)));
        expect(
          got.map((c) => c.created_at),
          query,
        ).toEqual(
          expected.map((c) =>
            c.created_at?.startsWith('1970') ? null : new Date(c.created_at!).toISOString(),
          ),
        );
      } else {
        expect(got.map(idOf), query).toEqual(expected.map(idOf));
      }
    }
  });

  it('filters by unread=true|false, assigned_to=<email> and assigned_to=none, consistent with the facets', async () => {
    const { app } = harness();
    const { body: facets } = await get(app, '/api/chat-facets');
    await waitComplete(app);
    const { body: full } = await get(app, '/api/chat-facets');
    expect(facets.total).toBeGreaterThan(0);
    const unread = await everything(app, 'unread=true');
    const read = await everything(app, 'unread=false');
    expect(unread.every((c) => (c.message_unread_count ?? 0) > 0)).toBe(true);
    expect(read.every((c) => (c.message_unread_count ?? 0) === 0)).toBe(true);
    expect([unread.length, unread.length + read.length]).toEqual([full.unread, full.total]);
    const { email, count } = full.assignees[0];
    const mine = await everything(app, `assigned_to=${encodeURIComponent(email.toUpperCase())}`);
    expect(mine.every((c) => c.assigned_to === email)).toBe(true);
    expect(mine).toHaveLength(count);
    const nobody = await everything(app, 'assigned_to=none');
    expect(nobody.every((c) => c.assigned_to === null)).toBe(true);
    expect(nobody).toHaveLength(full.unassigned);
    const combined = await everything(app, 'q=a&unread=true&assigned_to=none&chat_type=user');
    expect(combined.length).toBeGreaterThan(0);
    expect(
      combined.every(
        (c) =>
          c.assigned_to === null &&
          c.message_unread_count! > 0 &&
          c.chat_type === 'user' &&
          c.match?.field === 'chat_name',
      ),
    ).toBe(true);
    expect(full.labels.every((l: { label_id: string }) => l.label_id.startsWith('label-'))).toBe(
      true,
    );
  });
});

describe('upstream cost', () => {
  it('builds with exactly ceil(n / blockSize) list calls, shared by 20 concurrent searches, then costs none', async () => {
    const { app, sim, upstreamRequests } = harness({ blockSize: 500 });
    const n = sim.data.chatsOf().length;
    expect(n % 500).not.toBe(0);
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        app.request(`/api/chats?q=${'abcdefghijklmnopqrst'[i]}&${LATEST}`),
      ),
    );
    expect(answers.map((r) => r.status)).toEqual(Array(20).fill(200));
    await waitComplete(app);
    await search(app, `q=zz&unread=false&${LATEST}`);
    const calls = chatCalls(upstreamRequests);
    expect(calls).toHaveLength(Math.ceil(n / 500));
    expect(calls.map((r) => new URL(r.url).searchParams.get('offset'))).toEqual(
      Array.from({ length: calls.length }, (_, i) => String(i * 500)),
    );
    expect(
      calls.every((r) => new URL(r.url).searchParams.get('sort_by') === 'latest_message_timestamp'),
    ).toBe(true);
  });

  it('builds against a simulator enforcing its rate limit with zero 429s, while agents keep browsing', async () => {
    // Periskope's 10 per 2 s at a quarter of the time scale; our budget 8 per 500 ms.
    const { app, sim, upstreamStatuses } = harness({
      simulator: { chats: 4000, rateLimit: { limit: 10, windowMs: 500, enforce: true } },
      limiter: { limit: 8, windowMs: 500, concurrency: 4 },
      blockSize: 200,
      deadlineMs: 20_000,
    });
    const first = await search(app, `q=a&${LATEST}`);
    expect(first.index.complete).toBe(false);
    const browsing = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        app.request(`/api/chats?limit=50&offset=${i * 50}&${LATEST}`),
      ),
    );
    expect(browsing.every((r) => r.status === 200)).toBe(true);
    await waitComplete(app, 25_000);
    expect((await search(app, 'unread=false')).index.indexed).toBe(sim.data.chatsOf().length);
    expect(upstreamStatuses.filter((s) => s === 429)).toEqual([]);
    expect(sim.stats.rateLimited).toBe(0);
  }, 30_000);
});

describe('freshness and failures', () => {
  it('answers from the first page while the index builds (complete: false), one upstream call in', async () => {
    let release = () => {};
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const { app, upstreamStatuses } = harness({
      blockSize: 500,
      upstream: async (request, simulator) => {
        if (Number(new URL(request.url).searchParams.get('offset')) > 0) await gate;
        return simulator(request);
      },
    });
    const partial = await search(app, `q=a&${LATEST}`);
    expect(partial.index).toMatchObject({ complete: false, indexed: 500 });
    expect(partial.total).toBeLessThanOrEqual(500);
    expect(upstreamStatuses).toHaveLength(1);
    const { body: facets } = await get(app, '/api/chat-facets');
    expect(facets).toMatchObject({ complete: false, total: 500 });
    release();
    await waitComplete(app);
    const full = await search(app, `q=a&${LATEST}`);
    expect(full.index.complete).toBe(true);
    expect(full.total).toBeGreaterThan(partial.total);
  });

  it('keeps answering from the last index when upstream fails (stale-if-error), stale once past the TTL', async () => {
    let failing = false;
    const clock = manualClock();
    const { app, upstreamStatuses } = harness({
      simulator: { chats: 300 }, // its own rate-limit window: the build is not paused by other tests' calls
      chatIndexTtlMs: 1000,
      responseMemoMs: 0,
      attempts: 1,
      now: clock,
      upstream: (request, simulator) =>
        failing
          ? Promise.resolve(
              new Response('{"code":"X","message":"down","status":500}', {
                status: 500,
                headers: { 'content-type': 'application/json' },
              }),
            )
          : simulator(request),
    });
    await search(app, 'q=a');
    await waitComplete(app);
    const fresh = await search(app, `q=a&${LATEST}`);
    expect(fresh.stale).toBe(false);
    failing = true;
    clock.advance(1000);
    expect(await search(app, `q=a&${LATEST}`)).toMatchObject({ stale: false }); // at the TTL
    clock.advance(100);
    for (let i = 0; i < 3; i++) {
      const { status, body, headers } = await get(app, `/api/chats?q=a&${LATEST}`);
      expect(status).toBe(200);
      expect(body).toMatchObject({ stale: true, total: fresh.total, index: { complete: true } });
      expect(body.chats).toEqual(fresh.chats);
      expect(headers.get('age')).toBe('1');
      clock.advance(50);
    }
    // Past the TTL a request started a refresh; it failed, and the backoff holds the next one.
    await vi.waitFor(() => expect(upstreamStatuses.filter((s) => s === 500)).toHaveLength(1));
  });

  it('answers problem+json when there is no index and upstream fails', async () => {
    const { app } = harness({
      attempts: 1,
      upstream: async () =>
        new Response('{"code":"X","message":"down","status":500}', { status: 500 }),
    });
    for (const path of ['/api/chats?q=jo', '/api/chat-facets']) {
      const res = await app.request(path);
      expect(res.status).toBe(502);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect(await res.json()).toMatchObject({ code: 'upstream_error' });
    }
  });

  it('scopes the index by phone (x-phone on every list call) and rejects unknown phones with 400', async () => {
    const { app, upstreamRequests } = harness();
    const body = await search(app, 'unread=true&phone=918527184400');
    expect(body.chats.every((c) => c.org_phone === '918527184400@c.us')).toBe(true);
    expect(
      chatCalls(upstreamRequests).every((r) => r.headers.get('x-phone') === '918527184400'),
    ).toBe(true);
    const { status, body: problem } = await get(app, '/api/chats?q=jo&phone=919999999999');
    expect([status, problem.errors[0].name]).toEqual([400, 'phone']);
  });
});

describe('parameters and operations', () => {
  it.each([
    ['q=', 'q'],
    ['q=%20%20', 'q'],
    [`q=${'x'.repeat(101)}`, 'q'],
    ['unread=yes', 'unread'],
    ['unread=1', 'unread'],
    ['assigned_to=bob', 'assigned_to'],
    ['assigned_to=', 'assigned_to'],
    ['q=jo&label=VIP', 'label'],
    ['unread=true&limit=501', 'limit'],
  ])('%s → 400 naming %s, no upstream call', async (query, field) => {
    const { app, upstreamRequests } = harness();
    const { status, body } = await get(app, `/api/chats?${query}`);
    expect(status).toBe(400);
    expect(body).toMatchObject({ code: 'invalid_parameter' });
    expect(body.errors.map((e: { name: string }) => e.name)).toEqual([field]);
    expect(upstreamRequests).toHaveLength(0);
  });

  it('accepts a label id with q, and a label name without', async () => {
    const { app } = harness();
    expect((await get(app, '/api/chats?q=a&label=label-xbitdvipqshahdcu')).status).toBe(200);
    expect((await get(app, '/api/chats?label=VIP&limit=5')).status).toBe(200);
  });

  it('exports the index size per scope, build durations and outcomes', async () => {
    const { app, sim, metrics } = harness();
    await search(app, 'q=a');
    await waitComplete(app);
    const text = await metrics.registry.metrics();
    expect(text).toContain(
      `periskope_inbox_chat_index_chats{scope="all"} ${sim.data.chatsOf().length}`,
    );
    expect(text).toContain('periskope_inbox_chat_index_builds_total{outcome="success"} 1');
    expect(text).toMatch(/periskope_inbox_chat_index_build_duration_seconds_count 1/);
  });
});

describe('20,000 chats', () => {
  // How fast a search is belongs to the benchmarks (bench/server.ts), not here.
  it('answers searches over a built index of 20,000 chats from memory, without upstream calls', async () => {
    const { app, sim, upstreamRequests } = harness({
      simulator: { chats: 20_000 },
      blockSize: 2000,
      limiter: { limit: 40, windowMs: 1000 },
      responseMemoMs: 0,
    });
    expect(sim.data.chatsOf().length).toBeGreaterThanOrEqual(20_000);
    await search(app, 'q=a');
    await waitComplete(app, 30_000);
    const calls = upstreamRequests.length;
    for (const query of [
      'q=an',
      'q=zzzq',
      'q=98765',
      'q=%2B91%2098',
      'unread=true&assigned_to=none',
      'q=jo&sort_by=created_at&sort_order=asc',
    ]) {
      const body = await search(app, `${query}&limit=50`);
      expect(body.index).toMatchObject({ complete: true, indexed: sim.data.chatsOf().length });
      expect(body.chats.length, query).toBeLessThanOrEqual(50);
    }
    expect(upstreamRequests).toHaveLength(calls);
  }, 60_000);
});
