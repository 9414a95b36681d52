import { describe, expect, it } from 'vitest';
import { forwardLabel, isEdited } from './message-flags.ts';

describe('forwardLabel', () => {
  it.each([
    [null, null, null],
    [false, 0, null],
    [true, null, 'Forwarded'],
    [true, 1, 'Forwarded'],
    [true, 3, 'Forwarded'],
    [true, 4, 'Forwarded'],
    [true, 5, 'Forwarded many times'],
    [true, 127, 'Forwarded many times'],
    [null, 2, 'Forwarded'],
  ] as const)('is_forwarded %s, score %s → %s', (is_forwarded, forwarding_score, label) => {
    expect(forwardLabel({ is_forwarded, forwarding_score })).toBe(label);
  });
});

describe('isEdited', () => {
  it('needs a different previous text', () => {
    expect(isEdited({ prev_body: 'old', body: 'new' })).toBe(true);
    expect(isEdited({ prev_body: 'same', body: 'same' })).toBe(false);
    expect(isEdited({ prev_body: null, body: 'x' })).toBe(false);
    expect(isEdited({ prev_body: '', body: null })).toBe(true);
  });
});
