/**
 * HTTP behaviour of the simulator: auth, x-phone, headers, paging and the 422 body.
 */
import { describe, expect, it } from 'vitest';
import errorExample from './fixtures/error-422.example.json' with { type: 'json' };
import type { MessageRecord } from './data/types.ts';
import type { ChatListItem } from './data/chat-types.ts';
import { get, getAnonymous, simulator } from './test-client.ts';

type Page<K extends string, T> = { count: number; from: number; to: number } & Record<K, T[]>;
const SUPPORT = '918527184400@c.us';
const sim = simulator();

describe('auth and x-phone (docs/periskope-api.md#auth)', () => {
  const unauthorized = {
    code: 'UNAUTHORIZED_ERROR',
    message: 'Invalid bearer auth token',
    status: 401,
  };

  it('401 without a key, with a wrong key, and with an unknown x-phone', async () => {
    expect(await getAnonymous(sim, '/v1/chats')).toMatchObject({ status: 401, body: unauthorized });
    expect(await get(sim, '/v1/chats', { Authorization: 'Bearer nope' })).toMatchObject({
      status: 401,
      body: unauthorized,
    });
    expect(await get(sim, '/v1/chats', { 'x-phone': '911111111111' })).toMatchObject({
      status: 401,
      body: unauthorized,
    });
    expect(await get(sim, '/v1/chats', { 'x-phone': `${SUPPORT}` })).toMatchObject({ status: 401 });
  });

  it('x-phone by digits or phone id scopes lists to that phone and names it in a header', async () => {
    for (const header of ['918527184400', 'phone-bqzvyibhmwkaergr']) {
      const res = await get<Page<'chats', ChatListItem>>(sim, '/v1/chats', { 'x-phone': header });
      expect(res.status).toBe(200);
      expect(res.headers.get('x-periskope-phone-id')).toBe('phone-bqzvyibhmwkaergr');
      expect(res.body.chats.length).toBeGreaterThan(50);
      expect(res.body.chats.every((c) => c.org_phone === SUPPORT)).toBe(true);
    }
    const all = await get<Page<'chats', ChatListItem>>(sim, '/v1/chats');
    expect(new Set(all.body.chats.map((c) => c.org_phone)).size).toBe(3);
    expect(all.headers.get('x-periskope-phone-id')).toBeNull();
  });

  it('x-phone scopes GET /chats/{id} and /message/{id} too', async () => {
    const other = sim.data.chats.find(
      (e) => !e.core.chat_org_phones.includes(SUPPORT) && e.latestMs !== null,
    );
    if (!other) throw new Error('no chat on another phone');
    expect(
      (await get(sim, `/v1/chats/${other.chat_id}`, { 'x-phone': '918527184400' })).status,
    ).toBe(404);
    const msg = sim.data.messageAt(other, 0);
    expect(
      (await get(sim, `/v1/message/${msg.message_id}`, { 'x-phone': '918527184400' })).status,
    ).toBe(404);
    expect((await get(sim, `/v1/message/${msg.message_id}`)).status).toBe(200);
  });

  it('sends org id and trace id headers; 422s carry org_id instead', async () => {
    const ok = await get(sim, '/v1/chats?limit=1');
    expect(ok.headers.get('x-periskope-org-id')).toBe(sim.data.org_id);
    expect(ok.headers.get('x-periskope-trace-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(ok.headers.get('etag')).toMatch(/^W\//);
    const bad = await get(sim, '/v1/chats?limit=2001');
    expect(bad.headers.get('org_id')).toBe(sim.data.org_id);
    expect(bad.headers.get('x-periskope-org-id')).toBeNull();
  });
});

describe('paging (docs/periskope-api.md#lists)', () => {
  it('limit=2001 → the documented 422 body exactly; limit=10000 → the fixture', async () => {
    const res = await get(sim, '/v1/chats?limit=2001');
    expect(res.status).toBe(422);
    expect(res.body).toStrictEqual({
      ...errorExample,
      fields: { limit: { message: 'Limit should be less than 2000', value: '2001' } },
    });
    expect((await get(sim, '/v1/chats/messages?limit=10000')).body).toStrictEqual(errorExample);
  });

  it('limit=2000 passes; default limit is 2000', async () => {
    const res = await get<Page<'chats', ChatListItem>>(sim, '/v1/chats?limit=2000');
    expect(res.status).toBe(200);
    expect(res.body.count).toBe(Math.min(2000, sim.data.chats.length));
    expect((await get<Page<'chats', ChatListItem>>(sim, '/v1/chats')).body.count).toBe(
      res.body.count,
    );
  });

  it('bad offset/limit → 422 naming the field', async () => {
    for (const [query, field] of [
      ['offset=-1', 'offset'],
      ['offset=x', 'offset'],
      ['limit=-5', 'limit'],
      ['limit=1.5', 'limit'],
    ] as const) {
      const res = await get<{ code: string; fields: Record<string, { value: string }> }>(
        sim,
        `/v1/chats?${query}`,
      );
      expect(res.status).toBe(422);
      expect(res.body.code).toBe('VALIDATION_ERROR');
      expect(Object.keys(res.body.fields)).toEqual([field]);
    }
  });

  it('envelope: 1-based from/to, count = page size, empty page beyond the end', async () => {
    const page = await get<Page<'chats', ChatListItem>>(sim, '/v1/chats?offset=10&limit=5');
    expect(page.body).toMatchObject({ from: 11, to: 15, count: 5 });
    expect(Object.keys(page.body)).toEqual(['chats', 'count', 'from', 'to']);
    const total = sim.data.chats.length;
    const tail = await get<Page<'chats', ChatListItem>>(
      sim,
      `/v1/chats?offset=${total - 3}&limit=10`,
    );
    expect(tail.body).toMatchObject({ from: total - 2, to: total, count: 3 });
    const beyond = await get<Page<'chats', ChatListItem>>(
      sim,
      `/v1/chats?offset=${total + 50}&limit=10`,
    );
    expect(beyond.body).toStrictEqual({ chats: [], count: 0, from: total + 50, to: total + 50 });
  });

  it('pages of a chat timeline are contiguous', async () => {
    const id = sim.data.showcase.bigGroupId;
    const a = await get<Page<'messages', MessageRecord>>(
      sim,
      `/v1/chats/${id}/messages?offset=0&limit=100`,
    );
    const b = await get<Page<'messages', MessageRecord>>(
      sim,
      `/v1/chats/${id}/messages?offset=100&limit=100`,
    );
    const both = await get<Page<'messages', MessageRecord>>(
      sim,
      `/v1/chats/${id}/messages?offset=0&limit=200`,
    );
    expect([...a.body.messages, ...b.body.messages]).toStrictEqual(both.body.messages);
    expect(b.body).toMatchObject({ from: 101, to: 200, count: 100 });
  });
});
