/**
 * Showcase chats for the shapes the official types allow: number-only contacts, the media
 * group's push-name / verified-name guests, the all-kinds chat's properties and pins, the
 * unknown chat type, and the edge-cases group's nulls (which never break sorting or paging).
 */
import { describe, expect, it } from 'vitest';
import type { NotificationRecord, ReactionRecord } from './types.ts';
import type { ChatListItem } from './chat-types.ts';
import { get, simulator } from '../test-client.ts';
import type { ChatEntry } from './entry.ts';

type Page<K extends string, T> = { count: number; from: number; to: number } & Record<K, T[]>;
const sim = simulator({ chats: 2000 });
const { data } = sim;
const entryOf = (chatId: string): ChatEntry => {
  const entry = data.findChats(chatId)[0];
  if (!entry) throw new Error(`missing ${chatId}`);
  return entry;
};
const NAME_FIELDS = [
  'contact_name',
  'name',
  'pushname',
  'short_name',
  'periskope_name',
  'verified_name',
] as const;

describe('number-only chats', () => {
  const ids = data.showcase.numberOnlyChatIds;

  it('have the requested ids, chat_name null and no name in any member field', () => {
    expect(ids).toEqual({
      uae: '971501234567@c.us',
      germany: '4915123456789@c.us',
      brazil: '5511912345678@c.us',
      india: '919876543210@c.us',
    });
    for (const id of Object.values(ids)) {
      const chat = data.chatObject(entryOf(id));
      expect([chat.chat_name, chat.chat_type, chat.chat_image]).toEqual([null, 'user', null]);
      const member = chat.members?.[id];
      for (const field of NAME_FIELDS) expect(member?.[field]).toBeNull();
      const texts = data.messages(entryOf(id));
      expect(texts.length).toBeGreaterThanOrEqual(3);
      expect(texts.every((m) => m.message_type === 'chat' && m.body !== null)).toBe(true);
    }
  });

  it('collide with no org phone or other contact; the UAE chat is on the first inbox page', async () => {
    const numbers = new Set<string>(Object.values(ids));
    expect(data.phones.some((p) => numbers.has(p.org_phone))).toBe(false);
    expect(data.contacts.some((c) => numbers.has(c.id))).toBe(false);
    for (const id of numbers) expect(data.findChats(id)).toHaveLength(1);
    const { body } = await get<Page<'chats', ChatListItem>>(
      sim,
      '/v1/chats?sort_by=latest_message_timestamp&limit=20',
    );
    expect(body.chats.map((c) => c.chat_id)).toContain(ids.uae);
  });
});

describe('media group guests', () => {
  const media = entryOf(data.showcase.mediaGroupId);
  const { pushname, verifiedName } = data.showcase.mediaGuestIds;

  it('one member known by push name only, one business by verified name only', () => {
    const members = data.chatObject(media).members ?? {};
    expect(members[pushname]).toMatchObject({
      contact_name: null,
      name: null,
      pushname: expect.any(String),
      verified_name: null,
    });
    expect(members[verifiedName]).toMatchObject({
      contact_name: null,
      name: null,
      pushname: null,
      verified_name: expect.any(String),
      is_business: true,
    });
  });

  it('each authors a message and is a notification target among the newest ~50 events', () => {
    const newest = data.messages(media).slice(0, 45);
    const oldestShown = Date.parse(newest[newest.length - 1]?.timestamp ?? '');
    const notes = data
      .notifications(media)
      .filter((n) => Date.parse(n.timestamp ?? '') >= oldestShown);
    expect(newest.length + notes.length).toBeLessThanOrEqual(55);
    for (const id of [pushname, verifiedName]) {
      expect(newest.some((m) => m.sender_phone === id && !m.from_me)).toBe(true);
      expect(notes.some((n) => n.recipientids?.includes(id) && n.author !== id)).toBe(true);
    }
  });
});

describe('all-kinds chat and unknown chat type', () => {
  it('all-kinds: custom properties of every JSON type, two pins of its own messages, a flag and a ticket', () => {
    const entry = entryOf(data.showcase.allKindsUserChatId);
    const chat = data.chatObject(entry);
    const types = Object.values(chat.custom_properties).map((v) =>
      v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v,
    );
    expect(new Set(types)).toEqual(
      new Set(['string', 'number', 'boolean', 'object', 'array', 'null']),
    );
    expect(chat.custom_properties).toMatchObject({
      'property-qwhzmrnabvtyexco': 42,
      'property-xfzrcpwkyabnqdhe': { plan: 'gold', seats: 12 },
    });
    const ids = new Set(data.messages(entry).map((m) => m.message_id));
    expect(chat.pinned_messages).toHaveLength(2);
    for (const pin of chat.pinned_messages ?? []) expect(ids.has(pin.message_id)).toBe(true);
    const all = data.messages(entry);
    expect(
      all.some((m) => m.flag_status === true) && all.some((m) => m.message_ticket_id !== null),
    ).toBe(true);
    expect(all.some((m) => m.message_type === 'ephemeral')).toBe(true);
    expect(all.find((m) => m.message_type === 'call_log')?.raw_data).toMatchObject({
      call_result: expect.stringMatching(/^(MISSED|CONNECTED|REJECTED)$/),
    });
  });

  it('one generated …@c.us chat has chat_type "unknown"', () => {
    const unknown = data.chats.filter((e) => e.core.chat_type === 'unknown');
    expect(unknown.map((e) => e.chat_id)).toEqual([data.showcase.unknownTypeChatId]);
    expect(data.showcase.unknownTypeChatId).toMatch(/@c\.us$/);
    expect(data.messages(entryOf(data.showcase.unknownTypeChatId)).length).toBeGreaterThan(0);
  });
});

describe('edge-cases group', () => {
  const edge = entryOf(data.showcase.edgeCasesGroupId);

  it('holds a null message timestamp, a null reaction timestamp, null notification timestamp and type', () => {
    const messages = data.messages(edge);
    expect(messages.length).toBeGreaterThanOrEqual(25);
    expect(messages.filter((m) => m.timestamp === null)).toHaveLength(1);
    expect(messages[0]?.timestamp).not.toBeNull();
    const reactions = messages.flatMap((_, i) => data.reactions(edge, i));
    expect(reactions.filter((r) => r.timestamp === null)).toHaveLength(1);
    const notes = data.notifications(edge);
    expect(notes.filter((n) => n.timestamp === null)).toHaveLength(1);
    expect(notes.filter((n) => n.type === null)).toHaveLength(1);
    expect(notes.every((n) => n.chat_id === edge.chat_id)).toBe(true);
  });

  it('nulls stay out of every other chat', () => {
    for (const e of data.chats) {
      if (e === edge) continue;
      const notes = Array.from({ length: e.timeline.noteTimes.length }, (_, i) =>
        data.notificationAt(e, i),
      );
      expect(
        notes.every((n) => n.timestamp !== null && n.type !== null && n.chat_id !== null),
      ).toBe(true);
      expect(e.timeline.script.some((s) => s.nullTimestamp || s.nullReactionTimestamp)).toBe(false);
    }
  });

  it('per-chat and cross-chat lists page through the nulls in their generated position', async () => {
    const per = await get<Page<'messages', { timestamp: string | null }>>(
      sim,
      `/v1/chats/${edge.chat_id}/messages?limit=30`,
    );
    const at = per.body.messages.findIndex((m) => m.timestamp === null);
    const before = Date.parse(per.body.messages[at - 1]?.timestamp ?? '');
    const after = Date.parse(per.body.messages[at + 1]?.timestamp ?? '');
    expect(before).toBeGreaterThan(after);
    const all: NotificationRecord[] = [];
    for (let offset = 0; ; offset += 100) {
      const { status, body } = await get<Page<'messages', NotificationRecord>>(
        sim,
        `/v1/chats/notifications?offset=${offset}&limit=100`,
      );
      expect(status).toBe(200);
      all.push(...body.messages);
      if (body.count < 100) break;
    }
    const orphans = all.filter((n) => n.chat_id === null);
    expect(orphans).toHaveLength(1);
    expect(orphans[0]?.notification_id).toContain(`_null_`);
    expect(all.filter((n) => n.timestamp === null)).toHaveLength(1);
    expect(all.filter((n) => n.type === null)).toHaveLength(1);
    const windowed = await get(
      sim,
      `/v1/chats/notifications?start_time=${new Date(data.now - 30 * 86_400_000).toISOString()}`,
    );
    expect(windowed.status).toBe(200);
  });

  it('GET /reactions sorts and filters the null-timestamp reaction by its generated time', async () => {
    const url = `/v1/reactions?chat_id=${encodeURIComponent(edge.chat_id)}`;
    const { body } = await get<{ reactions: ReactionRecord[] }>(sim, url);
    const nulled = body.reactions.findIndex((r) => r.timestamp === null);
    expect(nulled).toBeGreaterThanOrEqual(0);
    const times = body.reactions.flatMap((r) =>
      r.timestamp === null ? [] : [Date.parse(r.timestamp)],
    );
    expect(times).toStrictEqual([...times].sort((a, b) => b - a));
    const start = new Date(data.now - 86_400_000 * 365).toISOString();
    const filtered = await get<{ reactions: ReactionRecord[] }>(sim, `${url}&start_time=${start}`);
    expect(filtered.body.reactions).toHaveLength(body.reactions.length);
  });
});
