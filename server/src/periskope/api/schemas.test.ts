/**
 * Every Periskope fixture (the documented example payloads, docs/periskope-api.md#sources) parses
 * with the boundary schemas unchanged, and the quirks of docs/periskope-api.md#quirks come out
 * normalised.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chatSchema } from './schemas/chat.ts';
import { normaliseByDate, normaliseTimestamp } from './schemas/common.ts';
import { errorBodySchema } from '../http/error-body.ts';
import { chatListSchema, messageListSchema, notificationListSchema } from './schemas/envelope.ts';
import { messageSchema, messageWithReactionsSchema } from './schemas/message.ts';
import { notificationSchema } from './schemas/notification.ts';

const dir = new URL('../../simulator/fixtures/', import.meta.url);
const fixture = (name: string): unknown => JSON.parse(readFileSync(new URL(name, dir), 'utf8'));

/**
 * Envelopes hand items on raw (endpoints.ts parses them one by one): these parse them all strictly.
 */
const notificationsOf = (json: unknown) =>
  notificationListSchema.parse(json).notifications.map((n) => notificationSchema.parse(n));
const messagesOf = (json: unknown) =>
  messageListSchema.parse(json).messages.map((m) => messageSchema.parse(m));
const chatsOf = (json: unknown) => chatListSchema.parse(json).chats.map((c) => chatSchema.parse(c));

const schemaFor: Record<string, { safeParse: (v: unknown) => { success: boolean } }> = {
  'chat-notifications.example.json': notificationListSchema,
  'chat.example.json': chatSchema,
  'chats-list.example.json': chatListSchema,
  'error-422.example.json': errorBodySchema,
  'message.example.json': messageWithReactionsSchema,
  'messages-list.example.json': messageListSchema,
};

describe('fixtures', () => {
  it('has a schema for every fixture file', () => {
    expect(
      readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .sort(),
    ).toEqual(Object.keys(schemaFor).sort());
  });

  it.each(Object.keys(schemaFor))('%s parses as is', (name) => {
    const result = schemaFor[name]!.safeParse(fixture(name));
    expect(result).toMatchObject({ success: true });
  });

  it('parses every item of every list fixture (no item would be left out)', () => {
    expect(chatsOf(fixture('chats-list.example.json'))).toHaveLength(23);
    expect(messagesOf(fixture('messages-list.example.json')).length).toBeGreaterThan(0);
    expect(notificationsOf(fixture('chat-notifications.example.json'))).toHaveLength(5);
  });
});

describe('normalisation (docs/periskope-api.md#quirks)', () => {
  it('reads the notification list under `messages` (docs/periskope-api.md#quirk-1) and the camelCase id (docs/periskope-api.md#id-objects)', () => {
    const notifications = notificationsOf(fixture('chat-notifications.example.json'));
    expect(notifications).toHaveLength(5);
    expect(notifications[0]).toMatchObject({
      type: 'remove',
      recipientids: ['919537851844@c.us'],
      metadata: null,
    });
    expect(notifications[0]!.id).toEqual(
      expect.objectContaining({ from_me: true, serialized: notifications[0]!.notification_id }),
    );
    expect(notifications[3]!.recipientids).toEqual([]);
  });

  it('also reads `notifications` and the SDK typo `notifictions`', () => {
    const [one] = notificationsOf(fixture('chat-notifications.example.json'));
    const raw = (fixture('chat-notifications.example.json') as { messages: unknown[] }).messages;
    expect(notificationsOf({ notifications: raw })[0]).toEqual(one);
    expect(notificationsOf({ notifictions: raw })[0]).toEqual(one);
    expect(notificationListSchema.parse({ count: 0 }).notifications).toEqual([]);
  });

  it('keeps a webhook-style metadata object and reads any other metadata as null', () => {
    const raw = (
      fixture('chat-notifications.example.json') as { messages: Record<string, unknown>[] }
    ).messages[0]!;
    const parse = (metadata: unknown) =>
      notificationsOf({ messages: [{ ...raw, metadata }] })[0]!.metadata;
    expect(parse({ call_result: 'MISSED', isVideo: true })).toEqual({
      call_result: 'MISSED',
      isVideo: true,
    });
    expect(parse('call')).toBeNull();
    expect(parse([1, 2])).toBeNull();
    expect(parse(null)).toBeNull();
  });

  it('turns ack strings into numbers and fills absent delivery maps (docs/periskope-api.md#quirk-3, 5)', () => {
    const messages = messagesOf(fixture('messages-list.example.json'));
    expect(messages[0]!.ack).toBe(4);
    const pending = messages.find((m) => m.ack === 0)!;
    expect(pending.delivery_info).toEqual({
      delivered: {},
      read: {},
      pending: [],
      delivered_count: 0,
      read_count: 0,
    });
  });

  it('reads delivery times given as numbers or numeric strings and leaves out a recipient whose time is junk', () => {
    const message = (
      fixture('messages-list.example.json') as { messages: Record<string, unknown>[] }
    ).messages[0]!;
    const delivery_info = {
      delivered: {
        'a@c.us': 1737976077000,
        'b@c.us': '1737976078000',
        'c@c.us': { at: 1 },
        'd@c.us': 'soon',
      },
      read: [1, 2],
      delivered_count: 2,
    };
    const parsed = messageSchema.parse({ ...message, delivery_info });
    expect(parsed.delivery_info).toEqual({
      delivered: { 'a@c.us': 1737976077000, 'b@c.us': 1737976078000 },
      read: {},
      pending: [],
      delivered_count: 2,
      read_count: 0,
    });
    expect(messageSchema.parse({ ...message, links: '["https://example.com"]' }).links).toEqual([
      { url: 'https://example.com', is_suspicious: null },
    ]);
  });

  it('drops the documented thumbnail with an unfilled {client.org_id} but keeps the path (docs/periskope-api.md#quirk-7)', () => {
    const broken = messagesOf(fixture('messages-list.example.json')).find((m) =>
      m.message_id.endsWith('018456CD73B9C9E4AF84836F809A02BF'),
    )!;
    expect(broken.media?.thumbnail).toBeNull();
    expect(broken.media?.path).toMatch(/^https:\/\/storage\.googleapis\.com\//);
    expect(broken.media?.dimensions).toEqual({ width: 540, height: 1188, ar: 0.4545454545454546 });
  });

  it('reads all three id spellings and relative media paths', () => {
    const base = (messageListSchema.parse(fixture('messages-list.example.json')) &&
      (fixture('messages-list.example.json') as { messages: Record<string, unknown>[] })
        .messages[0])!;
    const webhookStyle = {
      ...base,
      ack: 2,
      id: { fromMe: true, id: 'X', remote: 'r', _serialized: 'true_r_X' },
      links: '[]',
      media: { path: '/storage/v1/object/public/message-media/a.jpg', mimetype: 'image/jpeg' },
    };
    const m = messageSchema.parse(webhookStyle);
    expect(m.id).toEqual({ from_me: true, id: 'X', remote: 'r', serialized: 'true_r_X' });
    expect(m.links).toEqual([]);
    expect(m.media?.path).toBe(
      'https://api.periskope.app/storage/v1/object/public/message-media/a.jpg',
    );
  });

  it('normalises chat ids, chat types, member_add_mode and the 1970 "unknown" creation date', () => {
    const chats = chatsOf(fixture('chats-list.example.json'));
    expect(chats).toHaveLength(23);
    expect(chats[0]).toMatchObject({
      chat_type: 'group',
      member_add_mode: false,
      members: null,
      created_at: '2025-01-24T05:11:03.000Z',
    });
    expect(chats.find((c) => c.chat_id === '120363372525172897@g.us')!.created_at).toBeNull();
    const raw = fixture('chat.example.json') as Record<string, unknown>;
    const legacy = chatSchema.parse({ ...raw, chat_id: '919537851844', chat_type: 'individual' });
    expect(legacy).toMatchObject({ chat_id: '919537851844@c.us', chat_type: 'user' });
    expect(Object.keys(chatSchema.parse(raw).members ?? {})).toHaveLength(2);
  });

  it('keeps reactions only on the by-id message, with the removed-reaction convention intact', () => {
    const m = messageWithReactionsSchema.parse(fixture('message.example.json'));
    expect(m.reactions).toHaveLength(1);
    expect(m.reactions[0]).toMatchObject({ reaction: '😄', sender_id: '918527184400@c.us' });
    expect(m.prev_body).toBe('Hello, Edited World');
    expect(
      messageWithReactionsSchema.parse({
        ...(fixture('message.example.json') as object),
        reactions: [
          {
            ...(fixture('message.example.json') as { reactions: object[] }).reactions[0],
            reaction: '',
          },
        ],
      }).reactions[0]!.reaction,
    ).toBe('');
  });

  it('normalises Postgres-style webhook timestamps and keeps garbage unchanged (docs/periskope-api.md#quirk-4)', () => {
    expect(normaliseTimestamp('2024-05-13 11:19:34+00')).toBe('2024-05-13T11:19:34.000Z');
    expect(normaliseTimestamp('2025-01-27T11:08:10.693+00:00')).toBe('2025-01-27T11:08:10.693Z');
    expect(normaliseTimestamp('not a time')).toBe('not a time');
  });

  it('rewrites UTC ISO timestamps without a Date exactly as the Date round trip does', () => {
    expect(normaliseTimestamp('2026-11-22T23:23:12+00:00')).toBe('2026-11-22T23:23:12.000Z');
    expect(normaliseTimestamp('2025-01-27T11:08:10.693456Z')).toBe('2025-01-27T11:08:10.693Z');
    expect(normaliseTimestamp('2025-01-27T11:08:10.5+0000')).toBe('2025-01-27T11:08:10.500Z');
    // Rollovers and other offsets take the Date path: Feb 30 is Mar 2, as before.
    expect(normaliseTimestamp('2025-02-30T10:00:00+00:00')).toBe('2025-03-02T10:00:00.000Z');
    expect(normaliseTimestamp('2025-01-27T11:08:10+05:30')).toBe('2025-01-27T05:38:10.000Z');
    const pad = (n: number, width = 2) => String(n).padStart(width, '0');
    const stamp = fc
      .record({
        year: fc.integer({ min: 0, max: 9999 }),
        month: fc.integer({ min: 0, max: 13 }),
        day: fc.integer({ min: 0, max: 32 }),
        hour: fc.integer({ min: 0, max: 24 }),
        minute: fc.integer({ min: 0, max: 60 }),
        second: fc.integer({ min: 0, max: 60 }),
        fraction: fc.option(fc.stringMatching(/^\d{1,9}$/)),
        zone: fc.constantFrom('Z', '+00:00', '+0000', '+00', '-00:00', '+01:00', ''),
      })
      .map(
        (t) =>
          `${pad(t.year, 4)}-${pad(t.month)}-${pad(t.day)}T${pad(t.hour)}:${pad(t.minute)}:${pad(t.second)}${t.fraction === null ? '' : `.${t.fraction}`}${t.zone}`,
      );
    fc.assert(
      fc.property(stamp, (value) => {
        // Zone-less ISO is local time to Date: compare only where the general path is UTC too.
        fc.pre(!value.match(/\d$/));
        expect(normaliseTimestamp(value)).toBe(normaliseByDate(value));
      }),
      { numRuns: 5000 },
    );
  });

  it('reads the 422 body without using its ${MAX_LIMIT} message', () => {
    const body = errorBodySchema.parse(fixture('error-422.example.json'));
    expect(body).toMatchObject({ code: 'VALIDATION_ERROR', status: 422 });
    expect(Object.keys(body.fields)).toEqual(['limit']);
  });
});
