// A zone ahead of UTC, set before anything reads the clock: at 20:00 UTC it is already tomorrow.
process.env.TZ = 'Asia/Kolkata';

import { render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MembersOnDate } from './members-on-date.tsx';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-10-05T20:00:00Z'));
});
afterEach(() => vi.useRealTimers());

describe('MembersOnDate', () => {
  it("the date input's max is today in the reader's zone, not in UTC", () => {
    render(<MembersOnDate current={[]} events={[]} allLoaded createdAt={null} nameOf={(id) => id} onMember={() => {}} onLoadBack={() => {}} loadingBack={false} />);
    expect(screen.getByLabelText('Who was in the group on', { selector: 'input' })).toHaveAttribute('max', '2026-10-06');
  });
});
