import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChatListItem } from '@/lib/api-types.ts';
import { makeChatListItem } from '@/test/api-fixtures.ts';
import { renderWithQuery } from '@/test/render.tsx';
import { ChatList } from './chat-list.tsx';

const chat = (
  chat_id: string,
  chat_name: string | null,
  org_phone = '918527184400@c.us',
  patch: Partial<ChatListItem> = {},
): ChatListItem =>
  makeChatListItem(chat_id, { chat_name, org_phone, message_unread_count: 3, ...patch });

const json = (body: unknown, status = 200, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });

const page = {
  chats: [
    chat('120363371308389685@g.us', 'Ops <b>team</b>'),
    chat('120363371308389685@g.us', 'Ops <b>team</b>', '919999999999@c.us'), // same group, other org phone: kept
    chat('919537851844@c.us', null),
    chat('919537851844@c.us', null), // exact repeat: dropped
  ],
  offset: 0,
  limit: 50,
  next_offset: null,
  stale: false,
  fetched_at: '2026-11-23T10:00:00Z',
  total: null,
  index: null,
};

const params = { sort_by: 'latest_message_timestamp', sort_order: 'desc' } as const;

// jsdom has no layout: give the scroll element a viewport so the virtualizer renders rows.
beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(720);
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(360);
});
afterEach(() => vi.unstubAllGlobals());

describe('ChatList', () => {
  it('lists de-duplicated chats as options, marks the selection and the end', async () => {
    const fetchMock = vi.fn(async (_input: RequestInfo | URL, _init?: RequestInit) => json(page));
    vi.stubGlobal('fetch', fetchMock);
    const onSelectChat = vi.fn();
    renderWithQuery(
      <ChatList
        params={params}
        refreshMs={15_000}
        selectedChatId="919537851844@c.us"
        onSelectChat={onSelectChat}
      />,
    );

    const listbox = await screen.findByRole('listbox', { name: 'Chats' });
    const options = await within(listbox).findAllByRole('option');
    expect(options).toHaveLength(3);
    expect(options[0]).toHaveAccessibleName(/Ops <b>team<\/b>/);
    expect(options[2]).toHaveAccessibleName(/\+91 95378 51844/);
    expect(options[2]).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByText('End of list · 3 chats')).toBeInTheDocument();
    expect(screen.getByText('3 chats').parentElement).toHaveAttribute('aria-live', 'polite');
    expect(String(fetchMock.mock.calls[0]?.[0])).toContain('sort_by=latest_message_timestamp');

    await userEvent.click(options[0] as HTMLElement);
    expect(onSelectChat).toHaveBeenCalledWith(
      expect.objectContaining({ chat_id: '120363371308389685@g.us' }),
    );
  });

  it('shows the problem detail and recovers on Retry', async () => {
    const problem = {
      type: 'about:blank',
      title: 'Upstream unavailable',
      status: 502,
      detail: 'Periskope did not answer in time.',
      code: 'upstream_timeout',
      request_id: 'req-1',
    };
    const fetchMock = vi.fn(async () => json(problem, 502, 'application/problem+json'));
    vi.stubGlobal('fetch', fetchMock);
    renderWithQuery(
      <ChatList params={params} refreshMs={15_000} selectedChatId={null} onSelectChat={() => {}} />,
    );

    expect(await screen.findByText('Periskope did not answer in time.')).toBeInTheDocument();
    fetchMock.mockImplementation(async () => json(page));
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(3));
  });

  it('marks snoozed and flagged chats, and names an unknown chat type instead of taking it for a 1:1', async () => {
    const hour = 3_600_000;
    const chats = [
      chat('911@c.us', 'Snoozed', undefined, {
        snooze_until: Date.now() + hour,
        message_unread_count: null,
      }),
      chat('912@c.us', 'Woke up', undefined, {
        snooze_until: Date.now() - hour,
        message_unread_count: null,
      }),
      chat('913@c.us', 'Flagged', undefined, { flag_count: 2, message_unread_count: null }),
      chat('914@newsletter', 'Channel', undefined, {
        chat_type: 'unknown',
        message_unread_count: null,
      }),
      chat('915@c.us', 'New kind', undefined, {
        chat_type: 'community',
        message_unread_count: null,
      }),
    ];
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => json({ ...page, chats })),
    );
    renderWithQuery(
      <ChatList params={params} refreshMs={15_000} selectedChatId={null} onSelectChat={() => {}} />,
    );
    const option = async (name: string) =>
      (await screen.findAllByRole('option')).find((o) =>
        o.getAttribute('aria-label')?.startsWith(name),
      ) as HTMLElement;

    const snoozed = await option('Snoozed');
    expect(snoozed).toHaveAccessibleName('Snoozed, snoozed');
    expect(within(snoozed).getByRole('img', { name: /^Snoozed until .+/ })).toBeInTheDocument();
    expect(await option('Woke up')).toHaveAccessibleName('Woke up');
    const flagged = await option('Flagged');
    expect(flagged).toHaveAccessibleName('Flagged, 2 flagged messages');
    expect(within(flagged).getByRole('img', { name: '2 flagged messages' })).toBeInTheDocument();
    expect(
      within(await option('Channel')).getByRole('img', { name: 'Chat type: Unknown' }),
    ).toBeInTheDocument();
    expect(
      within(await option('New kind')).getByRole('img', { name: 'Chat type: community' }),
    ).toBeInTheDocument();
  });
});
