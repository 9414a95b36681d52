// A zone ahead of UTC, set before anything reads the clock: at 20:00 UTC it is already tomorrow.
process.env.TZ = 'Asia/Kolkata';

import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MembersOnDate } from './members-on-date.tsx';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-10-05T20:00:00Z'));
});
afterEach(() => vi.useRealTimers());

describe('MembersOnDate', () => {
  it("the date input's max is today in the reader's zone, not in UTC", () => {
    render(
      <MembersOnDate
        current={[]}
        events={[]}
        allLoaded
        createdAt={null}
        nameOf={(id) => id}
        onMember={() => {}}
        onLoadBack={() => {}}
        loadingBack={false}
      />,
    );
    expect(screen.getByLabelText('Who was in the group on', { selector: 'input' })).toHaveAttribute(
      'max',
      '2026-10-06',
    );
  });

  it('announces the summary sentence only, not the names listed under it', () => {
    const current = Array.from(
      { length: 30 },
      (_, i) => `9190000000${String(i).padStart(2, '0')}@c.us`,
    );
    render(
      <MembersOnDate
        current={current}
        events={[]}
        allLoaded
        createdAt="2026-01-01T00:00:00Z"
        nameOf={(id) => `Person ${id.slice(10, 12)}`}
        onMember={() => {}}
        onLoadBack={() => {}}
        loadingBack={false}
      />,
    );
    fireEvent.change(screen.getByLabelText('Who was in the group on', { selector: 'input' }), {
      target: { value: '2026-10-01' },
    });
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent(/^30 members at the end of [^·]*2026 · the same as today$/);
    expect(screen.getByRole('group', { name: 'Members on that date' })).toHaveTextContent(
      'Person 00',
    );
  });
});
