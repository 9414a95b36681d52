/**
 * ChatIndex lifecycle and query semantics against a scripted loader (no HTTP): progressive
 * builds, coalescing, de-duplication, stale-if-error with backoff, eviction, ranking, filters.
 * The same index behind the routes, with the simulator, is tested in routes/chat-index.test.ts.
 */
import { describe, expect, it, vi } from 'vitest';
import { manualClock } from '../../test/fake-time.ts';
import { ChatIndex, type ChatPageLoader } from './chat-index.ts';
import { chatSchema, type Chat } from '../api/schemas/chat.ts';

const PHONE = '918527184400@c.us';
const chat = (n: number, extra: Record<string, unknown> = {}): Chat =>
  chatSchema.parse({
    chat_id: `9190000${String(n).padStart(5, '0')}@c.us`,
    chat_name: `Chat ${n}`,
    chat_type: 'user',
    org_phone: PHONE,
    latest_message: null,
    ...extra,
  });
const chats = (count: number) => Array.from({ length: count }, (_, i) => chat(i));
const pager = (list: () => Chat[]) =>
  vi.fn<ChatPageLoader>(async (offset, limit) => list().slice(offset, offset + limit));
const page = { offset: 0, limit: 50 };
const all = {};

describe('ChatIndex builds', () => {
  it('lists the scope in pages until a short page: ⌊n / blockSize⌋ + 1 calls', async () => {
    for (const [count, calls] of [
      [1234, 3],
      [1000, 3],
      [499, 1],
    ] as const) {
      const index = new ChatIndex({ blockSize: 500, ttlMs: 60_000 });
      const load = pager(() => chats(count));
      await index.search(all, load, { q: 'zzz' }, page);
      await vi.waitFor(async () =>
        expect((await index.search(all, load, {}, page)).complete).toBe(true),
      );
      expect(load.mock.calls).toEqual(Array.from({ length: calls }, (_, i) => [i * 500, 500]));
      expect((await index.search(all, load, {}, page)).indexed).toBe(count);
    }
  });

  it('answers from the first page while the rest loads (complete: false), then from all of it', async () => {
    let release = () => {};
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const list = chats(1200);
    const load = vi.fn<ChatPageLoader>(async (offset, limit) => {
      if (offset > 0) await gate;
      return list.slice(offset, offset + limit);
    });
    const index = new ChatIndex({ blockSize: 500, ttlMs: 60_000 });
    const partial = await index.search(all, load, { q: 'chat 1' }, page);
    expect(partial).toMatchObject({ complete: false, indexed: 500 });
    expect(partial.total).toBe(111); // "Chat 1", "Chat 10".."Chat 19", "Chat 100".."Chat 199" among the first 500
    release();
    await vi.waitFor(async () =>
      expect((await index.search(all, load, {}, page)).complete).toBe(true),
    );
    expect((await index.search(all, load, { q: 'chat 1' }, page)).total).toBe(311);
    expect(load).toHaveBeenCalledTimes(3);
  });

  it('shares one build between 20 concurrent searches', async () => {
    const load = pager(() => chats(2100));
    const index = new ChatIndex({ blockSize: 500, ttlMs: 60_000 });
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => index.search(all, load, { q: `chat ${i}` }, page)),
    );
    expect(answers.every((a) => a.total >= 1)).toBe(true);
    await vi.waitFor(async () =>
      expect((await index.search(all, load, {}, page)).complete).toBe(true),
    );
    expect(load).toHaveBeenCalledTimes(5);
  });

  it('keeps the first copy of a chat that moved while paging', async () => {
    const list = chats(600);
    let calls = 0;
    // New activity on chat 550 after the first page: it moves to the top, the rest shift by one.
    const load = vi.fn<ChatPageLoader>(async (offset, limit) => {
      const now =
        calls++ === 0
          ? list
          : [chat(550, { chat_name: 'Moved' }), ...list.filter((_, i) => i !== 550)];
      return now.slice(offset, offset + limit);
    });
    const index = new ChatIndex({ blockSize: 500, ttlMs: 60_000 });
    await index.search(all, load, {}, page);
    await vi.waitFor(async () =>
      expect((await index.search(all, load, {}, page)).complete).toBe(true),
    );
    const every = await index.search(all, load, {}, { offset: 0, limit: 500 });
    const rest = await index.search(all, load, {}, { offset: 500, limit: 500 });
    const ids = [...every.items, ...rest.items].map((c) => c.chat_id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(every.total).toBe(599); // chat 499 listed twice (kept once), chat 550 missed until the next refresh
  });

  it('throws the upstream error when there is no index and the build fails', async () => {
    const index = new ChatIndex({ blockSize: 500, ttlMs: 60_000 });
    const error = new Error('upstream down');
    await expect(
      index.search(
        all,
        async () => {
          throw error;
        },
        {},
        page,
      ),
    ).rejects.toBe(error);
    const load = pager(() => chats(10));
    expect((await index.search(all, load, {}, page)).total).toBe(10); // a later request tries again
  });
});

describe('ChatIndex freshness', () => {
  it('refreshes in the background past the TTL, answering from the old index meanwhile', async () => {
    let count = 10;
    const load = pager(() => chats(count));
    const clock = manualClock();
    const index = new ChatIndex({ blockSize: 500, ttlMs: 50, now: clock });
    expect(await index.search(all, load, {}, page)).toMatchObject({
      total: 10,
      stale: false,
      complete: true,
      fetchedAt: clock(),
    });
    count = 11;
    clock.advance(50);
    expect(await index.search(all, load, {}, page)).toMatchObject({ total: 10, stale: false });
    expect(load).toHaveBeenCalledTimes(1); // not past the TTL yet
    clock.advance(30);
    expect(await index.search(all, load, {}, page)).toMatchObject({ total: 10, stale: true });
    await vi.waitFor(async () =>
      expect(await index.search(all, load, {}, page)).toMatchObject({
        total: 11,
        stale: false,
        fetchedAt: clock(),
      }),
    );
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('keeps the old index when a refresh fails (stale-if-error) and retries only after a backoff', async () => {
    let failing = false;
    const load = vi.fn<ChatPageLoader>(async (offset, limit) => {
      if (failing) throw new Error('down');
      return chats(10).slice(offset, offset + limit);
    });
    const clock = manualClock();
    const index = new ChatIndex({ blockSize: 500, ttlMs: 40, retryMs: 1000, now: clock });
    await index.search(all, load, {}, page);
    failing = true;
    clock.advance(60);
    for (let i = 0; i < 10; i++) {
      expect(await index.search(all, load, {}, page)).toMatchObject({
        total: 10,
        stale: true,
        complete: true,
      });
      await Promise.resolve();
    }
    expect(load).toHaveBeenCalledTimes(2); // one failed refresh, then the backoff holds
    clock.advance(39); // backoff = min(ttlMs, retryMs) = 40 ms from the failure
    await index.search(all, load, {}, page);
    expect(load).toHaveBeenCalledTimes(2);
    clock.advance(1);
    failing = false;
    await index.search(all, load, {}, page);
    await vi.waitFor(async () =>
      expect(await index.search(all, load, {}, page)).toMatchObject({ stale: false }),
    );
    expect(load).toHaveBeenCalledTimes(3);
  });

  it('keeps the pages of a first build that failed midway, incomplete, and completes them later', async () => {
    let fail = true;
    const load = vi.fn<ChatPageLoader>(async (offset, limit) => {
      if (offset > 0 && fail) throw new Error('down');
      return chats(700).slice(offset, offset + limit);
    });
    const onBuild = vi.fn();
    const clock = manualClock();
    const index = new ChatIndex({
      blockSize: 500,
      ttlMs: 60_000,
      retryMs: 20,
      onBuild,
      now: clock,
    });
    expect(await index.search(all, load, {}, page)).toMatchObject({
      complete: false,
      indexed: 500,
    });
    await vi.waitFor(() =>
      expect(onBuild).toHaveBeenCalledWith('all', 'failure', expect.any(Number)),
    );
    expect(await index.search(all, load, {}, page)).toMatchObject({
      complete: false,
      indexed: 500,
    });
    fail = false;
    clock.advance(19); // first retry 20 ms after the failure
    await index.search(all, load, {}, page);
    expect(load).toHaveBeenCalledTimes(2);
    clock.advance(1);
    await index.search(all, load, {}, page);
    await vi.waitFor(async () =>
      expect(await index.search(all, load, {}, page)).toMatchObject({
        complete: true,
        indexed: 700,
      }),
    );
    expect(onBuild).toHaveBeenLastCalledWith('all', 'success', expect.any(Number));
  });

  it('keeps scopes apart and at most maxScopes of them, reporting evictions', async () => {
    const onIndexed = vi.fn();
    const index = new ChatIndex({ blockSize: 500, ttlMs: 60_000, maxScopes: 2, onIndexed });
    const loads = ['911', '912', '913'].map((p, i) => [p, pager(() => chats(i + 1))] as const);
    for (const [phone, load] of loads) await index.search({ phone }, load, {}, page);
    expect(onIndexed).toHaveBeenCalledWith('912', 2);
    expect(onIndexed).toHaveBeenCalledWith('911', null);
    expect((await index.search({ phone: '912' }, loads[1]![1], {}, page)).total).toBe(2);
    expect((await index.search({ phone: '913' }, loads[2]![1], {}, page)).total).toBe(3);
    expect(loads.map(([, load]) => load.mock.calls.length)).toEqual([1, 1, 1]);
  });
});

describe('ChatIndex queries', () => {
  const people = [
    chat(1, {
      chat_name: 'Tamara Singh',
      message_unread_count: 2,
      assigned_to: 'Sam@hashlabs.dev',
      latest_message: null,
    }),
    chat(2, { chat_name: 'Ana María', message_unread_count: 0, assigned_to: null }),
    chat(3, {
      chat_name: 'María José',
      message_unread_count: null,
      assigned_to: 'sam@hashlabs.dev',
      label_ids: { 'label-a': true },
    }),
    chat(4, {
      chat_id: '919537851844@c.us',
      chat_name: 'BK Local1',
      message_unread_count: 5,
      label_ids: { 'label-a': true, 'label-b': true },
    }),
    chat(5, { chat_name: null, chat_id: '447700900123@c.us' }),
  ];
  const load = pager(() => people);

  it('ranks prefix, word prefix, then substring, in listing order within a rank', async () => {
    const found = await new ChatIndex({ blockSize: 500, ttlMs: 60_000 }).search(
      all,
      load,
      { q: 'mar', sort_by: 'latest_message_timestamp' },
      page,
    );
    expect(found.items.map((c) => [c.chat_name, c.match])).toEqual([
      ['María José', { field: 'chat_name', ranges: [[0, 3]] }],
      ['Ana María', { field: 'chat_name', ranges: [[4, 7]] }],
      ['Tamara Singh', { field: 'chat_name', ranges: [[2, 5]] }],
    ]);
  });

  it('finds numbers in several spellings and reports digit ranges', async () => {
    const index = new ChatIndex({ blockSize: 500, ttlMs: 60_000 });
    for (const q of ['+91 95378 51844', '9537851844', '51844', '(91) 95378-51844']) {
      const found = await index.search(all, load, { q }, page);
      expect(found.items.map((c) => c.chat_id)).toEqual(['919537851844@c.us']);
      const [[start, end]] = found.items[0]!.match!.ranges as [[number, number]];
      expect(found.items[0]!.match!.field).toBe('chat_id');
      expect('919537851844'.slice(start, end)).toBe(q.replace(/\D/g, ''));
    }
    expect((await index.search(all, load, { q: '447700' }, page)).items[0]).toMatchObject({
      chat_name: null,
      match: { field: 'chat_id', ranges: [[0, 6]] },
    });
  });

  it('filters by unread, assignee (case-insensitive) or none, label id, all combined with q', async () => {
    const index = new ChatIndex({ blockSize: 500, ttlMs: 60_000 });
    const names = async (query: object) =>
      (await index.search(all, load, query, page)).items.map((c) => c.chat_name);
    expect(await names({ unread: true })).toEqual(
      expect.arrayContaining(['Tamara Singh', 'BK Local1']),
    );
    expect(await names({ unread: true })).toHaveLength(2);
    expect(await names({ unread: false })).toHaveLength(3);
    expect(
      await names({ assigned_to: 'SAM@hashlabs.dev', sort_by: 'latest_message_timestamp' }),
    ).toEqual(['Tamara Singh', 'María José']);
    expect(await names({ assigned_to: 'none' })).toHaveLength(3);
    expect(await names({ label: 'label-a', unread: true })).toEqual(['BK Local1']);
    expect(await names({ q: 'maria', assigned_to: 'none' })).toEqual(['Ana María']);
    expect(
      (await index.search(all, load, { unread: true }, page)).items.every((c) => c.match === null),
    ).toBe(true);
  });

  it('counts facets over the whole index', async () => {
    const facets = await new ChatIndex({ blockSize: 500, ttlMs: 60_000 }).facets(all, load);
    expect(facets).toMatchObject({
      assignees: [{ email: 'Sam@hashlabs.dev', count: 2 }],
      labels: [
        { label_id: 'label-a', count: 2 },
        { label_id: 'label-b', count: 1 },
      ],
      unread: 2,
      unassigned: 3,
      total: 5,
      complete: true,
      indexed: 5,
    });
  });
});
