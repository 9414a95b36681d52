import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { formatDateTime } from '@/lib/format.ts';
import { BubbleMarkers } from './bubble-markers.tsx';
import { CallLogCard } from './call-log-card.tsx';
import { InviteCard } from './invite-card.tsx';
import { LinkPreview } from './link-preview.tsx';
import { makeMessage } from './message-fixture.ts';
import { SuspiciousLinks } from './suspicious-links.tsx';
import { SystemNotice } from './system-notice.tsx';

describe('CallLogCard', () => {
  it.each([
    [
      { is_video: false, outcome: 'missed', duration: null },
      false,
      'Missed voice call',
      'Incoming',
      'missed',
    ],
    [
      { is_video: true, outcome: 'rejected', duration: null },
      false,
      'Declined video call',
      'Incoming',
      'rejected',
    ],
    [
      { is_video: false, outcome: 'missed', duration: null },
      true,
      'Voice call',
      'Outgoing · No answer',
      'missed',
    ],
    [
      { is_video: true, outcome: 'connected', duration: 125 },
      true,
      'Video call',
      'Outgoing · 2:05',
      'connected',
    ],
    [{ is_video: null, outcome: null, duration: null }, false, 'Call', 'Incoming', undefined],
    [
      { is_video: false, outcome: 'busy', duration: null },
      false,
      'Voice call',
      'Incoming · busy',
      'busy',
    ],
  ] as const)('%o from_me %s: %s, %s', (call, fromMe, title, detail, outcome) => {
    render(<CallLogCard call={call} fromMe={fromMe} />);
    const card = screen.getByRole('group', { name: title });
    expect(card).toHaveTextContent(`${title}${detail}`);
    if (outcome) expect(card).toHaveAttribute('data-call-outcome', outcome);
  });

  it('marks missed and declined calls in red, connected ones not', () => {
    const { container, rerender } = render(
      <CallLogCard call={{ is_video: false, outcome: 'missed', duration: null }} fromMe={false} />,
    );
    expect(container.querySelector('.text-red-600')).not.toBeNull();
    rerender(
      <CallLogCard call={{ is_video: false, outcome: 'connected', duration: 30 }} fromMe={false} />,
    );
    expect(container.querySelector('.text-red-600')).toBeNull();
  });
});

describe('InviteCard', () => {
  const invite = {
    group_id: '120363@g.us',
    group_name: '<b>Ops</b>',
    invite_code: 'Kx81Zq',
    expires_at: '2025-02-01T10:00:00.000Z',
    caption: 'Join https://example.com',
  };
  const at = Date.parse('2025-01-27T10:00:00.000Z');

  it('shows the group, the expiry, the caption and the code as text, never a link built from the code', () => {
    const { container } = render(
      <InviteCard invite={invite} body={null} mentionIds={[]} now={at} />,
    );
    const card = screen.getByRole('group', { name: 'Group invite' });
    expect(within(card).getByText('<b>Ops</b>')).toBeInTheDocument();
    expect(
      within(card).getByText(`Expires ${formatDateTime(invite.expires_at)}`),
    ).toBeInTheDocument();
    expect(within(card).getByText('Kx81Zq').tagName).toBe('CODE');
    expect([...container.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([
      'https://example.com/',
    ]);
    expect(container.querySelector('b')).toBeNull();
  });

  it('says when an invite has expired, and names an unknown group', () => {
    render(
      <InviteCard
        invite={{ ...invite, group_name: null }}
        body="Come"
        mentionIds={[]}
        now={at + 30 * 86_400_000}
      />,
    );
    expect(screen.getByText('WhatsApp group')).toBeInTheDocument();
    expect(screen.getByText(/^Expired /)).toBeInTheDocument();
  });

  it('falls back to the body as caption and to "Group invite" without details', () => {
    render(<InviteCard invite={null} body="Come along" mentionIds={[]} />);
    expect(screen.getByText('Come along')).toBeInTheDocument();
    expect(screen.getByText('Group invite')).toBeInTheDocument();
  });
});

describe('SystemNotice', () => {
  it.each([
    [{ message_type: 'e2e_notification' }, /Messages and calls are end-to-end encrypted/],
    [
      { message_type: 'ephemeral', ephemeral_duration: 604_800 },
      /Disappearing messages turned on: 7 days/,
    ],
    [{ message_type: 'ephemeral', ephemeral_duration: 0 }, /Disappearing messages turned off/],
    [{ message_type: 'gp2' }, /Group details changed/],
  ] as const)('%o is a centred line, not a bubble', (patch, text) => {
    const { container } = render(<SystemNotice message={makeMessage({ body: null, ...patch })} />);
    expect(screen.getByText(text)).toHaveAttribute('data-message-type', patch.message_type);
    expect(container.querySelector('article')).toBeNull();
    // The `note` role is the group events' (hidden by "Hide group events"); this line is a message.
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('shows no time when Periskope sent none', () => {
    const { container } = render(
      <SystemNotice message={makeMessage({ message_type: 'e2e_notification', timestamp: null })} />,
    );
    expect(container.querySelector('time')).toBeNull();
  });
});

describe('LinkPreview', () => {
  it('shows title, description and the URL, linked when it is http(s)', () => {
    render(
      <LinkPreview
        preview={{ url: 'https://example.com/a', title: 'Example', description: 'An example page' }}
      />,
    );
    const card = screen.getByRole('group', { name: 'Link preview' });
    expect(card).toHaveTextContent('ExampleAn example pagehttps://example.com/a');
    const link = within(card).getByRole('link', { name: 'https://example.com/a' });
    expect(link).toHaveAttribute('href', 'https://example.com/a');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer nofollow');
  });

  it('never links another scheme', () => {
    render(
      <LinkPreview
        preview={{
          url: 'javascript:alert(1)',
          title: '<img src=x onerror=alert(1)>',
          description: null,
        }}
      />,
    );
    expect(screen.getByText('javascript:alert(1)')).toBeInTheDocument();
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeInTheDocument();
    expect(screen.queryByRole('link')).toBeNull();
  });
});

describe('SuspiciousLinks', () => {
  it('warns about each flagged link once, as text', () => {
    render(
      <SuspiciousLinks
        links={[
          { url: 'https://examp1e.com', is_suspicious: true },
          { url: 'https://ok.com', is_suspicious: false },
          { url: 'https://examp1e.com', is_suspicious: true },
        ]}
      />,
    );
    const list = screen.getByRole('list', { name: 'Suspicious links' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Suspicious link: https://examp1e.com']);
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('renders nothing without flagged links', () => {
    const { container } = render(
      <SuspiciousLinks links={[{ url: 'https://ok.com', is_suspicious: null }]} />,
    );
    expect(container).toBeEmptyDOMElement();
  });
});

describe('BubbleMarkers', () => {
  const flagged = {
    flag_status: true,
    flag_metadata: {
      status: true,
      flagged_by: 'ana@acme.com',
      flagged_at: '2025-01-27T11:07:56.000Z',
      response_type: null,
      response_email: null,
      response_timestamp: null,
      response_id: null,
    },
    message_ticket_id: 'ticket-42',
  };

  it('shows Flagged (who and when in its title) and the ticket', () => {
    render(<BubbleMarkers message={flagged} />);
    expect(screen.getByText('Flagged')).toHaveAttribute(
      'title',
      `Flagged by ana@acme.com · ${formatDateTime('2025-01-27T11:07:56.000Z')}`,
    );
    expect(screen.getByText('ticket-42').parentElement).toHaveTextContent('Ticket ticket-42');
  });

  it('shows a pin until it expires', () => {
    const pin = { message_id: 'm', pinned_at: 1_000, expires_at: 5_000 };
    const { rerender } = render(
      <BubbleMarkers
        message={{ flag_status: null, flag_metadata: null, message_ticket_id: null }}
        pin={pin}
        now={2_000}
      />,
    );
    expect(screen.getByText('Pinned')).toHaveAttribute(
      'title',
      `Pinned ${formatDateTime(1_000)} · until ${formatDateTime(5_000)}`,
    );
    rerender(
      <BubbleMarkers
        message={{ flag_status: null, flag_metadata: null, message_ticket_id: null }}
        pin={pin}
        now={6_000}
      />,
    );
    expect(screen.queryByText('Pinned')).toBeNull();
  });

  it('renders nothing when nothing applies (a cleared flag included)', () => {
    const { container } = render(
      <BubbleMarkers message={{ ...flagged, flag_status: false, message_ticket_id: null }} />,
    );
    expect(container).toBeEmptyDOMElement();
  });
});
