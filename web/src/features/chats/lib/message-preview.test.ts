import { describe, expect, it } from 'vitest';
import { messagePreview } from './message-preview.ts';

type Input = Parameters<typeof messagePreview>[0] & {};
const base: Input = { message_type: 'chat', is_deleted: null, body: null, media: null, poll_info: null, vcards: [] };
const media = { path: null, thumbnail: null, mimetype: 'application/pdf', filename: 'invoice.pdf', size: 1000, dimensions: null };

describe('messagePreview', () => {
  it.each<[string, Partial<Input>, string]>([
    ['text', { body: 'Hello\n  world' }, 'Hello world'],
    ['text keeps markup as text', { body: '<img src=x onerror=alert(1)>' }, '<img src=x onerror=alert(1)>'],
    ['image without caption', { message_type: 'image' }, '📷 Photo'],
    ['image with caption', { message_type: 'image', body: 'Sunset' }, '📷 Sunset'],
    ['video', { message_type: 'video' }, '🎥 Video'],
    ['voice note', { message_type: 'ptt' }, '🎤 Voice message'],
    ['audio', { message_type: 'audio' }, '🎵 Audio'],
    ['document', { message_type: 'document', media }, '📄 invoice.pdf'],
    ['sticker', { message_type: 'sticker' }, 'Sticker'],
    ['location', { message_type: 'location' }, '📍 Location'],
    ['contact', { message_type: 'vcard', vcards: ['BEGIN:VCARD\nVERSION:3.0\nFN:John Doe\nEND:VCARD'] }, '👤 John Doe'],
    ['contact without name', { message_type: 'multi_vcard' }, '👤 Contact'],
    ['poll', { message_type: 'poll_creation', poll_info: { pollName: 'Lunch?', pollOptions: [], allowMultipleAnswers: null } }, '📊 Poll: Lunch?'],
    ['deleted flag', { body: 'secret', is_deleted: true }, 'This message was deleted'],
    ['revoked', { message_type: 'revoked' }, 'This message was deleted'],
    ['ciphertext', { message_type: 'ciphertext' }, 'Waiting for this message'],
    ['unknown type', { message_type: 'gp2' }, 'Unsupported message'],
  ])('%s', (_name, patch, expected) => {
    expect(messagePreview({ ...base, ...patch })).toBe(expected);
  });

  it('is empty without a latest message', () => expect(messagePreview(null)).toBe(''));
});
