/**
 * Periskope's timestamp spellings (docs/periskope-api.md#quirk-4): Postgres `timestamptz` rendered
 * as ISO with `+00:00`, with 0, 3 or 6 fraction digits, trailing zeros trimmed
 * (`2025-01-17T08:44:02.6+00:00`).
 */

/** One day in ms. */
export const DAY_MS = 86_400_000;

/** `created_at` of chats whose creation time is unknown (docs/periskope-api.md#chat). */
export const UNKNOWN_CREATED_AT = '1970-01-01T00:00:00+00:00';

function base(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19);
}

/** `2025-01-27T11:07:56+00:00`: message `timestamp`, chat `created_at` (ms are dropped). */
export function isoSeconds(ms: number): string {
  return `${base(ms)}+00:00`;
}

/**
 * `2025-01-27T11:08:10.693+00:00` (trailing zeros trimmed, like Postgres): `updated_at`, reactions,
 * notifications.
 */
export function isoMillis(ms: number): string {
  const frac = String(Math.floor(ms) % 1000)
    .padStart(3, '0')
    .replace(/0+$/, '');
  return `${base(ms)}${frac ? `.${frac}` : ''}+00:00`;
}

/**
 * `2025-01-21T07:48:04.316415+00:00`: chat `updated_at` (µs precision).
 * @param ms - epoch ms
 * @param micros - extra microseconds 0..999 appended after the ms digits
 */
export function isoMicros(ms: number, micros: number): string {
  const us = (Math.floor(ms) % 1000) * 1000 + (micros % 1000);
  const frac = String(us).padStart(6, '0').replace(/0+$/, '');
  return `${base(ms)}${frac ? `.${frac}` : ''}+00:00`;
}

/** Epoch ms of a Periskope timestamp string; `NaN` if unparsable or null. */
export function parseTimestamp(value: string | null): number {
  return value === null ? Number.NaN : Date.parse(value);
}
