import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Member } from '@/lib/api-types.ts';
import { makeMember } from '@/test/api-fixtures.ts';
import { MemberList } from './member-list.tsx';

const member = (i: number, extra: Partial<Member> = {}): Member =>
  makeMember(`9199000000${String(i).padStart(2, '0')}@c.us`, {
    contact_name: `Person ${String(i).padStart(2, '0')}`,
    ...extra,
  });

describe('MemberList', () => {
  it('splits our team from external members, with role badges, admins first', () => {
    const members = [
      member(1),
      member(2, { is_admin: true }),
      member(3, { is_super_admin: true, is_admin: true, is_internal: true }),
    ];
    render(<MemberList members={members} isInternal={(m) => Boolean(m.is_internal)} />);
    const team = screen.getByRole('list', { name: 'Our team (1)' });
    expect(within(team).getByText('Person 03')).toBeInTheDocument();
    expect(within(team).getByText('Super admin')).toBeInTheDocument();
    const external = within(screen.getByRole('list', { name: 'External (2)' })).getAllByRole(
      'listitem',
    );
    expect(external.map((li) => li.textContent)).toEqual([
      expect.stringContaining('Person 02'),
      expect.stringContaining('Person 01'),
    ]);
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

  it('marks blocked, business and enterprise members, a verified name on hover', () => {
    const members = [
      member(1, { is_blocked: true }),
      member(2, { is_business: true, verified_name: 'Acme Traders' }),
      member(3, { verified_name: 'Kiran Stores' }),
      member(4, { is_business: true, is_enterprise: true }),
      member(5),
    ];
    render(<MemberList members={members} isInternal={() => false} />);
    const row = (name: string) => screen.getByText(name).closest('li') as HTMLElement;
    expect(within(row('Person 01')).getByText('Blocked')).toBeInTheDocument();
    expect(within(row('Person 02')).getByText('Business')).toHaveAttribute(
      'title',
      expect.stringContaining('Acme Traders'),
    );
    expect(within(row('Person 03')).getByText('Business')).toBeInTheDocument();
    expect(within(row('Person 04')).getByText('Enterprise')).toBeInTheDocument();
    expect(row('Person 05')).not.toHaveTextContent(/Blocked|Business|Enterprise/);
  });

  it('shows the number under a name, and the number alone for a member without one', () => {
    render(
      <MemberList
        members={[member(1), makeMember('919900000002@c.us')]}
        isInternal={() => false}
      />,
    );
    const row = (text: string) => screen.getAllByText(text)[0]?.closest('li');
    expect(row('Person 01')).toHaveTextContent('+91 99000 00001');
    expect(screen.getAllByText('+91 99000 00002')).toHaveLength(1);
  });
});
