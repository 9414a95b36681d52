import { describe, expect, it } from 'vitest';
import {
  formatChatId, formatChatTime, formatCount, formatDayLabel, formatDuration, formatFileSize, formatPhone, formatTime, joinNames,
} from './format.ts';

describe('formatPhone', () => {
  it('groups Indian numbers 5+5', () => expect(formatPhone('919537851844@c.us')).toBe('+91 95378 51844'));
  it('groups NANP numbers 3+3+4', () => expect(formatPhone('14155550123@c.us')).toBe('+1 415 555 0123'));
  it('guesses the country code from 10 national digits', () => expect(formatPhone('447911123456')).toBe('+44 791 112 3456'));
  it('keeps short numbers whole', () => expect(formatPhone('12345@c.us')).toBe('+123 45'));
  it('returns input without digits unchanged', () => expect(formatPhone('abc')).toBe('abc'));
});

describe('formatChatId', () => {
  it('formats 1:1 ids as phones', () => expect(formatChatId('919537851844@c.us')).toBe('+91 95378 51844'));
  it('does not pretend a group id is a phone', () => expect(formatChatId('120363371308389685@g.us')).toBe('Unnamed group'));
});

describe('formatChatTime', () => {
  const now = new Date(2025, 0, 27, 18, 0); // Monday 27 Jan 2025, local time
  it('shows HH:mm today', () => expect(formatChatTime(new Date(2025, 0, 27, 9, 5).toISOString(), now, 'en-GB')).toBe('09:05'));
  it('shows the weekday within the week', () =>
    expect(formatChatTime(new Date(2025, 0, 23, 23, 59).toISOString(), now, 'en-GB')).toBe('Thursday'));
  it('shows the date when older', () => expect(formatChatTime(new Date(2025, 0, 20, 12).toISOString(), now, 'en-GB')).toBe('20/01/2025'));
  it('is empty for garbage', () => expect(formatChatTime('not a date', now)).toBe(''));
});

describe('formatTime and formatDayLabel', () => {
  it('uses 24-hour time', () => expect(formatTime(new Date(2025, 0, 27, 15, 7).toISOString(), 'en-US')).toBe('15:07'));
  it('labels today, yesterday and older days', () => {
    const now = new Date(2025, 0, 27, 0, 30);
    expect(formatDayLabel(new Date(2025, 0, 27, 0, 1).toISOString(), now)).toBe('Today');
    expect(formatDayLabel(new Date(2025, 0, 26, 23, 59).toISOString(), now)).toBe('Yesterday');
    expect(formatDayLabel(new Date(2024, 11, 2).toISOString(), now, 'en-GB')).toBe('2 December 2024');
  });
});

describe('formatFileSize', () => {
  it.each([
    [512, '512 B'],
    [60_416, '59 KB'],
    [122_880, '120 KB'],
    [1_258_291, '1.2 MB'],
    [3 * 1024 ** 3, '3 GB'],
  ])('%d bytes → %s', (bytes, text) => expect(formatFileSize(bytes)).toBe(text));
});

describe('formatDuration', () => {
  it.each([
    [12, '0:12'],
    [185, '3:05'],
    [3723, '1:02:03'],
  ])('%d s → %s', (s, text) => expect(formatDuration(s)).toBe(text));
});

describe('formatCount and joinNames', () => {
  it('adds thousands separators', () => expect(formatCount(2023)).toBe('2,023'));
  it('joins names', () => {
    expect(joinNames(['A'])).toBe('A');
    expect(joinNames(['A', 'B'])).toBe('A and B');
    expect(joinNames(['A', 'B', 'C'])).toBe('A, B and C');
  });
});
