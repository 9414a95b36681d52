import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ContactCards } from './contact-cards.tsx';
import { DocumentCard } from './document-card.tsx';
import { LocationCard } from './location-card.tsx';
import { formatDateTime } from '@/lib/format.ts';
import { makeMember, makeMembers } from '@/test/api-fixtures.ts';
import { renderWithMembers } from '@/test/render.tsx';
import { makeMedia } from './message-fixture.ts';
import { MessageNotice } from './message-notice.tsx';
import { PollCard } from './poll-card.tsx';

describe('DocumentCard', () => {
  it('shows the type, name and size, and a download link', () => {
    render(
      <DocumentCard
        media={makeMedia({
          path: 'https://media.example/invoice-1994.pdf',
          filename: 'invoice-1994.pdf',
          mimetype: 'application/pdf',
          size: 122_880,
        })}
      />,
    );
    expect(screen.getByText('invoice-1994.pdf')).toBeInTheDocument();
    expect(screen.getByText('PDF · 120 KB')).toBeInTheDocument();
    const link = screen.getByRole('link', { name: 'Download invoice-1994.pdf' });
    expect(link).toHaveAttribute('href', 'https://media.example/invoice-1994.pdf');
    expect(link).toHaveAttribute('download', 'invoice-1994.pdf');
  });

  it('shows hostile names as text, without bidi tricks, and no link for a bad path', () => {
    const { container } = render(
      <DocumentCard
        media={makeMedia({
          path: 'javascript:alert(1)',
          filename: '<img src=x onerror=alert(1)>\u202Egnp.exe',
          mimetype: null,
        })}
      />,
    );
    expect(screen.getByText('<img src=x onerror=alert(1)>gnp.exe')).toBeInTheDocument();
    expect(container.querySelector('img, a')).toBeNull();
    expect(container.querySelector('[data-kind]')).toHaveAttribute('data-kind', 'generic');
  });
});

describe('LocationCard', () => {
  it('shows coordinates and links to OpenStreetMap without a name', () => {
    render(
      <LocationCard
        location={{ latitude: 19.076, longitude: 72.8777, name: null, address: null, url: null }}
      />,
    );
    expect(screen.getByText('19.0760, 72.8777')).toBeInTheDocument();
    const link = screen.getByRole('link', { name: 'Open in map' });
    expect(link).toHaveAttribute(
      'href',
      'https://www.openstreetmap.org/?mlat=19.076&mlon=72.8777#map=16/19.076/72.8777',
    );
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer nofollow');
  });

  it('shows name and address, and uses the own http(s) url', () => {
    render(
      <LocationCard
        location={{
          latitude: 1,
          longitude: 2,
          name: 'Acme office',
          address: '12 MG Road',
          url: 'https://maps.google.com/?q=1,2',
        }}
      />,
    );
    expect(screen.getByText('Acme office')).toBeInTheDocument();
    expect(screen.getByText('12 MG Road')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open in map' })).toHaveAttribute(
      'href',
      'https://maps.google.com/?q=1,2',
    );
  });

  it('never links a javascript: url', () => {
    render(
      <LocationCard
        location={{
          latitude: null,
          longitude: null,
          name: '<svg onload=alert(1)>',
          address: null,
          url: 'javascript:alert(1)',
        }}
      />,
    );
    expect(screen.getByText('<svg onload=alert(1)>')).toBeInTheDocument();
    expect(screen.queryByRole('link')).toBeNull();
  });
});

describe('ContactCards', () => {
  const card = (name: string, number: string) =>
    `BEGIN:VCARD\nVERSION:3.0\nFN:${name}\nitem1.TEL;waid=${number}:+${number}\nitem1.X-ABLabel:Mobile\nEND:VCARD`;

  it('shows a card with its numbers as tel: links', () => {
    render(<ContactCards vcards={[card('Agrata Pandey', '917664633868')]} />);
    const list = screen.getByRole('list', { name: 'Contact' });
    expect(within(list).getByText('Agrata Pandey')).toBeInTheDocument();
    expect(within(list).getByRole('link', { name: '+917664633868' })).toHaveAttribute(
      'href',
      'tel:+917664633868',
    );
    expect(within(list).getByText('· Mobile')).toBeInTheDocument();
  });

  it('shows every card of a multi_vcard, names as text', () => {
    const { container } = render(
      <ContactCards
        vcards={[card('<script>alert(1)</script>', '911111111111'), card('B', '912222222222')]}
      />,
    );
    expect(screen.getByRole('list', { name: '2 contacts' })).toBeInTheDocument();
    expect(screen.getByText('<script>alert(1)</script>')).toBeInTheDocument();
    expect(container.querySelector('script')).toBeNull();
  });

  it('says so when no card can be read', () => {
    render(<ContactCards vcards={['garbage']} />);
    expect(screen.getByText('Contact card without details')).toBeInTheDocument();
  });
});

describe('PollCard', () => {
  const info = {
    pollName: 'When should we meet?',
    pollOptions: ['Friday', 'In person'],
    allowMultipleAnswers: true,
  };
  const vote = (voter: string, at: number | null = null) => ({ voter, at });

  it('shows the question, options with vote bars and the total', () => {
    render(
      <PollCard
        info={info}
        results={{
          Friday: [vote('a@c.us'), vote('b@c.us'), vote('c@c.us')],
          'In person': [vote('a@c.us')],
        }}
      />,
    );
    expect(screen.getByText('When should we meet?')).toBeInTheDocument();
    expect(screen.getByText('Multiple answers allowed')).toBeInTheDocument();
    const friday = screen.getByRole('meter', { name: 'Friday: 3 votes' });
    expect(friday).toHaveAttribute('value', '0.75');
    expect(screen.getByRole('meter', { name: 'In person: 1 vote' })).toHaveAttribute(
      'value',
      '0.25',
    );
    expect(screen.getByText('4 votes')).toBeInTheDocument();
  });

  it('has no multiple-answer note for single-answer polls, and shows payloads as text', () => {
    const { container } = render(
      <PollCard
        info={{
          pollName: '<img src=x onerror=alert(1)>',
          pollOptions: ['<b>x</b>'],
          allowMultipleAnswers: false,
        }}
        results={null}
      />,
    );
    expect(screen.queryByText('Multiple answers allowed')).toBeNull();
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeInTheDocument();
    expect(screen.getByText('<b>x</b>')).toBeInTheDocument();
    expect(container.querySelector('img, b')).toBeNull();
    expect(screen.getByText('0 votes')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'View votes' })).toBeNull();
  });

  it('shows who voted for what and when, on demand', () => {
    const at = new Date(2025, 0, 27, 11, 7, 56).getTime();
    const members = makeMembers(makeMember('919537851844@c.us', { contact_name: 'Bharat' }));
    renderWithMembers(
      <PollCard
        info={info}
        results={{ Friday: [vote('919537851844@c.us', at), vote('14155550123@c.us')] }}
      />,
      members,
    );
    const toggle = screen.getByRole('button', { name: 'View votes' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('list', { name: 'Votes for Friday' })).toBeNull();
    fireEvent.click(toggle);
    expect(screen.getByRole('button', { name: 'Hide votes' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    const friday = screen.getByRole('list', { name: 'Votes for Friday' });
    expect(
      within(friday)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([`Bharat${formatDateTime(at)}`, '+1 415 555 0123No time']);
    expect(screen.queryByRole('list', { name: 'Votes for In person' })).toBeNull();
  });
});

describe('MessageNotice', () => {
  it.each([
    ['deleted', 'chat', 'This message was deleted'],
    ['waiting', 'ciphertext', 'Waiting for this message. This may take a while.'],
    ['unsupported', 'call_log', 'Unsupported message (call_log)'],
  ] as const)('%s', (kind, type, text) => {
    render(<MessageNotice kind={kind} messageType={type} />);
    expect(screen.getByText(text)).toBeInTheDocument();
  });
});
