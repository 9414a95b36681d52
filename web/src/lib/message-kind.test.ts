import { describe, expect, it } from 'vitest';
import { MESSAGE_KINDS, messageKind, showsBody, vcardCount, vcardName } from './message-kind.ts';

const kind = (message_type: string, extra: Partial<Parameters<typeof messageKind>[0]> = {}) =>
  messageKind({ message_type, is_deleted: null, ...extra });

describe('messageKind', () => {
  it.each([
    ['chat', 'text'],
    ['ptt', 'voice'],
    ['multi_vcard', 'contact'],
    ['poll_creation', 'poll'],
    ['revoked', 'deleted'],
    ['ciphertext', 'waiting'],
    ['call_log', 'call'],
    ['groups_v4_invite', 'invite'],
    ['e2e_notification', 'e2e'],
    ['ephemeral', 'ephemeral'],
    ['gp2', 'system'],
    ['protocol', 'system'],
    ['list_response', 'interactive'],
    ['hsm', 'interactive'],
    ['order', 'unsupported'],
    ['unknown', 'unsupported'],
    ['something_new', 'unsupported'],
  ])('%s → %s', (type, expected) => expect(kind(type)).toBe(expected));

  it('lets an unreadable placeholder win, then is_deleted', () => {
    expect(kind('unknown', { unreadable: true })).toBe('unreadable');
    expect(kind('chat', { is_deleted: true, unreadable: true })).toBe('unreadable');
    expect(kind('image', { is_deleted: true })).toBe('deleted');
  });

  it('reads a service entry carrying a timer as a timer change', () => {
    expect(kind('notification', { ephemeral_duration: 0 })).toBe('ephemeral');
    expect(kind('chat', { ephemeral_duration: 86_400 })).toBe('text');
  });

  it('reaches every kind it declares', () => {
    const types = [
      'chat',
      'image',
      'video',
      'ptt',
      'audio',
      'document',
      'sticker',
      'location',
      'vcard',
      'poll_creation',
      'interactive',
      'call_log',
      'groups_v4_invite',
      'e2e_notification',
      'ephemeral',
      'gp2',
      'revoked',
      'ciphertext',
      'order',
    ];
    const reached = new Set([...types.map((t) => kind(t)), kind('unknown', { unreadable: true })]);
    expect([...reached].sort()).toEqual([...MESSAGE_KINDS].sort());
  });
});

describe('showsBody', () => {
  it('is true for text and captions, false where the body is something else', () => {
    expect(showsBody({ message_type: 'image', is_deleted: null })).toBe(true);
    expect(showsBody({ message_type: 'buttons_response', is_deleted: null })).toBe(true);
    expect(showsBody({ message_type: 'poll_creation', is_deleted: null })).toBe(false);
    expect(showsBody({ message_type: 'vcard', is_deleted: null })).toBe(false);
    expect(showsBody({ message_type: 'location', is_deleted: null })).toBe(false);
    expect(showsBody({ message_type: 'chat', is_deleted: true })).toBe(false);
  });
});

describe('vCards', () => {
  const card = (fn: string) => `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:${fn}\r\nEND:VCARD`;
  it('names the first card and counts cards, also several in one text', () => {
    expect(vcardName([card('Doe\\, Jane'), card('B')])).toBe('Doe, Jane');
    expect(vcardName([])).toBeNull();
    expect(vcardCount([card('A'), card('B')])).toBe(2);
    expect(vcardCount([`${card('A')}\r\n${card('B')}\r\n${card('C')}`])).toBe(3);
    expect(vcardCount(['', 'FN:Loose'])).toBe(1);
  });
});
