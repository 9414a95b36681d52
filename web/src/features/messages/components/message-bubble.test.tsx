import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Message } from '@/lib/api-types.ts';
import { createTestQueryClient, renderWithQuery } from '@/test/render.tsx';
import { messageQueries } from '../api/message-queries.ts';
import { makeMember, makeMembers } from '@/test/api-fixtures.ts';
import { makeMessage } from './content/message-fixture.ts';
import { MessageBubble } from './message-bubble.tsx';
import { ThreadChatContext } from './thread-chat-context.ts';

const message: Message = makeMessage({
  message_id: 'false_120363371308389685@g.us_3EB0AAA',
  chat_id: '120363371308389685@g.us',
  body: '<img src=x onerror=alert(1)>',
  is_forwarded: true,
});

const members = makeMembers(
  makeMember('919537851844@c.us', {
    contact_name: 'Bharat',
    contact_color: '#ff8800',
    is_admin: false,
  }),
);

describe('MessageBubble', () => {
  it('renders an HTML-looking body as text, never as markup', () => {
    const { container } = renderWithQuery(
      <MessageBubble message={message} isGroup loadReactions={false} />,
      { members },
    );
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
    expect(screen.queryByRole('img', { name: /photo/i })).toBeNull();
    expect(screen.getByText('Bharat')).toBeInTheDocument();
    expect(screen.getByText('Forwarded')).toBeInTheDocument();
  });

  it('names the sender on the first bubble of a run only', () => {
    const { rerender } = renderWithQuery(
      <MessageBubble message={message} isGroup loadReactions={false} />,
      { members },
    );
    expect(screen.getByText('Bharat')).toBeInTheDocument();
    rerender(<MessageBubble message={message} continues isGroup loadReactions={false} />);
    expect(screen.queryByText('Bharat')).not.toBeInTheDocument();
  });

  it('shows ticks for own messages, and what an edit changed on demand', () => {
    renderWithQuery(
      <MessageBubble
        message={{
          ...message,
          from_me: true,
          ack: 4,
          prev_body: 'see you Monday',
          body: 'see you Tuesday',
        }}
        isGroup={false}
        loadReactions={false}
      />,
    );
    expect(screen.getByRole('img', { name: 'Read' })).toBeInTheDocument();
    const edited = screen.getByRole('button', { name: 'Edited' });
    expect(edited).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByText('Monday')).toBeNull();
    fireEvent.click(edited);
    expect(edited).toHaveAttribute('aria-expanded', 'true');
    const changes = document.getElementById(edited.getAttribute('aria-controls') ?? '');
    expect(changes).toBeVisible();
    expect(
      within(changes as HTMLElement)
        .getByText('Monday')
        .closest('del'),
    ).not.toBeNull();
    expect(
      within(changes as HTMLElement)
        .getByText('Tuesday')
        .closest('ins'),
    ).not.toBeNull();
  });

  it('does not mark an unchanged prev_body as edited', () => {
    renderWithQuery(
      <MessageBubble
        message={{ ...message, prev_body: message.body }}
        isGroup={false}
        loadReactions={false}
      />,
    );
    expect(screen.queryByText('Edited')).toBeNull();
  });

  it('marks frequently forwarded, starred and private-note messages', () => {
    const { container } = renderWithQuery(
      <MessageBubble
        message={{
          ...message,
          body: 'note',
          from_me: true,
          is_forwarded: true,
          forwarding_score: 5,
          is_starred: true,
          is_private_note: true,
        }}
        isGroup={false}
        loadReactions={false}
      />,
    );
    expect(screen.getByText('Forwarded many times')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Starred' })).toBeInTheDocument();
    expect(screen.getByText('Private note')).toBeInTheDocument();
    // A note never reaches WhatsApp: no delivery ticks.
    expect(screen.queryByRole('img', { name: 'Read' })).toBeNull();
    expect(container.querySelector('article')?.className).toContain('bg-amber-50');
  });

  it('shows the quoted message and reports clicks on it', () => {
    const queryClient = createTestQueryClient();
    queryClient.setQueryData(messageQueries.detail('true_quoted').queryKey, {
      ...message,
      message_id: 'true_quoted',
      from_me: true,
      body: 'The original',
      reactions: [],
    });
    const onQuoteClick = vi.fn();
    renderWithQuery(
      <MessageBubble
        message={{ ...message, body: 'reply', quoted_message_id: 'true_quoted' }}
        isGroup
        loadReactions={false}
        onQuoteClick={onQuoteClick}
      />,
      { queryClient, members },
    );
    fireEvent.click(screen.getByRole('button', { name: /You\s*The original/ }));
    expect(onQuoteClick).toHaveBeenCalledWith('true_quoted');
  });

  it('groups cached reactions into labelled chips', () => {
    const queryClient = createTestQueryClient();
    const reaction = (
      sender_id: string,
      emoji: string,
      timestamp: string | null = '2025-01-27T11:08:00.000Z',
    ) => ({
      reaction_id: `r-${sender_id}`,
      message_id: message.message_id,
      id: null,
      msg_id: null,
      reaction: emoji,
      sender_id,
      chat_id: message.chat_id,
      org_phone: null,
      timestamp,
      read: null,
      ack: null,
      orphan: null,
      orphan_reason: null,
    });
    queryClient.setQueryData(messageQueries.detail(message.message_id).queryKey, {
      ...message,
      reactions: [
        reaction('447911123456@c.us', ''),
        reaction('14155550123@c.us', '👍', '2025-01-27T11:09:00.000Z'),
        reaction('919537851844@c.us', '👍'),
        reaction('971501234567@c.us', '👍', null),
      ],
    });
    renderWithQuery(<MessageBubble message={message} isGroup loadReactions={false} />, {
      queryClient,
      members,
    });
    const chip = within(screen.getByRole('list', { name: 'Reactions' })).getByLabelText(
      '👍 3 reactions',
    );
    // Who reacted and when (oldest first; no time when Periskope sent none): the chip's
    // description (a tooltip on hover and on keyboard focus).
    expect(chip).toHaveAccessibleDescription(
      /^Bharat · \d\d:\d\d\s*\+1 415 555 0123 · \d\d:\d\d\s*\+971 50 123 4567$/,
    );
    expect(chip).toHaveAttribute('tabindex', '0');
  });

  it('reserves the image box and falls back to a placeholder with Retry', () => {
    const image: Message = {
      ...message,
      message_type: 'image',
      body: null,
      media: {
        path: 'http://127.0.0.1:1/missing.jpg',
        thumbnail: null,
        mimetype: 'image/jpeg',
        filename: null,
        size: 1000,
        dimensions: { width: 800, height: 600, ar: 4 / 3 },
      },
    };
    const { container } = renderWithQuery(
      <MessageBubble message={image} isGroup={false} loadReactions={false} />,
    );
    const img = screen.getByRole('img', { name: 'Photo' });
    expect(img).toHaveAttribute('width', '280');
    expect(img).toHaveAttribute('height', '210');
    fireEvent.error(img);
    expect(screen.getByText('Image unavailable')).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(screen.getByRole('img', { name: 'Photo' })).toBeInTheDocument();
  });

  it('shows no time, and no "Invalid Date", when Periskope sent none', () => {
    const { container } = renderWithQuery(
      <MessageBubble
        message={{ ...message, timestamp: null, from_me: true, ack: 2 }}
        isGroup={false}
        loadReactions={false}
      />,
    );
    expect(container.querySelector('time')).toBeNull();
    expect(container).not.toHaveTextContent(/Invalid Date|NaN|1970/);
    expect(screen.getByRole('img', { name: 'Delivered' })).toBeInTheDocument();
  });

  it("marks a flagged message, its ticket, and a pin the chat's details list", () => {
    const flagged = {
      ...message,
      flag_status: true,
      message_ticket_id: 'ticket-7',
      flag_metadata: {
        status: true,
        flagged_by: 'ana@acme.com',
        flagged_at: null,
        response_type: null,
        response_email: null,
        response_timestamp: null,
        response_id: null,
      },
    };
    const thread = {
      chatId: message.chat_id,
      refreshMs: 60_000,
      onOpenMessage: vi.fn(),
      onShowInfo: vi.fn(),
      pinned: new Map([
        [message.message_id, { message_id: message.message_id, pinned_at: null, expires_at: null }],
      ]),
    };
    renderWithQuery(
      <ThreadChatContext value={thread}>
        <MessageBubble message={flagged} isGroup loadReactions={false} />
      </ThreadChatContext>,
      { members },
    );
    expect(screen.getByText('Flagged')).toHaveAttribute('title', 'Flagged by ana@acme.com');
    expect(screen.getByText('ticket-7')).toBeInTheDocument();
    expect(screen.getByText('Pinned')).toBeInTheDocument();
  });

  it('shows a link preview and warns about a suspicious link under the text', () => {
    renderWithQuery(
      <MessageBubble
        message={{
          ...message,
          body: 'Look https://examp1e.com',
          links: [{ url: 'https://examp1e.com', is_suspicious: true }],
          link_preview: { url: 'https://examp1e.com', title: 'Totally legit', description: null },
        }}
        isGroup={false}
        loadReactions={false}
      />,
    );
    expect(screen.getByRole('group', { name: 'Link preview' })).toHaveTextContent('Totally legit');
    expect(screen.getByRole('list', { name: 'Suspicious links' })).toHaveTextContent(
      'Suspicious link: https://examp1e.com',
    );
  });
});
