import { describe, expect, it } from 'vitest';
import { makeMember } from '../test/api-fixtures.ts';
import type { Member, Members } from './api-types.ts';
import { contactName, memberColour, memberName, savedName } from './members.ts';

const ID = '971501234567@c.us';
const member = (names: Partial<Member> = {}): Member => makeMember(ID, names);

describe('contactName', () => {
  it.each<[string, Partial<Member>, string]>([
    [
      'the saved contact name first',
      { contact_name: 'Ana Lima', periskope_name: 'Ana (VIP)', pushname: 'Ana' },
      'Ana Lima',
    ],
    [
      'then the name an agent gave in Periskope',
      { periskope_name: 'Ana (VIP)', name: 'Ana L', pushname: 'Ana' },
      'Ana (VIP)',
    ],
    [
      'then WhatsApp’s name',
      { name: 'Ana L', short_name: 'Ana', verified_name: 'Lima Foods' },
      'Ana L',
    ],
    ['then the short name', { short_name: 'Ana', verified_name: 'Lima Foods' }, 'Ana'],
    [
      'then the verified business name',
      { verified_name: 'Lima Foods', pushname: 'Ana' },
      'Lima Foods',
    ],
    ['then the push name, marked as WhatsApp does', { pushname: 'Ana' }, '~ Ana'],
    ['blank names are skipped', { contact_name: '  ', pushname: ' Ana ' }, '~ Ana'],
    ['else the number', {}, '+971 50 123 4567'],
  ])('%s', (_name, names, expected) => expect(contactName(member(names), ID)).toBe(expected));

  it('falls back to the number without a member', () =>
    expect(contactName(undefined, ID)).toBe('+971 50 123 4567'));
  it('has no saved name for a member without names', () => expect(savedName(member())).toBeNull());
});

describe('memberName and memberColour', () => {
  const members: Members = {
    [ID]: member({ contact_name: 'Ana', contact_color: '#128c7e' }),
    'x@c.us': member({ contact_id: '919876543210@c.us', contact_color: 'red;}' }),
  };
  it('finds a member by key or by contact_id', () => {
    expect(memberName(members, ID)).toBe('Ana');
    expect(memberName(members, '919876543210@c.us')).toBe('+91 98765 43210');
    expect(memberName(undefined, ID)).toBe('+971 50 123 4567');
  });
  it('keeps only hex colours', () => {
    expect(memberColour(members, ID)).toBe('#128c7e');
    expect(memberColour(members, '919876543210@c.us')).toBeUndefined();
  });
});
