import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import type { Members, Notification } from '../../../lib/api-types.ts';
import { renderWithQuery } from '../../../test/render.tsx';
import { ChatTimeline } from './chat-timeline.tsx';

const ORG = '919000000000@c.us';
const member = (contact_id: string, contact_name: string | null) => ({
  contact_id, contact_name, contact_image: null, contact_color: null, is_admin: false, is_super_admin: false, is_internal: false, org_phone: null,
});
const ids = ['a', 'b', 'c', 'd', 'e'].map((x) => `91900000000${x.charCodeAt(0) - 96}@c.us`);
const members: Members = Object.fromEntries(ids.map((id, i) => [id, member(id, ['Ana', 'Ben', 'Cy', 'Dee', 'Eve'][i]!)]));
const add: Notification = {
  notification_id: 'n1', unique_id: null, id: null, chat_id: '120363000000000001@g.us', org_id: null, org_phone: ORG,
  author: ORG, recipientids: ids, type: 'add', body: null, timestamp: '2026-10-05T10:00:00Z', metadata: null,
};

function timeline(onMember?: (id: string) => void, member: string | null = null) {
  return renderWithQuery(
    <MemoryRouter>
      <ChatTimeline notifications={[add]} members={members} orgPhones={[{ org_phone: ORG, phone_name: 'Support' }]} onMember={onMember} member={member} eventHref={(id) => `/chats/x/notifications/${id}`} />
    </MemoryRouter>,
  );
}

describe('ChatTimeline', () => {
  it('reads like the thread: the org phone by its name and marked, a long target list collapsed', () => {
    timeline();
    const row = screen.getByRole('list', { name: 'Group activity' }).querySelector('li[data-key="n-n1"]') as HTMLElement;
    expect(row).toHaveTextContent('Support added Ana, Ben and 3 others');
    expect(within(row).getByText('Support')).toHaveAttribute('title', expect.stringMatching(/organisation/));
    expect(within(row).getByRole('button', { name: '3 others' })).toHaveAttribute('title', 'Cy, Dee and Eve');
  });

  it('names are buttons that open a member history when onMember is given, also once expanded', async () => {
    const onMember = vi.fn();
    timeline(onMember);
    await userEvent.click(screen.getByRole('button', { name: 'Ben' }));
    expect(onMember).toHaveBeenLastCalledWith(ids[1]);
    await userEvent.click(screen.getByRole('button', { name: '3 others' }));
    await userEvent.click(screen.getByRole('button', { name: 'Eve' }));
    expect(onMember).toHaveBeenLastCalledWith(ids[4]);
  });

  it("keeps the member whose history is shown out of the collapsed names", () => {
    timeline(undefined, ids[3]);
    expect(screen.getByRole('list', { name: 'Group activity' })).toHaveTextContent('Support added Dee, Ana and 3 others');
  });

  it('links the time to the event in the thread, named for screen readers', () => {
    timeline();
    expect(screen.getByRole('link', { name: /^Show in the chat, \d\d:\d\d$/ })).toHaveAttribute('href', '/chats/x/notifications/n1');
  });
});
