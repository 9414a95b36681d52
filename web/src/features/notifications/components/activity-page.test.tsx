import { screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { Notification } from '@/lib/api-types.ts';
import { makeNotification } from '@/test/api-fixtures.ts';
import { createTestQueryClient, renderWithQuery } from '@/test/render.tsx';
import type { PhoneOption } from '@/features/shared/components/phone-options.tsx';
import { notificationQueries } from '../api/notification-queries.ts';
import { ActivityPage } from './activity-page.tsx';

const note = (
  id: string,
  timestamp: string | null,
  patch: Partial<Notification> = {},
): Notification =>
  makeNotification(id, {
    chat_id: '120363000000000001@g.us',
    author: '919000000001@c.us',
    recipientids: ['919000000002@c.us'],
    type: 'add',
    timestamp,
    ...patch,
  });
const page = (notifications: Notification[], offset: number, next_offset: number | null) => ({
  notifications,
  offset,
  limit: 50,
  next_offset,
  scanned_to: notifications.at(-1)?.timestamp ?? null,
  stale: false,
  fetched_at: '2026-10-05T12:00:00.000Z',
});

/**
 * A query client holding one page of the unfiltered feed, and the group lookups answered (no
 * fetch).
 */
function seeded(notifications: Notification[]) {
  const queryClient = createTestQueryClient();
  queryClient.setQueryData(notificationQueries.feed({}).queryKey, {
    pages: [page(notifications, 0, null)],
    pageParams: [0],
  });
  for (const n of notifications)
    if (n.chat_id)
      queryClient.setQueryData(notificationQueries.group(n.chat_id, undefined).queryKey, {
        chat: null,
        complete: true,
      });
  return queryClient;
}

function activityPage(
  queryClient: ReturnType<typeof createTestQueryClient>,
  phones: PhoneOption[] = [],
) {
  return renderWithQuery(
    <MemoryRouter initialEntries={['/activity']}>
      <ActivityPage
        phones={phones}
        chatHref={(id) => `/chats/${id}`}
        eventHref={(id, n) => `/chats/${id}/notifications/${n}`}
      />
    </MemoryRouter>,
    { queryClient },
  );
}

describe('ActivityPage', () => {
  it('shows an event once when new events shifted it onto the next page too', () => {
    const queryClient = seeded([]);
    const a = note('n-a', '2026-10-05T10:00:00Z');
    const b = note('n-b', '2026-10-05T09:00:00Z');
    const c = note('n-c', '2026-10-05T08:00:00Z');
    // Page 2 was fetched after one new event arrived: it starts again with b.
    queryClient.setQueryData(notificationQueries.feed({}).queryKey, {
      pages: [page([a, b], 0, 2), page([b, c], 2, null)],
      pageParams: [0, 2],
    });
    activityPage(queryClient);
    expect(screen.getAllByRole('link', { name: /^Show in / })).toHaveLength(3);
  });

  it('shows events without a chat, a type or a time: no link to a chat that is unknown, "Unknown event", no time', () => {
    const events = [
      note('n-a', '2026-10-05T10:00:00Z'),
      note('n-nochat', '2026-10-05T09:00:00Z', { chat_id: null }),
      note('n-notype', '2026-10-05T08:00:00Z', { type: null }),
      note('n-notime', null),
      note('n-older', '2026-10-03T08:00:00Z'),
    ];
    activityPage(seeded(events));
    const days = screen
      .getAllByRole('list')
      .filter((l) => l.getAttribute('aria-label') !== 'Group events');
    expect(days).toHaveLength(2);
    const row = (key: string) => document.querySelector(`li[data-key="n-${key}"]`) as HTMLElement;
    // The untimed event stays in its page place, in the day of the event before it.
    expect(
      within(days[0]!)
        .getAllByRole('listitem')
        .map((li) => li.getAttribute('data-key')),
    ).toEqual(['n-n-a', 'n-n-nochat', 'n-n-notype', 'n-n-notime']);

    expect(row('n-nochat')).toHaveTextContent('Unknown chat');
    expect(within(row('n-nochat')).queryByRole('link')).toBeNull();
    expect(within(row('n-notype')).getByText('Unknown event')).toBeInTheDocument();
    expect(within(row('n-notype')).getByRole('link', { name: /^Show in / })).toBeInTheDocument();
    expect(row('n-notime').querySelector('time')).toBeNull();
    expect(within(row('n-notime')).getByRole('link', { name: /^Show in / })).toBeInTheDocument();
    expect(document.body).not.toHaveTextContent(/Invalid Date|1970|NaN/);
  });

  it('a phone not linked to a number yet cannot scope the feed, and breaks nothing', () => {
    const phones = [
      { org_phone: '918527184400@c.us', phone_name: 'Support' },
      { org_phone: null, phone_name: 'New phone' },
    ];
    activityPage(
      seeded([note('n-a', '2026-10-05T10:00:00Z', { author: '918527184400@c.us' })]),
      phones,
    );
    const picker = screen.getByRole('combobox', { name: 'Phone' });
    // Listed or not (the picker's choice), the phone without a number is never a choice.
    const choices = within(picker)
      .getAllByRole('option')
      .filter((o) => !(o as HTMLOptionElement).disabled)
      .map((o) => (o as HTMLOptionElement).value);
    expect(choices).toEqual(['', '918527184400']);
    expect(screen.getByRole('list', { name: 'Group events' })).toHaveTextContent('Support added');
  });
});
