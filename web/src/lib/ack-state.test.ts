import { describe, expect, it } from 'vitest';
import { ackState } from './ack-state.ts';

describe('ackState', () => {
  it.each<[number | null, boolean, string | null, string | null, string | null]>([
    [null, false, null, null, null],
    [-1, false, 'Failed', 'alert', 'red'],
    [0, false, 'Pending', 'clock', 'grey'],
    [1, false, 'Sent', 'tick', 'grey'],
    [2, false, 'Delivered', 'double-tick', 'grey'],
    [2, true, 'Delivered', 'double-tick', 'grey'],
    [3, true, 'Delivered', 'double-tick', 'grey'],
    [3, false, 'Read', 'double-tick', 'blue'],
    [4, true, 'Read', 'double-tick', 'blue'],
    [5, false, 'Read', 'double-tick', 'blue'],
  ])('ack %s (group: %s) → %s', (ack, isGroup, label, icon, tone) => {
    const state = ackState(ack, isGroup);
    expect(state?.label ?? null).toBe(label);
    expect(state?.icon ?? null).toBe(icon);
    expect(state?.tone ?? null).toBe(tone);
  });
});
