/**
 * Display formatting: phone numbers from WhatsApp ids, chat and message times (local time zone),
 * file sizes and media durations. Pure functions; `now` and `locale` are injectable for tests.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/min';

/** Thousands separators as the UI copy expects them ("2,023 chats loaded"). */
const countFormat = new Intl.NumberFormat('en-US');

/** @returns `n` with thousands separators, e.g. `2,023` */
export function formatCount(n: number): string {
  return countFormat.format(n);
}

/**
 * Most formatted numbers kept; past it the oldest is dropped (a chat list holds a few thousand).
 */
const PHONE_CACHE_SIZE = 5_000;
const phoneCache = new Map<string, string>();

/**
 * Formats a WhatsApp id as an international number, grouped as the number's country writes it
 * (libphonenumber's metadata, `min` set: country codes, possible lengths and groupings). The
 * library's international style separates groups with spaces only (no hyphens or brackets).
 * Numbers it cannot read, or whose length no country allows, fall back to `+<digits>`; every digit
 * of the id is kept, in order, so search ranges over the digits map onto the text. Results are
 * memoised (parsing costs ~15 µs, and lists of thousands of rows call it while scrolling).
 * @param id - `971501234567@c.us`, bare digits, `+971…`, or anything else
 * @returns `+971 50 123 4567`, `+91 95378 51844`, `+1 415 555 0123`; the input unchanged when it
 *   holds no digits
 */
export function formatPhone(id: string): string {
  const cached = phoneCache.get(id);
  if (cached !== undefined) return cached;
  const digits = (id.split('@')[0] ?? '').replace(/\D/g, '');
  const text = digits ? internationalNumber(digits) : id;
  if (phoneCache.size >= PHONE_CACHE_SIZE) phoneCache.delete(phoneCache.keys().next().value ?? '');
  phoneCache.set(id, text);
  return text;
}

function internationalNumber(digits: string): string {
  const parsed = parsePhoneNumberFromString(`+${digits}`);
  const formatted = parsed?.isPossible() ? parsed.formatInternational() : null;
  // A formatting that dropped or added a digit (a national prefix) would misquote the id.
  return formatted && formatted.replace(/\D/g, '') === digits ? formatted : `+${digits}`;
}

/**
 * A readable fallback name for a chat without `chat_name`.
 * @param chatId - `…@c.us` (a phone number) or `…@g.us` (a group id, which is not a number)
 */
export function formatChatId(chatId: string): string {
  return chatId.endsWith('@g.us') ? 'Unnamed group' : formatPhone(chatId);
}

function startOfDay(d: Date): number {
  return new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
}

/** Whole calendar days between two instants in the local time zone (DST-safe). */
function dayDiff(a: Date, b: Date): number {
  return Math.round((startOfDay(b) - startOfDay(a)) / 86_400_000);
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * One `Intl.DateTimeFormat` per locale and option set, reused: `toLocale*String(locale, options)`
 * builds a new formatter on every call, which was 20% of the main thread while scrolling the
 * chat list (bench:ui profile).
 */
function formatter(
  locale: string | undefined,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, f);
  }
  return f;
}

const TIME: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
const WEEKDAY: Intl.DateTimeFormatOptions = { weekday: 'long' };
const SHORT_DATE: Intl.DateTimeFormatOptions = {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
};
const LONG_DATE: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };

/**
 * @param iso - ISO 8601 instant
 * @returns `HH:mm` in the local time zone (24-hour), or `''` for an unparseable value
 */
export function formatTime(iso: string, locale?: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return formatter(locale, TIME).format(d);
}

const DATE_TIME: Intl.DateTimeFormatOptions = {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
};

/**
 * @param instant - ISO 8601 string or epoch ms (`delivery_info` values are epoch ms, docs/periskope-api.md#quirk-4)
 * @returns local date and time to the second ("23 Nov 2026, 14:05:09"), or `''` when unparseable
 */
export function formatDateTime(instant: string | number, locale?: string): string {
  const d = new Date(instant);
  if (Number.isNaN(d.getTime())) return '';
  return formatter(locale, DATE_TIME).format(d);
}

/**
 * Chat-list time, as WhatsApp shows it: today → `14:05`; within the last 6 days → weekday;
 * older → the date. Local time zone.
 * @param iso - ISO 8601 instant
 * @param now - reference instant (defaults to the current time)
 */
export function formatChatTime(iso: string, now: Date = new Date(), locale?: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const days = dayDiff(d, now);
  if (days === 0) return formatTime(iso, locale);
  if (days > 0 && days < 7) return formatter(locale, WEEKDAY).format(d);
  return formatter(locale, SHORT_DATE).format(d);
}

/**
 * Label of a day divider in a thread: `Today`, `Yesterday`, or a full date.
 * @param iso - ISO 8601 instant of any item on that day
 */
export function formatDayLabel(iso: string, now: Date = new Date(), locale?: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const days = dayDiff(d, now);
  if (days === 0) return 'Today';
  if (days === 1) return 'Yesterday';
  return formatter(locale, LONG_DATE).format(d);
}

/** @returns the local calendar day of an ISO instant as `YYYY-M-D` (a grouping key) */
export function localDayKey(iso: string): string {
  const d = new Date(iso);
  return `${d.getFullYear()}-${d.getMonth() + 1}-${d.getDate()}`;
}

/**
 * @param bytes - size in bytes
 * @returns `512 B`, `59 KB`, `1.2 MB`, `2.5 GB` (1 KB = 1024 bytes)
 */
export function formatFileSize(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '';
  if (bytes < 1024) return `${Math.round(bytes)} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const shown = unit === 0 ? Math.round(value) : Math.round(value * 10) / 10;
  return `${shown} ${units[unit]}`;
}

/**
 * @param seconds - media length in seconds
 * @returns `0:12`, `3:05`, `1:02:03`
 */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '';
  const total = Math.round(seconds);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** @returns `"a"`, `"a and b"`, `"a, b and c"` */
export function joinNames(names: string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
