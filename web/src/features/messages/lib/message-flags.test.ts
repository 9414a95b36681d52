import { describe, expect, it } from 'vitest';
import { flagDetails, flagText, forwardLabel, isEdited, pinText } from './message-flags.ts';

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

describe('flagDetails', () => {
  const metadata = {
    status: true,
    flagged_by: 'ana@acme.com',
    flagged_at: '2025-01-27T11:07:56.000Z',
    response_type: null,
    response_email: null,
    response_timestamp: null,
    response_id: null,
  };

  it('is null unless flag_status is true', () => {
    expect(flagDetails({ flag_status: null, flag_metadata: metadata })).toBeNull();
    expect(flagDetails({ flag_status: false, flag_metadata: metadata })).toBeNull();
  });

  it('says who flagged it and when, as far as known', () => {
    const flag = flagDetails({ flag_status: true, flag_metadata: metadata });
    expect(flag).toEqual({ by: 'ana@acme.com', at: '2025-01-27T11:07:56.000Z' });
    expect(flag && flagText(flag, () => '27 Jan')).toBe('Flagged by ana@acme.com · 27 Jan');
    expect(flagText({ by: null, at: null }, () => 'x')).toBe('Flagged');
    expect(flagText({ by: null, at: 'iso' }, () => '27 Jan')).toBe('Flagged · 27 Jan');
  });
});

describe('pinText', () => {
  it('says when it was pinned and until when, as far as known', () => {
    expect(pinText({ pinned_at: 1, expires_at: 2 }, (ms) => `t${ms}`)).toBe('Pinned t1 · until t2');
    expect(pinText({ pinned_at: null, expires_at: null }, (ms) => `t${ms}`)).toBe('Pinned');
  });
});
