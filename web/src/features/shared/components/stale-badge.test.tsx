import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { oldestStale, StaleBadge } from './stale-badge.tsx';

describe('StaleBadge', () => {
  it('shows nothing for fresh data and the saved-copy time for stale data', () => {
    const { container, rerender } = render(<StaleBadge fetchedAt={null} />);
    expect(container).toBeEmptyDOMElement();
    rerender(<StaleBadge fetchedAt="2026-11-23T10:42:00.000Z" />);
    expect(screen.getByText(/^Saved copy · /)).toBeInTheDocument();
  });

  it('picks the oldest fetch time among stale pages only', () => {
    expect(oldestStale([{ stale: false, fetched_at: '2026-01-01T00:00:00.000Z' }])).toBeNull();
    expect(
      oldestStale([
        { stale: true, fetched_at: '2026-11-23T10:45:00.000Z' },
        { stale: false, fetched_at: '2026-11-23T09:00:00.000Z' },
        { stale: true, fetched_at: '2026-11-23T10:40:00.000Z' },
      ]),
    ).toBe('2026-11-23T10:40:00.000Z');
  });

  it('leaves out stale pages younger than the notice age (a refresh is already under way)', () => {
    const now = Date.parse('2026-11-23T10:45:20.000Z');
    expect(oldestStale([{ stale: true, fetched_at: '2026-11-23T10:45:00.000Z' }], now)).toBeNull();
    expect(oldestStale([{ stale: true, fetched_at: '2026-11-23T10:44:00.000Z' }], now)).toBe(
      '2026-11-23T10:44:00.000Z',
    );
  });
});
