import { describe, expect, it } from 'vitest';
import { describeMessage, showsBody } from './describe-message.ts';

type Input = Parameters<typeof describeMessage>[0];
const base: Input = { message_type: 'chat', is_deleted: null, media: null, duration: null, poll_info: null, vcards: [], location: null };
const media = (patch: Partial<NonNullable<Input['media']>>) => ({ path: null, thumbnail: null, mimetype: null, filename: null, size: null, dimensions: null, ...patch });

describe('describeMessage', () => {
  it.each<[string, Partial<Input>, string | null]>([
    ['text', {}, null],
    ['image with media', { message_type: 'image', media: media({ path: 'https://x/y.jpg' }) }, null],
    ['image without media', { message_type: 'image' }, '📷 Photo'],
    ['voice note', { message_type: 'ptt', duration: 12 }, '🎤 Voice message 0:12'],
    ['audio', { message_type: 'audio', duration: 185 }, '🎵 Audio 3:05'],
    ['video without duration', { message_type: 'video' }, '🎥 Video'],
    ['document', { message_type: 'document', media: media({ filename: 'invoice.pdf', size: 122_880 }) }, '📄 invoice.pdf · 120 KB'],
    ['location', { message_type: 'location' }, '📍 Location'],
    ['poll', { message_type: 'poll_creation', poll_info: { pollName: 'Lunch?', pollOptions: [], allowMultipleAnswers: null } }, '📊 Poll: Lunch?'],
    ['deleted', { is_deleted: true }, 'This message was deleted'],
    ['revoked', { message_type: 'revoked' }, 'This message was deleted'],
    ['ciphertext', { message_type: 'ciphertext' }, 'Waiting for this message'],
    ['unknown', { message_type: 'gp2' }, 'Unsupported message (gp2)'],
  ])('%s', (_name, patch, expected) => {
    expect(describeMessage({ ...base, ...patch })).toBe(expected);
  });

  it('shows captions but not poll names or deleted bodies', () => {
    expect(showsBody({ message_type: 'image', is_deleted: null })).toBe(true);
    expect(showsBody({ message_type: 'poll_creation', is_deleted: null })).toBe(false);
    expect(showsBody({ message_type: 'chat', is_deleted: true })).toBe(false);
  });
});
