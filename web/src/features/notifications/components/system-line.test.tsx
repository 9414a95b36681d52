import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { notificationSentence } from '../lib/describe-notification.ts';
import { SystemLine } from './system-line.tsx';

const names: Record<string, string> = {
  'o@c.us': 'Support',
  'a@c.us': 'Ana',
  'b@c.us': 'Ben',
  'c@c.us': 'Cy',
  'd@c.us': 'Dee',
  'e@c.us': 'Eve',
  'x@c.us': '<img src=x onerror=alert(1)>',
};
const resolver = {
  nameOf: (id: string) => names[id] ?? id,
  isOrg: (id: string) => id === 'o@c.us',
};
const line = (
  type: string,
  recipientids: string[],
  extra: { author?: string; body?: string } = {},
) =>
  render(
    <SystemLine
      sentence={notificationSentence({ type, author: 'o@c.us', recipientids, ...extra }, resolver)}
      timestamp="2026-11-22T13:27:28.371Z"
    />,
  );

describe('SystemLine', () => {
  it('collapses five targets behind "3 others" and expands inline by keyboard, keeping focus on the names', async () => {
    const { container } = line('add', ['a@c.us', 'b@c.us', 'c@c.us', 'd@c.us', 'e@c.us']);
    const paragraph = container.querySelector('p');
    expect(paragraph).toHaveTextContent(/^Support added Ana, Ben and 3 others/);
    const more = screen.getByRole('button', { name: '3 others' });
    expect(more).toHaveAttribute('title', 'Cy, Dee and Eve');
    more.focus();
    await userEvent.keyboard('{Enter}');
    expect(paragraph).toHaveTextContent(/^Support added Ana, Ben, Cy, Dee and Eve/);
    expect(screen.queryByRole('button')).toBeNull();
    expect(document.activeElement).toHaveTextContent('Ana, Ben, Cy, Dee and Eve');
  });

  it('lists up to three targets without a button and marks the org phone', () => {
    line('promote', ['a@c.us', 'b@c.us']);
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByText('Support')).toHaveAttribute(
      'title',
      expect.stringMatching(/organisation/),
    );
  });

  it('renders names and values as text, never markup', () => {
    const { container } = line('subject', [], { author: 'x@c.us', body: '<b>bold</b>' });
    expect(container.querySelector('img, b')).toBeNull();
    expect(container.querySelector('p')).toHaveTextContent(
      '<img src=x onerror=alert(1)> changed the group name to <b>bold</b>',
    );
  });

  it('an event without a type reads "Unknown event"; one without a time shows none', () => {
    const { container } = render(
      <SystemLine
        sentence={notificationSentence(
          { type: null, author: 'o@c.us', recipientids: [] },
          resolver,
        )}
        timestamp={null}
      />,
    );
    expect(screen.getByRole('note')).toHaveTextContent(/^Unknown event$/);
    expect(container.querySelector('time')).toBeNull();
  });
});
