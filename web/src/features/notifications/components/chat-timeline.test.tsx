import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import type { Members, Notification } from '@/lib/api-types.ts';
import { makeMember, makeMembers, makeNotification } from '@/test/api-fixtures.ts';
import { renderWithQuery } from '@/test/render.tsx';
import { ChatTimeline } from './chat-timeline.tsx';

const ORG = '919000000000@c.us';
const ids = ['a', 'b', 'c', 'd', 'e'].map((x) => `91900000000${x.charCodeAt(0) - 96}@c.us`);
const members: Members = makeMembers(
  ...ids.map((id, i) => makeMember(id, { contact_name: ['Ana', 'Ben', 'Cy', 'Dee', 'Eve'][i]! })),
);
const add: Notification = makeNotification('n1', {
  chat_id: '120363000000000001@g.us',
  org_phone: ORG,
  author: ORG,
  recipientids: ids,
  type: 'add',
  timestamp: '2026-10-05T10:00:00Z',
});

function timeline(
  onMember?: (id: string) => void,
  member: string | null = null,
  notifications: Notification[] = [add],
) {
  return renderWithQuery(
    <MemoryRouter>
      <ChatTimeline
        notifications={notifications}
        members={members}
        orgPhones={[{ org_phone: ORG, phone_name: 'Support' }]}
        onMember={onMember}
        member={member}
        eventHref={(id) => `/chats/x/notifications/${id}`}
      />
    </MemoryRouter>,
  );
}

describe('ChatTimeline', () => {
  it('reads like the thread: the org phone by its name and marked, a long target list collapsed', () => {
    timeline();
    const row = screen
      .getByRole('list', { name: 'Group activity' })
      .querySelector('li[data-key="n-n1"]') as HTMLElement;
    expect(row).toHaveTextContent('Support added Ana, Ben and 3 others');
    expect(within(row).getByText('Support')).toHaveAttribute(
      'title',
      expect.stringMatching(/organisation/),
    );
    expect(within(row).getByRole('button', { name: '3 others' })).toHaveAttribute(
      'title',
      'Cy, Dee and Eve',
    );
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

  it('keeps the member whose history is shown out of the collapsed names', () => {
    timeline(undefined, ids[3]);
    expect(screen.getByRole('list', { name: 'Group activity' })).toHaveTextContent(
      'Support added Dee, Ana and 3 others',
    );
  });

  it('links the time to the event in the thread, named for screen readers', () => {
    timeline();
    expect(screen.getByRole('link', { name: /^Show in the chat, \d\d:\d\d$/ })).toHaveAttribute(
      'href',
      '/chats/x/notifications/n1',
    );
  });

  it('an event without a type reads "Unknown event"; one without a time keeps its place under its neighbour\'s day', () => {
    const unknown = makeNotification('n2', {
      chat_id: add.chat_id,
      type: null,
      timestamp: '2026-10-04T09:00:00Z',
    });
    const untimed = makeNotification('n3', {
      chat_id: add.chat_id,
      author: ids[0]!,
      recipientids: [ids[1]!],
      type: 'promote',
    });
    timeline(undefined, null, [add, untimed, unknown]);
    const days = screen
      .getAllByRole('list', { name: /./ })
      .filter((l) => l.getAttribute('aria-label') !== 'Group activity');
    expect(days).toHaveLength(2);
    const first = within(days[0]!).getAllByRole('listitem');
    expect(first.map((li) => li.getAttribute('data-key'))).toEqual(['n-n1', 'n-n3']);
    expect(first[1]).toHaveTextContent('Ana made Ben an admin');
    expect(within(first[1]!).getByRole('link', { name: 'Show in the chat' })).toHaveAttribute(
      'href',
      '/chats/x/notifications/n3',
    );
    expect(first[1]!.querySelector('time')).toBeNull();
    expect(first[0]!.querySelector('time')).not.toBeNull();
    expect(within(days[1]!).getByRole('listitem')).toHaveTextContent('Unknown event');
    expect(document.body).not.toHaveTextContent(/Invalid Date|1970|NaN/);
  });
});
