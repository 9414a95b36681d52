import { SUPPORTED_TYPES } from '@periskope/types';
import { describe, expect, it } from 'vitest';
import { timerLength } from './describe-events.ts';
import {
  describeMessage,
  summariseMessage,
  type LatestMessage,
  type SummarisedFields,
} from './describe-message.ts';

/** A chat-list preview (the BFF's `latest_message`). */
const preview: LatestMessage = {
  message_id: 'false_919537851844@c.us_3EB0',
  message_type: 'chat',
  timestamp: '2026-11-23T10:00:00Z',
  from_me: false,
  sender_phone: '919537851844@c.us',
  ack: null,
  is_deleted: null,
  body: null,
  body_truncated: false,
  media: null,
  duration: null,
  poll_name: null,
  contact_name: null,
  location_name: null,
  call: null,
  invite: null,
  ephemeral_duration: null,
  unreadable: false,
};
/** A full message's fields. */
const full: SummarisedFields = {
  message_type: 'chat',
  is_deleted: null,
  from_me: false,
  body: null,
  media: null,
  duration: null,
  poll_info: null,
  vcards: [],
  location: null,
  call: null,
  invite: null,
  ephemeral_duration: null,
  unreadable: false,
};
const media = (patch: Partial<NonNullable<SummarisedFields['media']>>) => ({
  path: null,
  thumbnail: null,
  mimetype: null,
  filename: null,
  size: null,
  dimensions: null,
  ...patch,
});
const card = (name: string) => `BEGIN:VCARD\nVERSION:3.0\nFN:${name}\nEND:VCARD`;
const call = (
  is_video: boolean | null,
  outcome: string | null,
  duration: number | null = null,
) => ({ is_video, outcome, duration });
const invite = (group_name: string | null) => ({
  group_id: '120363371308389685@g.us',
  group_name,
  invite_code: 'AbC',
  expires_at: null,
  caption: null,
});

const describePreview = (patch: Partial<LatestMessage>) =>
  describeMessage({ ...preview, ...patch });
const describeFull = (patch: Partial<SummarisedFields>) =>
  describeMessage(summariseMessage({ ...full, ...patch }));

describe('describeMessage of a chat-list preview', () => {
  it.each<[string, Partial<LatestMessage>, string]>([
    ['text', { body: 'Hello world' }, 'Hello world'],
    ['text cut by the BFF', { body: 'A long story', body_truncated: true }, 'A long story…'],
    [
      'text keeps markup as text',
      { body: '<img src=x onerror=alert(1)>' },
      '<img src=x onerror=alert(1)>',
    ],
    ['image without caption', { message_type: 'image' }, '📷 Photo'],
    ['image with caption', { message_type: 'image', body: 'Sunset' }, '📷 Sunset'],
    ['video', { message_type: 'video', duration: 75 }, '🎥 Video 1:15'],
    ['voice note with duration', { message_type: 'ptt', duration: 12 }, '🎤 Voice message 0:12'],
    ['voice note without duration', { message_type: 'ptt' }, '🎤 Voice message'],
    ['audio', { message_type: 'audio' }, '🎵 Audio'],
    [
      'document',
      { message_type: 'document', media: { mimetype: 'application/pdf', filename: 'invoice.pdf' } },
      '📄 invoice.pdf',
    ],
    ['sticker', { message_type: 'sticker' }, 'Sticker'],
    ['location', { message_type: 'location' }, '📍 Location'],
    [
      'named location',
      { message_type: 'location', location_name: 'Bandra office' },
      '📍 Bandra office',
    ],
    ['contact', { message_type: 'vcard', contact_name: 'John Doe' }, '👤 John Doe'],
    ['contact without name', { message_type: 'multi_vcard' }, '👤 Contact'],
    ['poll', { message_type: 'poll_creation', poll_name: 'Lunch?' }, '📊 Poll: Lunch?'],
    [
      'poll named by its body only',
      { message_type: 'poll_creation', body: 'Lunch?' },
      '📊 Poll: Lunch?',
    ],
    ['deleted flag', { body: 'secret', is_deleted: true }, 'This message was deleted'],
    ['revoked', { message_type: 'revoked' }, 'This message was deleted'],
    [
      'ciphertext',
      { message_type: 'ciphertext' },
      'Waiting for this message. This may take a while.',
    ],
    [
      'missed voice call',
      { message_type: 'call_log', call: call(false, 'missed') },
      '📞 Missed voice call',
    ],
    [
      'declined video call',
      { message_type: 'call_log', call: call(true, 'rejected') },
      '📹 Declined video call',
    ],
    [
      'own unanswered call',
      { message_type: 'call_log', from_me: true, call: call(false, 'missed') },
      '📞 Outgoing voice call · No answer',
    ],
    [
      'own declined call',
      { message_type: 'call_log', from_me: true, call: call(true, 'rejected') },
      '📹 Outgoing video call · Declined',
    ],
    [
      'connected video call',
      { message_type: 'call_log', call: call(true, 'connected', 73) },
      '📹 Incoming video call · 1:13',
    ],
    [
      'own call of unknown outcome',
      { message_type: 'call_log', from_me: true, call: call(null, null) },
      '📞 Outgoing call',
    ],
    [
      'call with another outcome',
      { message_type: 'call_log', call: call(false, 'busy') },
      '📞 Incoming voice call · busy',
    ],
    ['call without details', { message_type: 'call_log' }, '📞 Incoming call'],
    [
      'group invite',
      { message_type: 'groups_v4_invite', invite: invite('Family') },
      '👥 Group invite: Family',
    ],
    ['group invite without a name', { message_type: 'groups_v4_invite' }, '👥 Group invite'],
    [
      'encryption notice',
      { message_type: 'e2e_notification' },
      '🔒 Messages and calls are end-to-end encrypted',
    ],
    [
      'timer on',
      { message_type: 'ephemeral', ephemeral_duration: 604_800 },
      '⏱️ Disappearing messages turned on: 7 days',
    ],
    [
      'timer off',
      { message_type: 'ephemeral', ephemeral_duration: 0 },
      '⏱️ Disappearing messages turned off',
    ],
    [
      'timer change without a length',
      { message_type: 'ephemeral' },
      '⏱️ Disappearing messages setting changed',
    ],
    [
      'timer set through a service entry',
      { message_type: 'protocol', ephemeral_duration: 86_400 },
      '⏱️ Disappearing messages turned on: 24 hours',
    ],
    ['group service entry', { message_type: 'gp2' }, 'Group details changed'],
    [
      'button reply with text',
      { message_type: 'buttons_response', body: 'Yes please' },
      'Yes please',
    ],
    ['button reply without text', { message_type: 'template_button_reply' }, 'Button reply'],
    ['unknown type', { message_type: 'order' }, 'Unsupported message (order)'],
    [
      'unreadable placeholder',
      { message_type: 'unknown', unreadable: true },
      'This message could not be shown',
    ],
  ])('%s', (_name, patch, expected) => expect(describePreview(patch)).toBe(expected));
});

describe('describeMessage of a full message', () => {
  it.each<[string, Partial<SummarisedFields>, string]>([
    ['text: its first line', { body: '\n  *Hello* there  \nsecond line' }, '*Hello* there'],
    [
      'image with caption',
      { message_type: 'image', body: 'Sunset', media: media({ path: 'https://x/y.jpg' }) },
      '📷 Sunset',
    ],
    ['video with caption', { message_type: 'video', body: 'Look', duration: 2 }, '🎥 Look'],
    [
      'document',
      { message_type: 'document', media: media({ filename: 'invoice.pdf', size: 122_880 }) },
      '📄 invoice.pdf',
    ],
    [
      'place by address',
      {
        message_type: 'location',
        location: { latitude: 1, longitude: 2, name: null, address: 'MG Road', url: null },
      },
      '📍 MG Road',
    ],
    [
      'vcard',
      { message_type: 'vcard', body: card('Agrata'), vcards: [card('Agrata')] },
      '👤 Agrata',
    ],
    [
      'vcard with an escaped comma',
      { message_type: 'vcard', vcards: [card('Doe\\, Jane')] },
      '👤 Doe, Jane',
    ],
    [
      'multi_vcard',
      { message_type: 'multi_vcard', vcards: [card('A'), card('B'), card('C')] },
      '👤 A and 2 more',
    ],
    [
      'poll',
      {
        message_type: 'poll_creation',
        body: 'Lunch?',
        poll_info: { pollName: 'Lunch?', pollOptions: [], allowMultipleAnswers: null },
      },
      '📊 Poll: Lunch?',
    ],
    ['deleted', { is_deleted: true, body: 'secret' }, 'This message was deleted'],
    [
      'missed call',
      { message_type: 'call_log', call: call(false, 'missed') },
      '📞 Missed voice call',
    ],
    [
      'unreadable placeholder',
      { message_type: 'unknown', unreadable: true },
      'This message could not be shown',
    ],
  ])('%s', (_name, patch, expected) => expect(describeFull(patch)).toBe(expected));

  it('cuts a long first line between grapheme clusters', () => {
    const family = '👨‍👩‍👧';
    const text = `${'a'.repeat(159)}${family}${'b'.repeat(50)}`;
    expect(describeFull({ body: text })).toBe(`${'a'.repeat(159)}${family}…`);
  });

  it('is empty for a text message without text', () => expect(describeFull({})).toBe(''));
});

/** Raw WhatsApp-Web types that leak through (docs/periskope-api.md#message). */
const RAW_WHATSAPP_TYPES = [
  'revoked',
  'gp2',
  'notification',
  'e2e_notification',
  'call_log',
  'protocol',
  'interactive',
  'list',
  'list_response',
  'buttons_response',
  'template_button_reply',
  'hsm',
  'order',
  'product',
  'payment',
  'groups_v4_invite',
  'oversized',
  'unknown',
  'ephemeral',
];
/** Types with no wording of their own: named by their raw type. */
const UNSUPPORTED = new Set(['order', 'product', 'payment', 'oversized', 'unknown']);

describe('every known message type', () => {
  it.each([...SUPPORTED_TYPES, ...RAW_WHATSAPP_TYPES])(
    '%s gets its own description',
    (message_type) => {
      const text = describePreview({ message_type });
      // Only a text message without text has nothing to say.
      if (message_type === 'chat') expect(describePreview({ message_type, body: 'Hi' })).toBe('Hi');
      else expect(text.trim()).not.toBe('');
      if (UNSUPPORTED.has(message_type)) expect(text).toBe(`Unsupported message (${message_type})`);
      else expect(text).not.toMatch(/^Unsupported message/);
      // A full message of that type reads the same.
      expect(describeFull({ message_type })).toBe(text);
    },
  );

  it('names any other type by its raw type', () =>
    expect(describePreview({ message_type: 'newsletter_admin_invite' })).toBe(
      'Unsupported message (newsletter_admin_invite)',
    ));
});

describe('timerLength', () => {
  it.each([
    [86_400, '24 hours'],
    [604_800, '7 days'],
    [7_776_000, '90 days'],
    [3600, '1 hour'],
    [300, '5 minutes'],
    [45, '45 seconds'],
  ])('%d s → %s', (seconds, text) => expect(timerLength(seconds)).toBe(text));
});
