import { describe, expect, it } from 'vitest';
import {
  chatStatusFlags,
  groupSettingSentences,
  isInternalMember,
  trueKeys,
} from './chat-facts.ts';

const none = {
  messages_admins_only: null,
  info_admins_only: null,
  add_members_admins_only: null,
  member_add_mode: null,
};

describe('groupSettingSentences', () => {
  it('says each known setting in plain words', () => {
    expect(
      groupSettingSentences({
        messages_admins_only: true,
        info_admins_only: false,
        add_members_admins_only: true,
        member_add_mode: null,
      }),
    ).toEqual([
      'Only admins can send messages',
      'All members can edit group info',
      'Only admins can add members',
    ]);
  });

  it('reads member_add_mode (true = everyone) when add_members_admins_only is absent', () => {
    expect(groupSettingSentences({ ...none, member_add_mode: true })).toEqual([
      'All members can add members',
    ]);
    expect(groupSettingSentences({ ...none, member_add_mode: false })).toEqual([
      'Only admins can add members',
    ]);
  });

  it('leaves unknown settings out', () => {
    expect(groupSettingSentences(none)).toEqual([]);
  });
});

describe('chatStatusFlags', () => {
  it('lists only the true flags', () => {
    expect(
      chatStatusFlags({
        is_muted: true,
        is_exited: true,
        is_archived: null,
        is_pinned: false,
        chat_type: 'group',
      }),
    ).toEqual(['Our phone has left this group', 'Muted']);
    expect(
      chatStatusFlags({
        is_muted: false,
        is_exited: null,
        is_archived: null,
        is_pinned: null,
        chat_type: 'user',
      }),
    ).toEqual([]);
  });
});

describe('trueKeys', () => {
  it('keeps true keys, sorted', () => {
    expect(trueKeys({ 'b@x.io': true, 'a@x.io': true, 'c@x.io': false })).toEqual([
      'a@x.io',
      'b@x.io',
    ]);
    expect(trueKeys(null)).toEqual([]);
  });
});

describe('isInternalMember', () => {
  const chat = { org_phone: '911@c.us', chat_org_phones: ['911@c.us', '912@c.us'] };
  it('is true for is_internal, the chat org phones and extra org phones', () => {
    expect(isInternalMember({ contact_id: '1@c.us', is_internal: true }, chat)).toBe(true);
    expect(isInternalMember({ contact_id: '912@c.us', is_internal: false }, chat)).toBe(true);
    expect(
      isInternalMember({ contact_id: '913@c.us', is_internal: null }, chat, ['913@c.us']),
    ).toBe(true);
    expect(isInternalMember({ contact_id: '2@c.us', is_internal: null }, chat)).toBe(false);
  });
});
