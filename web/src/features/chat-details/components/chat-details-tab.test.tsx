import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import type { ChatDetail } from '@/lib/api-types.ts';
import { makeChatDetail } from '@/test/api-fixtures.ts';
import { ChatDetailsTab } from './chat-details-tab.tsx';

const HOUR = 3_600_000;

function tab(chat: ChatDetail, messageHref?: (id: string) => string) {
  return render(
    <MemoryRouter>
      <ChatDetailsTab chat={chat} labelNames={{}} messageHref={messageHref} />
    </MemoryRouter>,
  );
}

/** The `dd` of a fact, by its term. */
const fact = (term: string | RegExp) =>
  screen.getByText(term, { selector: 'dt' }).nextElementSibling as HTMLElement;

describe('ChatDetailsTab', () => {
  it('shows an unknown or new chat type as itself, never as a 1:1 user', () => {
    const { unmount } = tab(
      makeChatDetail('12345@newsletter', { chat_name: 'News', chat_type: 'unknown' }),
    );
    expect(screen.getByText('Unknown')).toBeInTheDocument();
    expect(screen.queryByText(/User|\+1/)).not.toBeInTheDocument();
    unmount();
    tab(makeChatDetail('12345@broadcast', { chat_name: 'List', chat_type: 'broadcast' }));
    expect(screen.getByText('broadcast')).toBeInTheDocument();
  });

  it('keeps the number and "User" of a 1:1 chat', () => {
    tab(makeChatDetail('919537851844@c.us', { chat_name: 'Asha' }));
    expect(screen.getByText('+91 95378 51844')).toBeInTheDocument();
    expect(screen.getByText('User')).toBeInTheDocument();
  });

  it('reads custom properties of any JSON type, a nested object as key: value lines', () => {
    tab(
      makeChatDetail('1@g.us', {
        custom_properties: {
          'property-tier': 'Gold',
          'property-seats': 12,
          'property-vip': true,
          'property-owner': null,
          'property-regions': ['north', 'west'],
          'property-account': { plan: 'gold', billing: { monthly: false } },
          'property-empty': '',
        },
      }),
    );
    const props = fact('Custom properties');
    expect(within(props).getByText('property-tier').nextElementSibling).toHaveTextContent('Gold');
    expect(within(props).getByText('property-seats').nextElementSibling).toHaveTextContent('12');
    expect(within(props).getByText('property-vip').nextElementSibling).toHaveTextContent('Yes');
    expect(within(props).getByText('property-owner').nextElementSibling).toHaveTextContent('—');
    expect(within(props).getByText('property-regions').nextElementSibling).toHaveTextContent(
      'north, west',
    );
    expect(within(props).getByText('plan: gold')).toBeInTheDocument();
    expect(within(props).getByText('billing:')).toBeInTheDocument();
    expect(within(props).getByText('monthly: No')).toBeInTheDocument();
    expect(within(props).queryByText('property-empty')).not.toBeInTheDocument();
    expect(props).not.toHaveTextContent(/\[object Object\]|[{}"]/);
  });

  it('says until when a chat is snoozed, by whom and why', () => {
    const until = Date.now() + 5 * HOUR;
    tab(
      makeChatDetail('1@g.us', {
        snooze_metadata: {
          snooze_until: until,
          snooze_by: 'asha@acme.io',
          snooze_message: 'Call back after lunch',
        },
      }),
    );
    const snooze = fact('Snooze');
    expect(snooze).toHaveTextContent(/^Snoozed until .*\d{4}, \d\d:\d\d:\d\d/);
    expect(snooze).toHaveTextContent('by asha@acme.io');
    expect(snooze).toHaveTextContent('“Call back after lunch”');
    expect(within(snooze).getByText(/\d\d:\d\d/, { selector: 'time' })).toHaveAttribute(
      'dateTime',
      new Date(until).toISOString(),
    );
  });

  it('never throws on a snooze or pin time no date can hold', () => {
    tab(
      makeChatDetail('1@g.us', {
        snooze_metadata: { snooze_until: 1e20, snooze_by: null, snooze_message: null },
        pinned_messages: [{ message_id: 'm', pinned_at: 1e20, expires_at: null }],
      }),
    );
    expect(fact('Snooze')).toHaveTextContent('Snoozed until an unknown time');
    expect(fact('Pinned messages (1)')).toHaveTextContent('Pinned message 1');
  });

  it('lists flags awaiting a reply and unread counts per team member and per phone, zeros left out', () => {
    tab(
      makeChatDetail('1@g.us', {
        flag_count_map: { '919000000001@c.us': 2, '919000000002@c.us': 0 },
        member_unread_count: { 'ravi@acme.io': 3, 'asha@acme.io': 1, 'zero@acme.io': 0 },
        unread_count: { '919000000001@c.us': 4 },
      }),
    );
    expect(
      within(fact('Flagged, awaiting a reply'))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['+91 90000 00001: 2 messages']);
    expect(
      within(fact('Unread per team member'))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['asha@acme.io: 1 unread', 'ravi@acme.io: 3 unread']);
    expect(within(fact('Unread per phone')).getByRole('listitem')).toHaveTextContent(
      '+91 90000 00001: 4 unread',
    );
  });

  it('lists pinned messages with their pin time and expiry, each linking to the message in the thread', () => {
    const now = Date.now();
    tab(
      makeChatDetail('1@g.us', {
        pinned_messages: [
          { message_id: 'true_1@g.us_AAA', pinned_at: now - HOUR, expires_at: now + 24 * HOUR },
          { message_id: 'true_1@g.us_BBB', pinned_at: null, expires_at: null },
        ],
      }),
      (id) => `/chats/1%40g.us/messages/${encodeURIComponent(id)}`,
    );
    const pins = fact('Pinned messages (2)');
    const links = within(pins).getAllByRole('link');
    expect(links[0]).toHaveTextContent(/^Pinned .*\d{4}, \d\d:\d\d/);
    expect(links[0]).toHaveAttribute('href', '/chats/1%40g.us/messages/true_1%40g.us_AAA');
    expect(links[0]?.closest('li')).toHaveTextContent(/· until .*\d{4}, \d\d:\d\d/);
    expect(links[1]).toHaveTextContent('Pinned message 2');
  });

  it("shows an invite link as text with a Copy button, a link only in WhatsApp's own form", async () => {
    const writeText = vi.fn(async () => {});
    const user = userEvent.setup();
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const { unmount } = tab(
      makeChatDetail('1@g.us', { invite_link: 'https://chat.whatsapp.com/AbC123' }),
    );
    expect(screen.getByRole('link', { name: 'https://chat.whatsapp.com/AbC123' })).toHaveAttribute(
      'href',
      'https://chat.whatsapp.com/AbC123',
    );
    await user.click(screen.getByRole('button', { name: 'Copy invite link' }));
    expect(writeText).toHaveBeenCalledWith('https://chat.whatsapp.com/AbC123');
    expect(await screen.findByText('Copied')).toBeInTheDocument();
    unmount();
    tab(makeChatDetail('1@g.us', { invite_link: 'javascript:alert(1)' }));
    expect(fact('Invite link')).toHaveTextContent('javascript:alert(1)');
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });
});
