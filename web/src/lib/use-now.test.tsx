import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NOW_TICK_MS, useNow } from './use-now.ts';

function Expiry({ until }: { until: number }) {
  return <p>{useNow() >= until ? 'Expired' : 'Active'}</p>;
}

describe('useNow', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] }));
  afterEach(() => vi.useRealTimers());

  it('reads the clock when first used, not when the module loaded', () => {
    vi.setSystemTime(Date.now() + 3 * 60 * 60_000);
    render(<Expiry until={Date.now() - 1} />);
    expect(screen.getByText('Expired')).toBeInTheDocument();
  });

  it('turns an expiry that passes while the component stays mounted within one tick', () => {
    const until = Date.now() + 30_000;
    render(<Expiry until={until} />);
    expect(screen.getByText('Active')).toBeInTheDocument();
    act(() => {
      vi.advanceTimersByTime(NOW_TICK_MS);
    });
    expect(screen.getByText('Expired')).toBeInTheDocument();
  });
});
