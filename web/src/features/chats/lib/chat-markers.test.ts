import { describe, expect, it } from 'vitest';
import { activeSnooze, flagLabel, snoozeLabel } from './chat-markers.ts';

const NOW = Date.UTC(2026, 10, 23, 10);

describe('chat markers', () => {
  it('a snooze counts until its time, and an instant no date holds never throws', () => {
    expect(activeSnooze({ snooze_until: NOW + 1 }, NOW)).toBe(NOW + 1);
    expect(activeSnooze({ snooze_until: NOW }, NOW)).toBeNull();
    expect(activeSnooze({ snooze_until: null }, NOW)).toBeNull();
    expect(snoozeLabel({ snooze_until: 1e20 }, NOW)).toBeNull();
    expect(snoozeLabel({ snooze_until: NOW + 3_600_000 }, NOW)).toMatch(/^Snoozed until .*2026/);
  });

  it('counts flagged messages in words, nothing for none', () => {
    expect(flagLabel({ flag_count: 1 })).toBe('1 flagged message');
    expect(flagLabel({ flag_count: 4 })).toBe('4 flagged messages');
    expect(flagLabel({ flag_count: 0 })).toBeNull();
  });
});
