/**
 * Markers of a listed chat beyond its name: snoozed (`snooze_until`, from the official
 * `ChatType.snooze_metadata`) and flagged messages awaiting a reply (`flag_count`, the sum of
 * `flag_count_map`), in the words a row, a column and a screen reader use.
 */
import type { ChatListItem } from '@/lib/api-types.ts';

type Markers = Pick<ChatListItem, 'snooze_until' | 'flag_count'>;

const untilFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** Largest instant a `Date` holds, ms (ECMA-262 §21.4.1.1); past it formatting would throw. */
const MAX_DATE_MS = 8.64e15;

/**
 * @param now - the current instant, epoch ms
 * @returns `snooze_until` (epoch ms) while it is in the future, else null (a past snooze has ended;
 *   an instant no date can hold is no snooze either)
 */
export function activeSnooze(
  chat: Pick<Markers, 'snooze_until'>,
  now: number = Date.now(),
): number | null {
  const until = chat.snooze_until;
  return until !== null && until > now && until <= MAX_DATE_MS ? until : null;
}

/** @returns "23 Nov 2026, 14:05" in the reader's locale and time zone */
export function formatSnoozeUntil(until: number): string {
  return untilFormat.format(until);
}

/** @returns "Snoozed until 23 Nov 2026, 14:05", or null when the chat is not snoozed now */
export function snoozeLabel(
  chat: Pick<Markers, 'snooze_until'>,
  now: number = Date.now(),
): string | null {
  const until = activeSnooze(chat, now);
  return until === null ? null : `Snoozed until ${formatSnoozeUntil(until)}`;
}

/** @returns "1 flagged message" / "3 flagged messages" awaiting a reply, or null when none */
export function flagLabel(chat: Pick<Markers, 'flag_count'>): string | null {
  if (!(chat.flag_count > 0)) return null;
  return `${chat.flag_count} flagged ${chat.flag_count === 1 ? 'message' : 'messages'}`;
}
