/**
 * The limiter's pauses and deadlines on a clock moved by hand (its `now` option).
 */
import { describe, expect, it, vi } from 'vitest';
import { manualClock } from '../../test/fake-time.ts';
import { LimiterBusyError, UpstreamLimiter } from './limiter.ts';

const answer = (status = 200, headers: Record<string, string> = {}) => ({
  status,
  headers: new Headers(headers),
});

describe('UpstreamLimiter with an injected clock', () => {
  it('estimates the wait of a pause on its clock and turns away a call whose deadline comes first', async () => {
    const clock = manualClock();
    const onReject = vi.fn();
    const limiter = new UpstreamLimiter({ now: clock, onReject });
    limiter.pauseFor(1000);
    expect(limiter.estimateWaitMs()).toBe(1000);
    clock.advance(400);
    expect(limiter.estimateWaitMs()).toBe(600);
    const task = vi.fn(async () => answer());
    await expect(limiter.schedule(task, clock() + 599)).rejects.toBeInstanceOf(LimiterBusyError);
    expect(task).not.toHaveBeenCalled();
    expect(onReject).toHaveBeenCalledOnce();
  });

  it('reads Retry-After as a pause from its clock', () => {
    const clock = manualClock();
    const limiter = new UpstreamLimiter({ now: clock });
    limiter.observe(answer(429, { 'retry-after': '3' }));
    expect(limiter.estimateWaitMs()).toBe(3000);
    clock.advance(3000);
    expect(limiter.estimateWaitMs()).toBe(0);
  });
});
