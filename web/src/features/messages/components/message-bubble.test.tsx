import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Message, Members } from '../../../lib/api-types.ts';
import { createTestQueryClient, renderWithQuery } from '../../../test/render.tsx';
import { messageQueries } from '../api/message-queries.ts';
import { MessageBubble } from './message-bubble.tsx';

const message: Message = {
  message_id: 'false_120363371308389685@g.us_3EB0AAA',
  unique_id: '3EB0AAA',
  id: null,
  chat_id: '120363371308389685@g.us',
  org_id: null,
  org_phone: '918527184400@c.us',
  timestamp: '2025-01-27T11:07:56.000Z',
  updated_at: null,
  from_me: false,
  sender_phone: '919537851844@c.us',
  author: null,
  body: '<img src=x onerror=alert(1)>',
  message_type: 'chat',
  ack: 3,
  delivery_info: null,
  media: null,
  quoted_message_id: null,
  mentioned_ids: [],
  prev_body: null,
  is_deleted: null,
  is_forwarded: true,
  forwarding_score: null,
  is_starred: null,
  is_ephemeral: null,
  is_gif: null,
  is_private_note: null,
  broadcast_id: null,
  duration: null,
  location: null,
  vcards: [],
  poll_info: null,
  poll_results: null,
  links: [],
  sent_message_id: null,
  performed_by: null,
};

const members: Members = {
  '919537851844@c.us': {
    contact_id: '919537851844@c.us', contact_name: 'Bharat', contact_image: null, contact_color: '#ff8800',
    is_admin: false, is_super_admin: false, is_internal: false, org_phone: null,
  },
};

describe('MessageBubble', () => {
  it('renders an HTML-looking body as text, never as markup', () => {
    const { container } = renderWithQuery(<MessageBubble message={message} isGroup members={members} loadReactions={false} />);
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
    expect(screen.queryByRole('img', { name: /photo/i })).toBeNull();
    expect(screen.getByText('Bharat')).toBeInTheDocument();
    expect(screen.getByText('Forwarded')).toBeInTheDocument();
  });

  it('names the sender on the first bubble of a run only', () => {
    const { rerender } = renderWithQuery(<MessageBubble message={message} isGroup members={members} loadReactions={false} />);
    expect(screen.getByText('Bharat')).toBeInTheDocument();
    rerender(<MessageBubble message={message} continues isGroup members={members} loadReactions={false} />);
    expect(screen.queryByText('Bharat')).not.toBeInTheDocument();
  });

  it('shows ticks for own messages, and what an edit changed on demand', () => {
    renderWithQuery(<MessageBubble message={{ ...message, from_me: true, ack: 4, prev_body: 'see you Monday', body: 'see you Tuesday' }} isGroup={false} members={undefined} loadReactions={false} />);
    expect(screen.getByRole('img', { name: 'Read' })).toBeInTheDocument();
    const edited = screen.getByRole('button', { name: 'Edited' });
    expect(edited).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByText('Monday')).toBeNull();
    fireEvent.click(edited);
    expect(edited).toHaveAttribute('aria-expanded', 'true');
    const changes = document.getElementById(edited.getAttribute('aria-controls') ?? '');
    expect(changes).toBeVisible();
    expect(within(changes as HTMLElement).getByText('Monday').closest('del')).not.toBeNull();
    expect(within(changes as HTMLElement).getByText('Tuesday').closest('ins')).not.toBeNull();
  });

  it('does not mark an unchanged prev_body as edited', () => {
    renderWithQuery(<MessageBubble message={{ ...message, prev_body: message.body }} isGroup={false} members={undefined} loadReactions={false} />);
    expect(screen.queryByText('Edited')).toBeNull();
  });

  it('marks frequently forwarded, starred and private-note messages', () => {
    const { container } = renderWithQuery(
      <MessageBubble message={{ ...message, body: 'note', from_me: true, is_forwarded: true, forwarding_score: 5, is_starred: true, is_private_note: true }} isGroup={false} members={undefined} loadReactions={false} />,
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
    queryClient.setQueryData(messageQueries.detail('true_quoted').queryKey, { ...message, message_id: 'true_quoted', from_me: true, body: 'The original', reactions: [] });
    const onQuoteClick = vi.fn();
    renderWithQuery(
      <MessageBubble message={{ ...message, body: 'reply', quoted_message_id: 'true_quoted' }} isGroup members={members} loadReactions={false} onQuoteClick={onQuoteClick} />,
      { queryClient },
    );
    fireEvent.click(screen.getByRole('button', { name: /You\s*The original/ }));
    expect(onQuoteClick).toHaveBeenCalledWith('true_quoted');
  });

  it('groups cached reactions into labelled chips', () => {
    const queryClient = createTestQueryClient();
    const reaction = (sender_id: string, emoji: string) => ({
      reaction_id: `r-${sender_id}`, message_id: message.message_id, id: null, msg_id: null, reaction: emoji, sender_id,
      chat_id: message.chat_id, org_phone: null, timestamp: '2025-01-27T11:08:00.000Z', read: null, ack: null, orphan: null, orphan_reason: null,
    });
    queryClient.setQueryData(messageQueries.detail(message.message_id).queryKey, {
      ...message,
      reactions: [reaction('919537851844@c.us', '👍'), reaction('14155550123@c.us', '👍'), reaction('447911123456@c.us', '')],
    });
    renderWithQuery(<MessageBubble message={message} isGroup members={members} loadReactions={false} />, { queryClient });
    const chip = within(screen.getByRole('list', { name: 'Reactions' })).getByLabelText('👍 2 reactions');
    // Who reacted and when: the chip's description (a tooltip on hover and on keyboard focus).
    expect(chip).toHaveAccessibleDescription(/^Bharat · \d\d:\d\d\s*\+1 415 555 0123 · \d\d:\d\d$/);
    expect(chip).toHaveAttribute('tabindex', '0');
  });

  it('reserves the image box and falls back to a placeholder with Retry', () => {
    const image: Message = {
      ...message, message_type: 'image', body: null,
      media: { path: 'http://127.0.0.1:1/missing.jpg', thumbnail: null, mimetype: 'image/jpeg', filename: null, size: 1000, dimensions: { width: 800, height: 600, ar: 4 / 3 } },
    };
    const { container } = renderWithQuery(<MessageBubble message={image} isGroup={false} members={undefined} loadReactions={false} />);
    const img = screen.getByRole('img', { name: 'Photo' });
    expect(img).toHaveAttribute('width', '280');
    expect(img).toHaveAttribute('height', '210');
    fireEvent.error(img);
    expect(screen.getByText('Image unavailable')).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(screen.getByRole('img', { name: 'Photo' })).toBeInTheDocument();
  });
});
