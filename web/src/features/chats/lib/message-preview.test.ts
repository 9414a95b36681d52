import { describe, expect, it } from 'vitest';
import type { LatestMessage } from '@/lib/describe-message.ts';
import { makeMember, makeMembers } from '@/test/api-fixtures.ts';
import { senderPrefix } from './message-preview.ts';

const base: LatestMessage = {
  message_id: 'false_120363371308389685@g.us_3EB0',
  message_type: 'chat',
  timestamp: '2026-11-23T10:00:00Z',
  from_me: false,
  sender_phone: '919537851844@c.us',
  ack: null,
  is_deleted: null,
  body: 'Hi',
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

describe('senderPrefix', () => {
  it('names the org as You in any chat', () =>
    expect(senderPrefix('user', { ...base, from_me: true })).toBe('You'));
  it('gives the sender number in groups while members are unknown', () =>
    expect(senderPrefix('group', base)).toBe('+91 95378 51844'));
  it('gives the member name when the group detail is loaded', () => {
    expect(
      senderPrefix(
        'group',
        base,
        makeMembers(makeMember('919537851844@c.us', { contact_name: 'Asha' })),
      ),
    ).toBe('Asha');
    expect(
      senderPrefix(
        'group',
        base,
        makeMembers(makeMember('919537851844@c.us', { pushname: 'Ash' })),
      ),
    ).toBe('~ Ash');
  });
  it('has none for a customer in a 1:1 chat', () => expect(senderPrefix('user', base)).toBeNull());
  it('has none for a deleted or unreadable message', () => {
    expect(senderPrefix('group', { ...base, is_deleted: true })).toBeNull();
    expect(senderPrefix('group', { ...base, unreadable: true })).toBeNull();
  });
});
