import { describe, expect, it } from 'vitest';
import {
  formatChatId,
  formatChatTime,
  formatCount,
  formatDayLabel,
  formatDuration,
  formatFileSize,
  formatPhone,
  formatTime,
  joinNames,
} from './format.ts';

describe('formatPhone', () => {
  // Literal strings: the country code and grouping come from the number itself, not its length.
  it.each([
    ['971501234567@c.us', '+971 50 123 4567'],
    ['4915123456789@c.us', '+49 1512 3456789'],
    // libphonenumber-js writes international numbers with spaces only (no hyphen: not
    // `91234-5678`).
    ['5511912345678@c.us', '+55 11 91234 5678'],
    ['919876543210@c.us', '+91 98765 43210'],
    ['919537851844@c.us', '+91 95378 51844'],
    ['14155550123@c.us', '+1 415 555 0123'],
    ['447911123456', '+44 7911 123456'],
    ['+971 50 123 4567', '+971 50 123 4567'],
  ])('%s → %s', (id, text) => expect(formatPhone(id)).toBe(text));
  it('falls back to + and the digits when no country allows the number', () => {
    expect(formatPhone('12345@c.us')).toBe('+12345');
    expect(formatPhone('5215512345678@c.us')).toBe('+5215512345678');
    expect(formatPhone('9999999999999999999@c.us')).toBe('+9999999999999999999');
  });
  it('returns input without digits unchanged', () => expect(formatPhone('abc')).toBe('abc'));
  it('gives the same text from its memo', () => {
    expect(formatPhone('919876543210@c.us')).toBe(formatPhone('919876543210@c.us'));
    for (let i = 0; i < 6000; i++) formatPhone(`9198765${String(i).padStart(5, '0')}@c.us`);
    expect(formatPhone('971501234567@c.us')).toBe('+971 50 123 4567');
  });
});

describe('formatChatId', () => {
  it('formats 1:1 ids as phones', () =>
    expect(formatChatId('919537851844@c.us')).toBe('+91 95378 51844'));
  it('does not pretend a group id is a phone', () =>
    expect(formatChatId('120363371308389685@g.us')).toBe('Unnamed group'));
});

describe('formatChatTime', () => {
  const now = new Date(2025, 0, 27, 18, 0); // Monday 27 Jan 2025, local time
  it('shows HH:mm today', () =>
    expect(formatChatTime(new Date(2025, 0, 27, 9, 5).toISOString(), now, 'en-GB')).toBe('09:05'));
  it('shows the weekday within the week', () =>
    expect(formatChatTime(new Date(2025, 0, 23, 23, 59).toISOString(), now, 'en-GB')).toBe(
      'Thursday',
    ));
  it('shows the date when older', () =>
    expect(formatChatTime(new Date(2025, 0, 20, 12).toISOString(), now, 'en-GB')).toBe(
      '20/01/2025',
    ));
  it('is empty for garbage', () => expect(formatChatTime('not a date', now)).toBe(''));
});

describe('formatTime and formatDayLabel', () => {
  it('uses 24-hour time', () =>
    expect(formatTime(new Date(2025, 0, 27, 15, 7).toISOString(), 'en-US')).toBe('15:07'));
  it('labels today, yesterday and older days', () => {
    const now = new Date(2025, 0, 27, 0, 30);
    expect(formatDayLabel(new Date(2025, 0, 27, 0, 1).toISOString(), now)).toBe('Today');
    expect(formatDayLabel(new Date(2025, 0, 26, 23, 59).toISOString(), now)).toBe('Yesterday');
    expect(formatDayLabel(new Date(2024, 11, 2).toISOString(), now, 'en-GB')).toBe(
      '2 December 2024',
    );
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
