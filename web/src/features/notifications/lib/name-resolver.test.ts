import { describe, expect, it } from 'vitest';
import type { Member, Members } from '@/lib/api-types.ts';
import { makeMember } from '@/test/api-fixtures.ts';
import { nameResolver } from './name-resolver.ts';

const member = (contact_id: string, names: Partial<Member> = {}, is_internal = false): Member =>
  makeMember(contact_id, { is_internal, org_phone: '918527184400@c.us', ...names });
const members: Members = {
  '918527184400@c.us': member('918527184400@c.us', { contact_name: 'Periskope Support WA' }, true),
  '919000000001@c.us': member('919000000001@c.us', { contact_name: 'Ana' }),
  '919000000002@c.us': member('919000000002@c.us'),
  '919000000003@c.us': member('919000000003@c.us', { pushname: 'Ravi' }),
};

describe('nameResolver', () => {
  it('names org phones by phone_name, members by name, others by number', () => {
    const r = nameResolver(members, [{ org_phone: '918527184400@c.us', phone_name: 'Support' }]);
    expect(r.nameOf('918527184400@c.us')).toBe('Support');
    expect(r.nameOf('919000000001@c.us')).toBe('Ana');
    expect(r.nameOf('919000000003@c.us')).toBe('~ Ravi');
    expect(r.nameOf('919000000002@c.us')).toBe('+91 90000 00002');
    expect(r.nameOf('447700900123@c.us')).toBe('+44 7700 900123');
  });

  it('marks org phones from the phones list, the read-through phone and internal members', () => {
    const r = nameResolver(
      members,
      [{ org_phone: '919971844008@c.us', phone_name: null }],
      '918000000000@c.us',
    );
    expect(r.isOrg?.('919971844008@c.us')).toBe(true);
    expect(r.isOrg?.('918000000000@c.us')).toBe(true);
    expect(r.isOrg?.('918527184400@c.us')).toBe(true);
    expect(r.isOrg?.('919000000001@c.us')).toBe(false);
    // No phone_name: the member name stands.
    expect(r.nameOf('918527184400@c.us')).toBe('Periskope Support WA');
  });

  it('skips a phone not linked to a number yet', () => {
    const r = nameResolver(members, [{ org_phone: null, phone_name: 'New phone' }]);
    expect(r.nameOf('919000000001@c.us')).toBe('Ana');
    expect(r.isOrg?.('919000000001@c.us')).toBe(false);
  });

  it('works before members and phones load', () => {
    const r = nameResolver(undefined, undefined);
    expect(r.nameOf('919000000001@c.us')).toBe('+91 90000 00001');
    expect(r.isOrg?.('919000000001@c.us')).toBe(false);
  });
});
