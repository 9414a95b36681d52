/**
 * BFF routes via `app.request()` against the in-process simulator: envelopes and normalisation,
 * slicing of cached upstream blocks, phone scoping, and the Bearer key upstream only.
 */
import { describe, expect, it } from 'vitest';
import { harness, TEST_KEY } from '../test/harness.ts';

const FIXTURE_USER_CHAT = '919537851844@c.us';
const FIXTURE_GROUP = '120363371308389685@g.us';
const EDITED_MESSAGE = 'true_919537851844@c.us_3EB0C62861626B2D8BD4A386E48976EC85CB009C';

describe('GET /api/chats', () => {
  it('serves the first slice of an upstream block and the next slices from cache', async () => {
    const { app, upstreamRequests } = harness();
    const first = await app.request('/api/chats?limit=50&sort_by=latest_message_timestamp');
    expect(first.status).toBe(200);
    const body = await first.json();
    expect(body.chats).toHaveLength(50);
    expect(body.next_offset).toBe(50);
    const second = await (
      await app.request('/api/chats?limit=50&offset=50&sort_by=latest_message_timestamp')
    ).json();
    expect(second.chats).toHaveLength(50);
    const ids = new Set(
      [...body.chats, ...second.chats].map(
        (c: { org_phone: string; chat_id: string }) => `${c.org_phone}|${c.chat_id}`,
      ),
    );
    expect(ids.size).toBe(100);
    expect(upstreamRequests).toHaveLength(1);
    const url = new URL(upstreamRequests[0]!.url);
    expect(url.pathname).toBe('/v1/chats');
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      offset: '0',
      limit: '1000',
      sort_by: 'latest_message_timestamp',
    });
    expect(upstreamRequests[0]!.headers.get('authorization')).toBe(`Bearer ${TEST_KEY}`);
  });

  it('returns normalised chat summaries: ids with suffix, types, 1970 as null, label ids, message previews', async () => {
    const { app } = harness();
    type Item = {
      chat_id: string;
      chat_type: string;
      created_at: string | null;
      label_ids: string[];
      latest_message: Record<string, unknown> | null;
    };
    const all: Item[] = [];
    for (let offset: number | null = 0; offset !== null;) {
      const page: { chats: typeof all; next_offset: number | null } = await (
        await app.request(`/api/chats?limit=500&offset=${offset}`)
      ).json();
      all.push(...page.chats);
      offset = page.next_offset;
    }
    expect(all.length).toBeGreaterThanOrEqual(2000);
    const jordan = all.find((c) => c.chat_id === '120363372525172897@g.us')!;
    expect(jordan).toMatchObject({ chat_type: 'group', created_at: null });
    expect(jordan).not.toHaveProperty('member_add_mode');
    expect(
      all.some((c) => c.label_ids.length > 0 && c.label_ids.every((id) => typeof id === 'string')),
    ).toBe(true);
    const previews = all.flatMap((c) => (c.latest_message ? [c.latest_message] : []));
    expect(previews.length).toBeGreaterThan(1000);
    // A preview, not the whole message: no delivery maps, links or vCards; bodies cut to one line.
    for (const p of previews) {
      expect(Object.keys(p)).not.toEqual(expect.arrayContaining(['delivery_info']));
      expect(p).not.toHaveProperty('vcards');
      expect(Array.from(String(p.body ?? '')).length).toBeLessThanOrEqual(160);
      expect(String(p.body ?? '')).not.toMatch(/\n/);
    }
    expect(previews.some((p) => p.body_truncated === true)).toBe(true);
    expect(all.every((c) => /@(c|g)\.us$/.test(c.chat_id))).toBe(true);
    // Periskope's own kinds plus `unknown` (official ChatType), kept as sent rather than coerced to
    // user.
    expect(new Set(all.map((c) => c.chat_type))).toEqual(
      new Set(['user', 'group', 'business', 'unknown']),
    );
  });

  it('passes filters upstream and scopes by phone with x-phone', async () => {
    const { app, upstreamRequests } = harness();
    const groups = await (
      await app.request('/api/chats?chat_type=group&limit=100&phone=918527184400')
    ).json();
    const chatCalls = upstreamRequests.filter((r) => new URL(r.url).pathname === '/v1/chats');
    expect(groups.chats.length).toBeGreaterThan(0);
    expect(
      groups.chats.every(
        (c: { chat_type: string; org_phone: string }) =>
          c.chat_type === 'group' && c.org_phone === '918527184400@c.us',
      ),
    ).toBe(true);
    expect(chatCalls[0]!.headers.get('x-phone')).toBe('918527184400');
    expect(new URL(chatCalls[0]!.url).searchParams.get('chat_type')).toBe('group');
  });

  it('keeps cache entries of different phone scopes apart', async () => {
    const { app, upstreamRequests } = harness();
    await app.request('/api/chats?limit=10&phone=918527184400');
    await app.request('/api/chats?limit=10');
    const chatCalls = upstreamRequests.filter((r) => new URL(r.url).pathname === '/v1/chats');
    expect(chatCalls.map((r) => r.headers.get('x-phone'))).toEqual(['918527184400', null]);
  });

  it("answers 400 naming `phone` for a phone that is not the org's (Periskope would say 401)", async () => {
    const { app } = harness();
    const res = await app.request('/api/chats?limit=10&phone=919999999999');
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      code: 'invalid_parameter',
      errors: [{ name: 'phone' }],
    });
    expect((await app.request('/api/chats?limit=10&phone=phone-bqzvyibhmwkaergr')).status).toBe(
      200,
    );
  });
});

describe('GET /api/chats/:chatId', () => {
  it('returns the fixture chat with members, by full id and by bare digits', async () => {
    const { app } = harness();
    for (const id of [FIXTURE_USER_CHAT, '919537851844']) {
      const res = await app.request(`/api/chats/${encodeURIComponent(id)}`);
      expect(res.status).toBe(200);
      const chat = await res.json();
      expect(chat).toMatchObject({
        chat_id: FIXTURE_USER_CHAT,
        chat_name: 'BK Local1',
        chat_type: 'user',
        assigned_to: 'bharat@hashlabs.dev',
      });
      expect(Object.keys(chat.members)).toEqual(['918527184400@c.us', '919537851844@c.us']);
      expect(chat.latest_message.ack).toBe(4);
    }
  });

  it('answers 404 problem+json for a chat Periskope does not have', async () => {
    const { app } = harness();
    const res = await app.request('/api/chats/100000000001@c.us');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(await res.json()).toMatchObject({
      status: 404,
      code: 'not_found',
      type: '/problems/not_found',
    });
  });
});

describe('messages and notifications', () => {
  it("lists a chat's messages newest first with string acks as numbers", async () => {
    const { app } = harness();
    const body = await (
      await app.request(`/api/chats/${FIXTURE_USER_CHAT}/messages?limit=20`)
    ).json();
    const times = body.messages.map((m: { timestamp: string }) => Date.parse(m.timestamp));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(
      body.messages.some(
        (m: { message_id: string }) =>
          m.message_id === 'false_919537851844@c.us_3FB3DB0CD9143F36DA1B',
      ),
    ).toBe(true);
    expect(
      body.messages.every((m: { ack: unknown }) => m.ack === null || typeof m.ack === 'number'),
    ).toBe(true);
  });

  it('reads the notification list of a group (array key `messages` upstream) as `notifications`', async () => {
    const { app } = harness();
    const body = await (
      await app.request(`/api/chats/${FIXTURE_GROUP}/notifications?limit=50`)
    ).json();
    const ids = body.notifications.map((n: { notification_id: string }) => n.notification_id);
    expect(ids).toContain(
      'true_120363371308389685@g.us_05f652baf6e54522b855d70ad43b813c_918527184400@c.us_add',
    );
    expect(
      body.notifications.find((n: { type: string }) => n.type === 'memberaddmode_false'),
    ).toMatchObject({ recipientids: [] });
  });

  it('returns one message with its reactions', async () => {
    const { app } = harness();
    const res = await app.request(`/api/messages/${encodeURIComponent(EDITED_MESSAGE)}`);
    expect(res.status).toBe(200);
    const message = await res.json();
    expect(message).toMatchObject({
      message_id: EDITED_MESSAGE,
      prev_body: 'Hello, Edited World',
      ack: 3,
    });
    expect(message.reactions).toEqual([
      expect.objectContaining({ reaction: '😄', sender_id: '918527184400@c.us' }),
    ]);
  });

  it("serves a chat's reactions in slices of one upstream GET /reactions block, parsed and normalised", async () => {
    const { app, sim, upstreamRequests } = harness();
    const id = sim.data.showcase.mediaGroupId;
    const first = await (
      await app.request(`/api/chats/${encodeURIComponent(id)}/reactions?limit=3`)
    ).json();
    expect(first.reactions).toHaveLength(3);
    expect(first.reactions[0]).toMatchObject({
      chat_id: id,
      message_id: expect.any(String),
      sender_id: expect.stringMatching(/@c\.us$/),
    });
    expect(first.next_offset).toBe(3);
    const rest = await (
      await app.request(`/api/chats/${encodeURIComponent(id)}/reactions?limit=500&offset=3`)
    ).json();
    expect(rest.reactions.length).toBeGreaterThan(0);
    expect(rest.reactions.some((r: { reaction: string }) => r.reaction === '')).toBe(true); // removed reactions are kept, as ""
    const calls = upstreamRequests.filter((r) => new URL(r.url).pathname === '/v1/reactions');
    expect(calls).toHaveLength(1);
    expect(new URL(calls[0]!.url).searchParams.get('chat_id')).toBe(id);
  });

  it('lists messages and notifications across chats', async () => {
    const { app } = harness();
    const messages = await (await app.request('/api/messages?limit=30')).json();
    expect(messages.messages).toHaveLength(30);
    const notifications = await (
      await app.request('/api/notifications?limit=30&start_time=2020-01-01')
    ).json();
    expect(notifications.notifications.length).toBeGreaterThan(0);
  });

  it('lists the org phones and the public config without the key', async () => {
    const { app } = harness();
    const phones = await (await app.request('/api/phones')).json();
    expect(phones.phones.length).toBeGreaterThanOrEqual(3);
    expect(phones.phones.map((p: { org_phone: string }) => p.org_phone)).toContain(
      '918527184400@c.us',
    );
    expect(await (await app.request('/api/config')).json()).toEqual({
      demo: true,
      default_phone: null,
      labels: {},
      refresh_interval_ms: 15_000,
    });
  });
});
