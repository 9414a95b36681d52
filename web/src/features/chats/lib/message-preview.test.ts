import { describe, expect, it } from 'vitest';
import { messagePreview, senderPrefix, type LatestMessage } from './message-preview.ts';

const base: LatestMessage = {
  message_id: 'false_919537851844@c.us_3EB0', message_type: 'chat', timestamp: '2026-11-23T10:00:00Z', from_me: false,
  sender_phone: '919537851844@c.us', ack: null, is_deleted: null, body: null, body_truncated: false, media: null,
  duration: null, poll_name: null, contact_name: null, location_name: null,
};
const media = { mimetype: 'application/pdf', filename: 'invoice.pdf' };

describe('messagePreview', () => {
  it.each<[string, Partial<LatestMessage>, string]>([
    ['text', { body: 'Hello world' }, 'Hello world'],
    ['text cut by the BFF', { body: 'A long story', body_truncated: true }, 'A long story…'],
    ['text keeps markup as text', { body: '<img src=x onerror=alert(1)>' }, '<img src=x onerror=alert(1)>'],
    ['image without caption', { message_type: 'image' }, '📷 Photo'],
    ['image with caption', { message_type: 'image', body: 'Sunset' }, '📷 Sunset'],
    ['video', { message_type: 'video', duration: 75 }, '🎥 Video 1:15'],
    ['voice note with duration', { message_type: 'ptt', duration: 12 }, '🎤 Voice message 0:12'],
    ['voice note without duration', { message_type: 'ptt' }, '🎤 Voice message'],
    ['audio', { message_type: 'audio' }, '🎵 Audio'],
    ['document', { message_type: 'document', media }, '📄 invoice.pdf'],
    ['sticker', { message_type: 'sticker' }, 'Sticker'],
    ['location', { message_type: 'location' }, '📍 Location'],
    ['named location', { message_type: 'location', location_name: 'Bandra office' }, '📍 Bandra office'],
    ['contact', { message_type: 'vcard', contact_name: 'John Doe' }, '👤 John Doe'],
    ['contact without name', { message_type: 'multi_vcard' }, '👤 Contact'],
    ['poll', { message_type: 'poll_creation', poll_name: 'Lunch?' }, '📊 Poll: Lunch?'],
    ['deleted flag', { body: 'secret', is_deleted: true }, 'This message was deleted'],
    ['revoked', { message_type: 'revoked' }, 'This message was deleted'],
    ['ciphertext', { message_type: 'ciphertext' }, 'Waiting for this message'],
    ['unknown type', { message_type: 'gp2' }, 'Unsupported message'],
  ])('%s', (_name, patch, expected) => {
    expect(messagePreview({ ...base, ...patch })).toBe(expected);
  });

  it('is empty without a latest message', () => expect(messagePreview(null)).toBe(''));
});

describe('senderPrefix', () => {
  it('names the org as You in any chat', () => expect(senderPrefix('user', { ...base, from_me: true })).toBe('You'));
  it('gives the sender number in groups', () => expect(senderPrefix('group', base)).toMatch(/95378/));
  it('has none for a customer in a 1:1 chat', () => expect(senderPrefix('user', base)).toBeNull());
  it('has none for a deleted message', () => expect(senderPrefix('group', { ...base, is_deleted: true })).toBeNull());
});
