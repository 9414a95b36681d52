import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createTestQueryClient, renderWithQuery } from '@/test/render.tsx';
import { messageQueries } from '@/features/messages/api/message-queries.ts';
import { makeMessage } from './message-fixture.ts';
import { QuotedMessage } from './quoted-message.tsx';

const chatId = '919537851844@c.us';
const quoted = makeMessage({
  message_id: 'true_q1',
  from_me: true,
  body: 'The *original*\nsecond line',
});

describe('QuotedMessage', () => {
  it('reads the quoted message from the loaded thread, without fetching', () => {
    const queryClient = createTestQueryClient();
    queryClient.setQueryData(messageQueries.list(chatId).queryKey, {
      pages: [
        {
          messages: [quoted],
          offset: 0,
          limit: 50,
          next_offset: null,
          stale: false,
          fetched_at: '2025-01-27T11:08:00.000Z',
        },
      ],
      pageParams: [0],
    });
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    renderWithQuery(<QuotedMessage messageId="true_q1" chatId={chatId} enabled />, { queryClient });
    expect(screen.getByText('You')).toBeInTheDocument();
    expect(screen.getByText('The *original*')).toBeInTheDocument();
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('uses the fetched message and calls onQuoteClick with its id', () => {
    const queryClient = createTestQueryClient();
    queryClient.setQueryData(messageQueries.detail('false_q2').queryKey, {
      ...makeMessage({ message_id: 'false_q2', message_type: 'ptt', body: null, duration: 12 }),
      reactions: [],
    });
    const onQuoteClick = vi.fn();
    renderWithQuery(
      <QuotedMessage
        messageId="false_q2"
        chatId={chatId}
        enabled={false}
        onQuoteClick={onQuoteClick}
      />,
      { queryClient },
    );
    fireEvent.click(screen.getByRole('button', { name: /Voice message 0:12/ }));
    expect(onQuoteClick).toHaveBeenCalledWith('false_q2');
    expect(screen.getByText('+91 95378 51844')).toBeInTheDocument();
  });

  it('says so when the original cannot be loaded', async () => {
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(
      new Response(JSON.stringify({ title: 'Not found', status: 404 }), {
        status: 404,
        headers: { 'content-type': 'application/problem+json' },
      }),
    );
    renderWithQuery(<QuotedMessage messageId="gone" chatId={chatId} enabled />);
    expect(screen.getByText('Loading…')).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByText('Original message not available')).toBeInTheDocument(),
    );
  });
});
