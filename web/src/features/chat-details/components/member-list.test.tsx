import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Member } from '../../../lib/api-types.ts';
import { MemberList } from './member-list.tsx';

const member = (i: number, extra: Partial<Member> = {}): Member => ({
  contact_id: `9199000000${String(i).padStart(2, '0')}@c.us`,
  contact_name: `Person ${String(i).padStart(2, '0')}`,
  contact_image: null,
  contact_color: null,
  is_admin: false,
  is_super_admin: false,
  is_internal: false,
  org_phone: null,
  ...extra,
});

describe('MemberList', () => {
  it('splits our team from external members, with role badges, admins first', () => {
    const members = [member(1), member(2, { is_admin: true }), member(3, { is_super_admin: true, is_admin: true, is_internal: true })];
    render(<MemberList members={members} isInternal={(m) => Boolean(m.is_internal)} />);
    const team = screen.getByRole('list', { name: 'Our team (1)' });
    expect(within(team).getByText('Person 03')).toBeInTheDocument();
    expect(within(team).getByText('Super admin')).toBeInTheDocument();
    const external = within(screen.getByRole('list', { name: 'External (2)' })).getAllByRole('listitem');
    expect(external.map((li) => li.textContent)).toEqual([expect.stringContaining('Person 02'), expect.stringContaining('Person 01')]);
    expect(external[0]).toHaveTextContent('Admin');
    expect(screen.queryByRole('searchbox')).not.toBeInTheDocument();
  });

  it('filters a large group by name or number, and a click opens the member', async () => {
    const onSelect = vi.fn();
    const members = Array.from({ length: 16 }, (_, i) => member(i + 1));
    render(<MemberList members={members} isInternal={() => false} onSelect={onSelect} />);
    const box = screen.getByRole('searchbox', { name: 'Filter members' });
    await userEvent.type(box, 'person 1');
    expect(screen.getAllByRole('listitem')).toHaveLength(7); // 10–16
    await userEvent.clear(box);
    await userEvent.type(box, '000007');
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
    await userEvent.click(screen.getByRole('button', { name: /Person 07/ }));
    expect(onSelect).toHaveBeenCalledWith(members[6]!.contact_id);
    await userEvent.type(box, 'x');
    expect(screen.getByText(/No member matches/)).toBeInTheDocument();
  });
});
