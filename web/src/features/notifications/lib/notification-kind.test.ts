import { describe, expect, it } from 'vitest';
import { KIND_TYPES, notificationKind, typeParamForKinds } from './notification-kind.ts';

describe('notificationKind', () => {
  it.each([
    ['add', 'membership'],
    ['remove', 'membership'],
    ['leave', 'membership'],
    ['invite', 'membership'],
    ['promote', 'admin'],
    ['demote', 'admin'],
    ['subject', 'settings'],
    ['desc', 'settings'],
    ['description', 'settings'],
    ['picture', 'settings'],
    ['announce_true', 'settings'],
    ['restrict_false', 'settings'],
    ['memberaddmode_true', 'settings'],
    ['create', 'other'],
    ['call', 'other'],
    ['ephemeral', 'other'],
    ['something_new', 'other'],
  ])('%s is %s', (type, kind) => {
    expect(notificationKind(type)).toBe(kind);
  });

  it('an event without a type (an unknown event) is other', () => {
    expect(notificationKind(null)).toBe('other');
    expect(notificationKind('constructor')).toBe('other');
  });
});

describe('typeParamForKinds', () => {
  it('is no filter for none or all kinds', () => {
    expect(typeParamForKinds([])).toBeUndefined();
    expect(typeParamForKinds(['other', 'admin', 'settings', 'membership'])).toBeUndefined();
  });

  it('lists the types of named kinds', () => {
    expect(typeParamForKinds(['admin'])).toBe('promote,demote');
    expect(typeParamForKinds(['membership', 'admin'])).toBe(
      'add,remove,leave,invite,promote,demote',
    );
  });

  it('excludes the kinds left out when other is kept (other is an open set)', () => {
    expect(typeParamForKinds(['other'])).toBe(
      [...KIND_TYPES.membership, ...KIND_TYPES.admin, ...KIND_TYPES.settings]
        .map((t) => `!${t}`)
        .join(','),
    );
    expect(typeParamForKinds(['other', 'membership', 'settings'])).toBe('!promote,!demote');
  });
});
