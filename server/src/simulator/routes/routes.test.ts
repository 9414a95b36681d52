/**
 * Endpoints of the simulator: GET /chats filters and sorting, chats, messages, notifications,
 * phones.
 */
import { describe, expect, it } from 'vitest';
import type { MessageRecord, MessageWithReactions, NotificationRecord } from '../data/types.ts';
import type { ChatListItem, ChatObject, PhoneObject } from '../data/chat-types.ts';
import { get, KEY, simulator } from '../test-client.ts';

type Page<K extends string, T> = { count: number; from: number; to: number } & Record<K, T[]>;
const SUPPORT = '918527184400@c.us';
const sim = simulator();
/** Timestamps of records, where not null; null ones must come from the edge-cases group. */
const timesOf = (
  records: readonly {
    chat_id: string | null;
    timestamp: string | null;
    notification_id?: string;
  }[],
): number[] => {
  const edge = sim.data.showcase.edgeCasesGroupId;
  for (const r of records)
    if (r.timestamp === null)
      expect(r.chat_id === edge || r.notification_id?.includes(`_${edge}_`)).toBe(true);
  return records.flatMap((r) => (r.timestamp === null ? [] : [Date.parse(r.timestamp)]));
};

describe('GET /chats filters and sorting (docs/periskope-api.md#endpoints)', () => {
  async function list(query: string): Promise<ChatListItem[]> {
    const res = await get<Page<'chats', ChatListItem>>(sim, `/v1/chats?limit=2000&${query}`);
    expect(res.status).toBe(200);
    return res.body.chats;
  }
  const latest = (c: ChatListItem): number =>
    c.latest_message?.timestamp ? Date.parse(c.latest_message.timestamp) : NaN;

  it('list items have member_add_mode and no by-id keys', async () => {
    for (const c of await list('')) {
      expect(['true', 'false']).toContain(c.member_add_mode);
      expect(c).not.toHaveProperty('members');
      expect(c).not.toHaveProperty('common_chats');
      expect(c).not.toHaveProperty('add_members_admins_only');
    }
  });

  it('default is created_at desc; asc reverses; latest_message_timestamp desc puts empty chats last', async () => {
    const created = (await list('')).map((c) => Date.parse(c.created_at));
    expect(created).toStrictEqual([...created].sort((x, y) => y - x));
    const asc = (await list('sort_order=asc')).map((c) => Date.parse(c.created_at));
    expect(asc).toStrictEqual([...asc].sort((x, y) => x - y));
    const inbox = await list('sort_by=latest_message_timestamp');
    const withMsg = inbox.filter((c) => c.latest_message !== null);
    expect(inbox.slice(0, withMsg.length)).toStrictEqual(withMsg);
    const times = withMsg.map(latest);
    expect(times).toStrictEqual([...times].sort((x, y) => y - x));
  });

  it('chat_type filters (individual = user); label by name or id', async () => {
    for (const type of ['user', 'group', 'business'] as const) {
      const chats = await list(`chat_type=${type}`);
      expect(chats.length).toBeGreaterThan(0);
      expect(chats.every((c) => c.chat_type === type)).toBe(true);
    }
    expect(await list('chat_type=individual')).toStrictEqual(await list('chat_type=user'));
    const vip = await list('label=VIP');
    expect(vip.length).toBeGreaterThan(0);
    expect(vip.every((c) => c.label_ids['label-xbitdvipqshahdcu'] === true)).toBe(true);
    expect(await list('label=label-xbitdvipqshahdcu')).toStrictEqual(vip);
    expect(await list('label=nonexistent')).toStrictEqual([]);
  });

  it('start_time/end_time filter on the sort_by field; invalid dates are 422', async () => {
    const day = new Date(sim.data.now - 3 * 86_400_000).toISOString().slice(0, 10);
    const chats = await list(`sort_by=latest_message_timestamp&start_time=${day}&end_time=${day}`);
    expect(chats.length).toBeGreaterThan(0);
    expect(chats.every((c) => c.latest_message?.timestamp?.startsWith(day))).toBe(true);
    const iso = new Date(sim.data.now - 86_400_000).toISOString();
    expect(
      (await list(`start_time=${iso}`)).every((c) => Date.parse(c.created_at) >= Date.parse(iso)),
    ).toBe(true);
    const bad = await get<{ fields: Record<string, unknown> }>(
      sim,
      '/v1/chats?end_time=2025-04-31',
    );
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.body.fields)).toEqual(['end_time']);
  });

  it('chat_id selects one chat', async () => {
    const chats = await list(`chat_id=${sim.data.showcase.mediaGroupId}`);
    expect(chats.map((c) => c.chat_id)).toEqual([sim.data.showcase.mediaGroupId]);
  });
});

describe('chats, messages, notifications, phones', () => {
  it('GET /chats/{id}: members map, common_chats, boolean add_members_admins_only; 404 body', async () => {
    const { body } = await get<ChatObject>(sim, `/v1/chats/${sim.data.showcase.bigGroupId}`);
    expect(Object.keys(body.members ?? {})).toHaveLength(body.member_count);
    expect(typeof body.add_members_admins_only).toBe('boolean');
    expect(body).not.toHaveProperty('member_add_mode');
    expect(body.latest_message).not.toHaveProperty('interactive');
    const missing = await get(sim, '/v1/chats/15550000000@c.us');
    expect(missing).toMatchObject({
      status: 404,
      body: {
        code: 'NOT_FOUND_ERROR',
        message: 'Chat not found — no chat with the given chat_id exists for the phone',
        status: 404,
      },
    });
    expect((await get(sim, '/v1/chats/15550000000@c.us/messages')).status).toBe(404);
  });

  it('GET /chats/messages: newest first across chats, time window honoured, scoped by x-phone', async () => {
    const { body } = await get<Page<'messages', MessageRecord>>(
      sim,
      '/v1/chats/messages?limit=500',
    );
    const times = timesOf(body.messages);
    expect(times).toStrictEqual([...times].sort((x, y) => y - x));
    expect(new Set(body.messages.map((m) => m.chat_id)).size).toBeGreaterThan(20);
    const start = new Date(sim.data.now - 10 * 86_400_000).toISOString();
    const end = new Date(sim.data.now - 9 * 86_400_000).toISOString();
    const windowed = await get<Page<'messages', MessageRecord>>(
      sim,
      `/v1/chats/messages?start_time=${start}&end_time=${end}`,
    );
    expect(windowed.body.count).toBeGreaterThan(0);
    const inside = (m: MessageRecord): boolean =>
      m.timestamp === null
        ? m.chat_id === sim.data.showcase.edgeCasesGroupId
        : Date.parse(m.timestamp) >= Date.parse(start) &&
          Date.parse(m.timestamp) <= Date.parse(end);
    expect(windowed.body.messages.every(inside)).toBe(true);
    const scoped = await get<Page<'messages', MessageRecord>>(sim, '/v1/chats/messages?limit=300', {
      'x-phone': '918527184400',
    });
    expect(scoped.body.messages.every((m) => m.org_phone === SUPPORT)).toBe(true);
  });

  it('notifications use the key `messages`, newest first, per chat and across chats', async () => {
    const per = await get<Page<'messages', NotificationRecord>>(
      sim,
      `/v1/chats/${sim.data.showcase.mediaGroupId}/notifications`,
    );
    expect(per.body).not.toHaveProperty('notifications');
    expect(per.body.count).toBeGreaterThan(15);
    const cross = await get<Page<'messages', NotificationRecord>>(
      sim,
      '/v1/chats/notifications?limit=300',
    );
    const times = timesOf(cross.body.messages);
    expect(times).toStrictEqual([...times].sort((x, y) => y - x));
    expect(times.every((t) => !Number.isNaN(t))).toBe(true);
    expect(cross.body.messages.every((n) => !('metadata' in n))).toBe(true);
  });

  it('GET /reactions?chat_id: every reaction of the chat, newest first, 500 by default; by message_id; no filter → 422', async () => {
    const media = sim.data.findChats(sim.data.showcase.mediaGroupId)[0];
    if (!media) throw new Error('media group missing');
    const expected = sim.data.messages(media).flatMap((_, i) => sim.data.reactions(media, i));
    type ReactionsPage = {
      count: number;
      from: number;
      to: number;
      reactions: { reaction_id: string; message_id: string; timestamp: string }[];
    };
    const page = await get<ReactionsPage>(
      sim,
      `/v1/reactions?chat_id=${encodeURIComponent(media.chat_id)}`,
    );
    expect(page.status).toBe(200);
    expect(page.body.count).toBe(Math.min(500, expected.length));
    expect(expected.length).toBeLessThanOrEqual(500);
    expect(new Set(page.body.reactions.map((r) => r.reaction_id))).toEqual(
      new Set(expected.map((r) => r.reaction_id)),
    );
    const times = page.body.reactions.map((r) => Date.parse(r.timestamp));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const second = await get<ReactionsPage>(
      sim,
      `/v1/reactions?chat_id=${encodeURIComponent(media.chat_id)}&offset=1&limit=2`,
    );
    expect(second.body.reactions.map((r) => r.reaction_id)).toEqual(
      page.body.reactions.slice(1, 3).map((r) => r.reaction_id),
    );
    const one = expected[0]!;
    const byMessage = await get<ReactionsPage>(
      sim,
      `/v1/reactions?message_id=${encodeURIComponent(one.message_id)}`,
    );
    expect(byMessage.body.reactions.every((r) => r.message_id === one.message_id)).toBe(true);
    expect((await get(sim, '/v1/reactions')).status).toBe(422);
  });

  it('GET /message/{id}: reactions[] (empty or not); list messages never carry reactions; unknown → 404', async () => {
    const media = sim.data.findChats(sim.data.showcase.mediaGroupId)[0];
    if (!media) throw new Error('media group missing');
    const reacted = sim.data
      .messages(media)
      .find((_, i) => sim.data.reactions(media, i).length > 0);
    if (!reacted) throw new Error('no reacted message');
    const one = await get<MessageWithReactions>(
      sim,
      `/v1/message/${encodeURIComponent(reacted.message_id)}`,
    );
    expect(one.body.reactions.length).toBeGreaterThan(0);
    expect(one.body).not.toHaveProperty('interactive');
    const plain = sim.data
      .messages(media)
      .find((_, i) => sim.data.reactions(media, i).length === 0);
    expect(
      (await get<MessageWithReactions>(sim, `/v1/message/${plain?.message_id}`)).body.reactions,
    ).toEqual([]);
    const list = await get<Page<'messages', MessageRecord>>(
      sim,
      `/v1/chats/${media.chat_id}/messages`,
    );
    expect(list.body.messages.some((m) => 'reactions' in m)).toBe(false);
    expect((await get(sim, '/v1/message/true_15550000000@c.us_3EB0FFFF')).status).toBe(404);
    expect((await get(sim, '/v1/message/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it('GET /message/{queue id} resolves generated messages by sent_message_id', async () => {
    const sent = sim.data.chats
      .filter((e) => !e.tags.includes('fixture'))
      .flatMap((e) => sim.data.messages(e).slice(0, 5))
      .find((m) => m.sent_message_id !== null);
    if (!sent?.sent_message_id) throw new Error('no sent message');
    const res = await get<MessageWithReactions>(sim, `/v1/message/${sent.sent_message_id}`);
    expect(res.body.message_id).toBe(sent.message_id);
  });

  it('phones: /phones/all is a bare array; /phones needs x-phone', async () => {
    const all = await get<PhoneObject[]>(sim, '/v1/phones/all');
    expect(all.body.map((p) => p.wa_state).sort()).toEqual([
      'CONNECTED',
      'CONNECTED',
      'DISCONNECTED',
    ]);
    const missing = await get(sim, '/v1/phones');
    expect(missing).toMatchObject({
      status: 422,
      body: {
        code: 'VALIDATION_ERROR',
        fields: { 'x-phone': { message: 'Missing Header: {x-phone}' } },
      },
    });
    const one = await get<PhoneObject>(sim, '/v1/phones', { 'x-phone': '919971844008' });
    expect(one.body.phone_name).toBe('Periskope');
  });

  it('counts /v1 requests by route template', async () => {
    const fresh = simulator({ seed: 7, chats: 10 });
    await get(fresh, '/v1/chats/messages?limit=1');
    await get(fresh, `/v1/chats/${fresh.data.showcase.fixtureUserChatId}`);
    await fresh.app.request('/media/sticker/1.webp');
    expect(fresh.stats.byRoute).toEqual({ '/v1/chats/messages': 1, '/v1/chats/:chat_id': 1 });
    expect(fresh.stats.requests).toBe(2);
    expect(KEY).toBeTruthy();
  });
});
