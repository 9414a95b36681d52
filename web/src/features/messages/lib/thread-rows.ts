/**
 * Rows of a thread: messages and entries of other timelines (group notifications), oldest →
 * newest, with a day divider before the first item of each local calendar day, and runs of
 * consecutive messages from one sender marked (`continues`), as WhatsApp groups them: the
 * sender's name and the bubble's tail only on the first message of a run. An item without a time
 * (official `timestamp: string | null`) belongs to the day of the item before it.
 */
import type { ReactNode } from 'react';
import type { Message } from '@/lib/api-types.ts';
import { formatDayLabel, localDayKey } from '@/lib/format.ts';
import { messageKind, SYSTEM_LINE_KINDS } from '@/lib/message-kind.ts';
import { dayInstants } from '@/lib/timeline.ts';

export type ThreadItem =
  | {
      kind: 'message';
      key: string;
      /** ISO 8601; null when Periskope sent no time. */
      timestamp: string | null;
      message: Message;
      /**
       * The row before is a message from the same sender, same side, same day (set by {@link
       * withDayDividers}).
       */
      continues?: boolean;
    }
  | { kind: 'entry'; key: string; timestamp: string | null; node: ReactNode };

/** A day divider's `timestamp` is a dated item of that day. */
export type ThreadRow = ThreadItem | { kind: 'day'; key: string; timestamp: string; label: string };

/**
 * @param items - merged items, oldest → newest
 * @param hasOlder - older items may exist: the first loaded day may have started earlier, so it
 *   gets no divider yet. This keeps every divider key (`day-<date>`) in place as older pages are
 *   prepended, which is what lets the virtualizer keep the reader's position.
 * @param now - reference instant for "Today"/"Yesterday"
 * @param runs - `continues` already decided per row key, kept across calls: a row keeps its first
 *   decision, so the first loaded message does not lose its sender name (and height) when the
 *   page before it arrives, which would move the reader's row; a run split at a page boundary
 *   shows the name twice instead
 */
export function withDayDividers(
  items: ThreadItem[],
  hasOlder: boolean,
  now: Date = new Date(),
  runs?: Map<string, boolean>,
): ThreadRow[] {
  const rows: ThreadRow[] = [];
  const days = itemDays(items);
  let previousDay: string | null = null;
  items.forEach((item, i) => {
    const day = days[i];
    if (day && day.key !== previousDay && (previousDay !== null || !hasOlder)) {
      rows.push({
        kind: 'day',
        key: `day-${day.key}`,
        timestamp: day.iso,
        label: formatDayLabel(day.iso, now),
      });
    }
    previousDay = day?.key ?? previousDay;
    const previous = rows[rows.length - 1];
    if (item.kind === 'message') {
      const continues =
        runs?.get(item.key) ??
        (previous?.kind === 'message' &&
          senderOf(previous.message) !== null &&
          senderOf(previous.message) === senderOf(item.message));
      runs?.set(item.key, continues);
      rows.push(continues === Boolean(item.continues) ? item : { ...item, continues });
    } else rows.push(item);
  });
  return rows;
}

interface Day {
  key: string;
  /** A dated instant of that day. */
  iso: string;
}

/**
 * @returns each item's local day: its own, else the day of the item before it (the first items,
 *   when undated, take the first dated item's); null only when no item has a time
 */
function itemDays(items: readonly ThreadItem[]): (Day | null)[] {
  return dayInstants(items, (item) => item.timestamp).map((iso) =>
    iso === null ? null : { key: localDayKey(iso), iso },
  );
}

/**
 * One sender per side: every own message (whoever in the team sent it) is "me", as in WhatsApp.
 * @returns null for a service entry shown as a centred line (it starts and ends no run)
 */
function senderOf(message: Message): string | null {
  if (SYSTEM_LINE_KINDS.has(messageKind(message))) return null;
  return message.from_me ? 'me' : `them:${message.sender_phone ?? message.author ?? ''}`;
}
