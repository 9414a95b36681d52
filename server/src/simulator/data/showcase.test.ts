/**
 * Showcase chats: the media group's newest window, rich reactions, XSS placements, special chats.
 */
import { describe, expect, it } from 'vitest';
import { simulator } from '../test-client.ts';
import type { ChatEntry } from './entry.ts';
import { MESSAGE_KINDS, NOTIFICATION_TYPES } from './entry.ts';
import { XSS_PAYLOADS } from './xss.ts';

const { data } = simulator({ chats: 2000 });
const entryOf = (chatId: string): ChatEntry => {
  const entry = data.findChats(chatId)[0];
  if (!entry) throw new Error(`missing ${chatId}`);
  return entry;
};

describe('showcase', () => {
  it('media group: an image, a reacted message and notifications among the newest ~50 events', () => {
    const e = entryOf(data.showcase.mediaGroupId);
    const messages = data.messages(e).slice(0, 40);
    expect(
      messages.some((m) => m.message_type === 'image' && m.media?.path.startsWith(data.publicUrl)),
    ).toBe(true);
    expect(messages.some((_, i) => data.reactions(e, i).length > 0)).toBe(true);
    const oldestShown = Date.parse(messages[messages.length - 1]?.timestamp ?? '');
    expect(
      data.notifications(e).filter((n) => Date.parse(n.timestamp ?? '') >= oldestShown).length,
    ).toBeGreaterThanOrEqual(5);
  });

  it('media group: every notification type, and its newest one adds five members (a collapsed target list)', () => {
    const notes = data.notifications(entryOf(data.showcase.mediaGroupId));
    expect(new Set(notes.map((n) => n.type))).toEqual(new Set(NOTIFICATION_TYPES));
    expect(notes[0]?.type).toBe('add');
    expect(new Set(notes[0]?.recipientids).size).toBe(5);
  });

  it('reactions: several senders, a changed one and a removed ("") one later than its predecessor', () => {
    const e = entryOf(data.showcase.mediaGroupId);
    const index = data
      .messages(e)
      .findIndex((_, i) => e.timeline.script[i]?.richReactions === true);
    const rows = data.reactions(e, index);
    const bySender = new Map<string, typeof rows>();
    for (const r of rows) bySender.set(r.sender_id, [...(bySender.get(r.sender_id) ?? []), r]);
    expect(bySender.size).toBeGreaterThanOrEqual(3);
    const histories = [...bySender.values()];
    const removed = histories.find((h) => h[h.length - 1]?.reaction === '');
    const changed = histories.find((h) => h.length === 2 && h[1]?.reaction !== '');
    expect(removed && changed).toBeTruthy();
    expect(Date.parse(removed?.[1]?.timestamp ?? '')).toBeGreaterThan(
      Date.parse(removed?.[0]?.timestamp ?? ''),
    );
    for (const r of rows) expect(r.unique_id).toBe(data.messages(e)[index]?.unique_id);
  });

  it('XSS payloads sit in names, bodies, captions, file names, vCards and poll options', () => {
    expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(20);
    const user = entryOf(data.showcase.xssChatId);
    const group = entryOf(data.showcase.xssGroupId);
    const text = JSON.stringify([
      data.chatObject(user),
      data.chatObject(group),
      data.messages(user),
      data.messages(group),
    ]);
    for (const payload of XSS_PAYLOADS)
      expect(text).toContain(JSON.stringify(payload).slice(1, -1));
    expect(XSS_PAYLOADS).toContain(user.core.chat_name);
    expect(XSS_PAYLOADS).toContain(group.core.chat_name);
    const fields = data
      .messages(user)
      .flatMap((m) => [
        m.media?.filename ?? '',
        ...(m.vcards ?? []),
        ...(m.poll_info?.pollOptions ?? []),
      ]);
    expect(fields.some((f) => f.includes('<script>'))).toBe(true);
  });

  it('deep, empty, disconnected and all-kinds chats exist', () => {
    expect(data.listItem(entryOf(data.showcase.emptyChatId)).latest_message).toBeNull();
    const phone = data.phones.find((p) => p.wa_state === 'DISCONNECTED')?.org_phone;
    expect(entryOf(data.showcase.disconnectedPhoneChatId).org_phone).toBe(phone);
    const kinds = new Set(
      data.messages(entryOf(data.showcase.allKindsUserChatId)).map((m) => m.message_type),
    );
    expect(kinds.size).toBeGreaterThanOrEqual(MESSAGE_KINDS.length - 1);
    expect(data.showcase.deepChatId).toMatch(/@c\.us$/);
  });
});
