import { screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { Notification } from '../../../lib/api-types.ts';
import { createTestQueryClient, renderWithQuery } from '../../../test/render.tsx';
import { notificationQueries } from '../api/notification-queries.ts';
import { ActivityPage } from './activity-page.tsx';

const note = (id: string, timestamp: string): Notification => ({
  notification_id: id, unique_id: null, id: null, chat_id: '120363000000000001@g.us', org_id: null, org_phone: null,
  author: '919000000001@c.us', recipientids: ['919000000002@c.us'], type: 'add', body: null, timestamp, metadata: null,
});
const page = (notifications: Notification[], offset: number, next_offset: number | null) => ({
  notifications, offset, limit: 50, next_offset, scanned_to: notifications.at(-1)?.timestamp ?? null, stale: false, fetched_at: '2026-10-05T12:00:00.000Z',
});

describe('ActivityPage', () => {
  it('shows an event once when new events shifted it onto the next page too', () => {
    const queryClient = createTestQueryClient();
    const a = note('n-a', '2026-10-05T10:00:00Z');
    const b = note('n-b', '2026-10-05T09:00:00Z');
    const c = note('n-c', '2026-10-05T08:00:00Z');
    // Page 2 was fetched after one new event arrived: it starts again with b.
    queryClient.setQueryData(notificationQueries.feed({}).queryKey, { pages: [page([a, b], 0, 2), page([b, c], 2, null)], pageParams: [0, 2] });
    renderWithQuery(
      <MemoryRouter initialEntries={['/activity']}>
        <ActivityPage phones={[]} chatHref={(id) => `/chats/${id}`} eventHref={(id, n) => `/chats/${id}/notifications/${n}`} />
      </MemoryRouter>,
      { queryClient },
    );
    expect(screen.getAllByRole('link', { name: /^Show in / })).toHaveLength(3);
  });
});
