/**
 * The generated data: coverage of every documented shape and internal consistency.
 */
import { describe, expect, it } from 'vitest';
import messagesList from '../fixtures/messages-list.example.json' with { type: 'json' };
import { simulator } from '../test-client.ts';
import type { ChatEntry } from './entry.ts';
import { MESSAGE_KINDS, NOTIFICATION_TYPES } from './entry.ts';
import type { MessageRecord } from './types.ts';

const sim = simulator({ chats: 2000 });
const { data } = sim;
const generated = data.chats.filter((e) => !e.tags.includes('fixture'));
const entryOf = (chatId: string): ChatEntry => {
  const entry = data.findChats(chatId)[0];
  if (!entry) throw new Error(`missing ${chatId}`);
  return entry;
};
const sample = generated.filter((_, i) => i % 3 === 0);
const sampleMessages: MessageRecord[] = sample.flatMap((e) => [...data.messages(e)]);

describe('shapes', () => {
  it('every message carries exactly the key set of the documented list messages', () => {
    const keys = Object.keys(messagesList.messages[0] ?? {}).sort();
    for (const m of sampleMessages.slice(0, 3000)) expect(Object.keys(m)).toEqual(keys);
  });

  it('every message_type appears, and the big group has ≥ 5,000 messages', () => {
    const kinds = new Set(sampleMessages.map((m) => m.message_type));
    for (const e of [entryOf(data.showcase.mediaGroupId)])
      data.messages(e).forEach((m) => kinds.add(m.message_type));
    expect([...kinds].sort()).toEqual([...MESSAGE_KINDS].sort());
    expect(data.messages(entryOf(data.showcase.bigGroupId)).length).toBeGreaterThanOrEqual(5000);
  });

  it('every notification type appears (media group), in the documented REST shape', () => {
    const notes = data.notifications(entryOf(data.showcase.mediaGroupId));
    expect(new Set(notes.map((n) => n.type))).toEqual(new Set(NOTIFICATION_TYPES));
    for (const n of notes) {
      expect(n.notification_id).toBe(
        `${n.id.fromMe}_${n.chat_id}_${n.unique_id}_${n.author}_${n.type}`,
      );
      expect(n.id.serialized).toBe(n.notification_id);
      expect(n.body).toBeNull();
      expect(n).not.toHaveProperty('metadata');
      expect(n.type).not.toBeNull();
      const memberChange = ['add', 'remove', 'leave', 'invite', 'promote', 'demote'].includes(
        n.type ?? '',
      );
      expect(Array.isArray(n.recipientids)).toBe(memberChange);
      expect(n.timestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,3})?\+00:00$/);
    }
  });

  it('media, polls, locations, vCards, edits, forwards, quotes, mentions, links have their documented shapes', () => {
    const all = sampleMessages.concat(data.messages(entryOf(data.showcase.mediaGroupId)));
    const of = (type: string): MessageRecord[] => all.filter((m) => m.message_type === type);
    for (const m of of('image'))
      expect(m.media?.path.startsWith(`${data.publicUrl}/media/image/`)).toBe(true);
    for (const m of of('ptt')) expect(m.duration).toMatch(/^\d+(\.\d)?$/);
    expect(of('ptt').some((m) => m.duration?.includes('.'))).toBe(true);
    for (const m of of('document')) expect(m.media?.filename).toMatch(/\.pdf$/);
    for (const m of of('location')) expect(typeof m.location?.latitude).toBe('string');
    expect(of('location').some((m) => m.location?.options.name === undefined)).toBe(true);
    for (const m of of('multi_vcard'))
      expect(m.vcards?.every((v) => v.startsWith('BEGIN:VCARD\nVERSION:3.0\nFN:'))).toBe(true);
    for (const m of of('poll_creation'))
      expect(Object.keys(m.poll_results ?? {})).toEqual(m.poll_info?.pollOptions);
    for (const m of of('revoked')) expect([m.is_deleted, m.body]).toEqual([true, null]);
    expect(all.some((m) => m.prev_body !== null)).toBe(true);
    expect(all.some((m) => m.is_forwarded && Number(m.forwarding_score) >= 5)).toBe(true);
    expect(
      all.some(
        (m) =>
          m.is_forwarded === true &&
          Number(m.forwarding_score) >= 1 &&
          Number(m.forwarding_score) < 5,
      ),
    ).toBe(true);
    expect(all.some((m) => m.is_starred === true)).toBe(true);
    expect(
      all.some((m) => m.links === '[]') &&
        all.some((m) => Array.isArray(m.links)) &&
        all.some((m) => m.links === null),
    ).toBe(true);
    const portrait = of('image').some((m) => (m.media?.dimensions?.ar ?? 1) < 1);
    const landscape = of('image').some((m) => (m.media?.dimensions?.ar ?? 1) > 1);
    expect(portrait && landscape).toBe(true);
    const mention = all.find((m) => m.mentioned_ids.length > 0);
    expect(mention?.body).toContain(`@${mention?.mentioned_ids[0]?.replace('@c.us', '')}`);
  });
});

describe('consistency', () => {
  it('latest_message of every chat is its newest message; timelines are newest first', () => {
    for (const e of sample) {
      const messages = data.messages(e);
      expect(data.listItem(e).latest_message).toStrictEqual(messages[0] ?? null);
      expect(data.listItem(e).latest_message_timestamp).toBe(e.latestMs);
      if (messages[0]) expect(e.latestMs).toBe(Date.parse(messages[0].timestamp ?? ''));
      // A null timestamp (edge-cases group only) keeps its generated position; the others stay
      // ordered.
      if (!e.tags.includes('edge-cases'))
        expect(messages.every((m) => m.timestamp !== null)).toBe(true);
      const times = messages.flatMap((m) =>
        m.timestamp === null ? [] : [Date.parse(m.timestamp)],
      );
      expect(times).toStrictEqual([...times].sort((a, b) => b - a));
      expect(times.every((t) => t < data.now)).toBe(true);
    }
  });

  it('quoted_message_id points at an older message of the same chat', () => {
    for (const e of sample) {
      const messages = data.messages(e);
      messages.forEach((m, i) => {
        if (m.quoted_message_id === null) return;
        expect(messages.findIndex((q) => q.message_id === m.quoted_message_id)).toBeGreaterThan(i);
      });
    }
  });

  it('senders are members; from_me messages come from the org phone with consistent delivery_info', () => {
    const acks = new Set<string>();
    for (const e of sample) {
      const members = new Set(e.members.map((m) => m.contact.id));
      for (const m of data.messages(e)) {
        expect(members.has(m.sender_phone)).toBe(true);
        expect(m.from_me).toBe(m.sender_phone === e.org_phone);
        expect(m.message_id.startsWith(`${m.from_me}_${e.chat_id}_${m.unique_id}`)).toBe(true);
        const info = m.delivery_info;
        if (!info) throw new Error('delivery_info missing');
        expect(info.delivered_count).toBe(Object.keys(info.delivered ?? {}).length);
        expect(info.read_count).toBe(Object.keys(info.read ?? {}).length);
        if ('delivered' in info) expect(info.delivered_count).toBeGreaterThan(0);
        if (m.from_me) acks.add(m.ack ?? '');
        else expect(m.ack).toBe('0');
      }
    }
    expect([...acks].sort()).toEqual(['-1', '0', '1', '2', '3', '4', '5']);
  });

  it('group message ids come with and without the _<author> suffix', () => {
    const groupIds = sampleMessages
      .filter((m) => m.chat_id.endsWith('@g.us'))
      .map((m) => m.message_id);
    expect(groupIds.some((id) => id.endsWith('@c.us'))).toBe(true);
    expect(groupIds.some((id) => !id.endsWith('@c.us'))).toBe(true);
  });

  it('member_count = members for every chat; contact colours come from the 15-colour palette', () => {
    for (const e of data.chats) {
      const members = data.chatObject(e).members ?? {};
      expect(Object.keys(members)).toHaveLength(e.core.member_count);
    }
    const colours = new Set(generated.flatMap((e) => e.members.map((m) => m.contact.color)));
    expect(colours.size).toBeLessThanOrEqual(15);
  });

  it('chat variety: muted, exited, assigned, labelled, unread, 1970 created_at, group settings', () => {
    const cores = generated.map((e) => e.core);
    expect(cores.some((c) => c.is_muted)).toBe(true);
    expect(cores.some((c) => c.is_exited)).toBe(true);
    expect(
      cores.some((c) => c.assigned_to !== null && c.chat_access?.[c.assigned_to] === true),
    ).toBe(true);
    expect(cores.some((c) => Object.keys(c.label_ids).length > 0)).toBe(true);
    expect(cores.some((c) => (c.message_unread_count ?? 0) > 0)).toBe(true);
    expect(cores.some((c) => c.created_at === '1970-01-01T00:00:00+00:00')).toBe(true);
    expect(cores.some((c) => c.invite_link?.startsWith('https://chat.whatsapp.com/'))).toBe(true);
    expect(new Set(generated.map((e) => e.memberAddMode))).toEqual(new Set(['true', 'false']));
  });

  it('a shared group appears once per org phone with the same chat_id', () => {
    const copies = data.findChats(data.showcase.sharedGroupId);
    expect(copies.map((e) => e.org_phone).sort()).toEqual([
      '918527184400@c.us',
      '919971844008@c.us',
    ]);
    for (const e of copies) expect(e.core.chat_org_phones).toHaveLength(2);
    const [a, b] = copies.map((e) => data.messages(e));
    expect(a?.map((m) => m.unique_id)).toEqual(b?.map((m) => m.unique_id));
  });
});
