import { describe, expect, it } from 'vitest';
import { describeMessage, showsBody } from './describe-message.ts';

type Input = Parameters<typeof describeMessage>[0];
const base: Input = { message_type: 'chat', is_deleted: null, body: null, media: null, duration: null, poll_info: null, vcards: [], location: null };
const media = (patch: Partial<NonNullable<Input['media']>>) => ({ path: null, thumbnail: null, mimetype: null, filename: null, size: null, dimensions: null, ...patch });
const card = (name: string) => `BEGIN:VCARD\nVERSION:3.0\nFN:${name}\nEND:VCARD`;

describe('describeMessage', () => {
  it.each<[string, Partial<Input>, string]>([
    ['text: its first line', { body: '\n  *Hello* there  \nsecond line' }, '*Hello* there'],
    ['image with caption', { message_type: 'image', body: 'Sunset', media: media({ path: 'https://x/y.jpg' }) }, '📷 Sunset'],
    ['image without caption', { message_type: 'image' }, '📷 Photo'],
    ['sticker', { message_type: 'sticker' }, 'Sticker'],
    ['voice note', { message_type: 'ptt', duration: 12 }, '🎤 Voice message 0:12'],
    ['audio', { message_type: 'audio', duration: 185 }, '🎵 Audio 3:05'],
    ['video without duration', { message_type: 'video' }, '🎥 Video'],
    ['video with caption', { message_type: 'video', body: 'Look', duration: 2 }, '🎥 Look'],
    ['document', { message_type: 'document', media: media({ filename: 'invoice.pdf', size: 122_880 }) }, '📄 invoice.pdf'],
    ['location', { message_type: 'location' }, '📍 Location'],
    ['named location', { message_type: 'location', location: { latitude: 1, longitude: 2, name: 'Office', address: null, url: null } }, '📍 Office'],
    ['vcard', { message_type: 'vcard', body: card('Agrata'), vcards: [card('Agrata')] }, '👤 Agrata'],
    ['multi_vcard', { message_type: 'multi_vcard', vcards: [card('A'), card('B'), card('C')] }, '👤 A and 2 more'],
    ['poll', { message_type: 'poll_creation', body: 'Lunch?', poll_info: { pollName: 'Lunch?', pollOptions: [], allowMultipleAnswers: null } }, '📊 Lunch?'],
    ['deleted', { is_deleted: true, body: 'secret' }, 'This message was deleted'],
    ['revoked', { message_type: 'revoked' }, 'This message was deleted'],
    ['ciphertext', { message_type: 'ciphertext' }, 'Waiting for this message'],
    ['unknown', { message_type: 'gp2' }, 'Unsupported message (gp2)'],
  ])('%s', (_name, patch, expected) => {
    expect(describeMessage({ ...base, ...patch })).toBe(expected);
  });

  it('shows captions but not poll names, vCards or deleted bodies', () => {
    expect(showsBody({ message_type: 'image', is_deleted: null })).toBe(true);
    expect(showsBody({ message_type: 'poll_creation', is_deleted: null })).toBe(false);
    expect(showsBody({ message_type: 'vcard', is_deleted: null })).toBe(false);
    expect(showsBody({ message_type: 'chat', is_deleted: true })).toBe(false);
  });
});
