import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { formatDateTime } from '@/lib/format.ts';
import { makeMessage } from './content/message-fixture.ts';
import { MessageInfoFacts, waitText } from './message-info-facts.tsx';
import { ThreadChatContext } from './thread-chat-context.ts';

/** @returns the value of the row whose term is `term` */
const fact = (term: string) =>
  screen.getByText(term, { selector: 'dt' }).nextElementSibling?.textContent;

describe('MessageInfoFacts', () => {
  it('says the time is unknown when Periskope sent none', () => {
    render(<MessageInfoFacts message={makeMessage({ timestamp: null })} />);
    expect(fact('Sent')).toBe('Unknown');
  });

  it('lists the ticket, the flag and how it was answered, and the pin', () => {
    const message = makeMessage({
      message_ticket_id: 'ticket-42',
      flag_status: true,
      flag_metadata: {
        status: true,
        flagged_by: 'ana@acme.com',
        flagged_at: '2025-01-27T11:07:56.000Z',
        response_type: 'Replied',
        response_email: 'raj@acme.com',
        response_timestamp: '2025-01-27T11:30:00.000Z',
        response_id: null,
      },
      flag_response_time: 1_324,
    });
    const thread = {
      chatId: message.chat_id,
      refreshMs: 1,
      onOpenMessage: vi.fn(),
      onShowInfo: vi.fn(),
      pinned: new Map([
        [
          message.message_id,
          { message_id: message.message_id, pinned_at: 1_000, expires_at: null },
        ],
      ]),
    };
    render(
      <ThreadChatContext value={thread}>
        <MessageInfoFacts message={message} />
      </ThreadChatContext>,
    );
    expect(fact('Sent')).toBe(formatDateTime('2025-01-27T11:07:56.000Z'));
    expect(fact('Ticket')).toBe('ticket-42');
    expect(fact('Flag')).toBe(
      `Flagged by ana@acme.com · ${formatDateTime('2025-01-27T11:07:56.000Z')}`,
    );
    expect(fact('Flag answered')).toBe(
      `Replied by raj@acme.com · ${formatDateTime('2025-01-27T11:30:00.000Z')}`,
    );
    expect(fact('Answered after')).toBe('22 min');
    expect(fact('Pin')).toBe(`Pinned ${formatDateTime(1_000)}`);
  });

  it('leaves out what a message does not have', () => {
    render(<MessageInfoFacts message={makeMessage({ flag_status: false })} />);
    expect(screen.queryByText('Ticket')).toBeNull();
    expect(screen.queryByText('Flag')).toBeNull();
    expect(screen.queryByText('Pin')).toBeNull();
  });
});

describe('waitText', () => {
  it.each([
    [45, '45 s'],
    [1_324, '22 min'],
    [3_600, '1 h'],
    [11_040, '3 h 4 min'],
    [183_600, '2 d 3 h'],
    [172_800, '2 d'],
  ])('%i s → %s', (seconds, text) => {
    expect(waitText(seconds)).toBe(text);
  });
});
