/**
 * An instant given in epoch ms (`snooze_until`, `pinned_at`, `expires_at`) as a `<time>` with the
 * local date and time to the second. Out-of-range numbers (past ±8.64e15 ms, which `Date` cannot
 * hold) never throw: they read `fallback`.
 */
import { formatDateTime } from '@/lib/format.ts';

/** @returns the ISO string of an epoch-ms instant, or null when `Date` cannot represent it */
export function isoOfMs(ms: number): string | null {
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

export interface DateTimeProps {
  /** Epoch ms. */
  ms: number;
  /** Shown when the instant cannot be represented. Default "an unknown time". */
  fallback?: string;
}

/** A `<time>` element, or the fallback text. */
export function DateTime({ ms, fallback = 'an unknown time' }: DateTimeProps) {
  const iso = isoOfMs(ms);
  if (iso === null) return fallback;
  return <time dateTime={iso}>{formatDateTime(ms)}</time>;
}
