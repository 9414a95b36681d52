/**
 * Rows of a thread: messages and entries of other timelines (group notifications), oldest →
 * newest, with a day divider before the first item of each local calendar day.
 */
import type { ReactNode } from 'react';
import type { Message } from '../../../lib/api-types.ts';
import { formatDayLabel, localDayKey } from '../../../lib/format.ts';

export type ThreadItem =
  | { kind: 'message'; key: string; timestamp: string; message: Message }
  | { kind: 'entry'; key: string; timestamp: string; node: ReactNode };

export type ThreadRow = ThreadItem | { kind: 'day'; key: string; timestamp: string; label: string };

/**
 * @param items - merged items, oldest → newest
 * @param hasOlder - older items may exist: the first loaded day may have started earlier, so it
 *   gets no divider yet. This keeps every divider key (`day-<date>`) in place as older pages are
 *   prepended, which is what lets the virtualizer keep the reader's position.
 * @param now - reference instant for "Today"/"Yesterday"
 */
export function withDayDividers(items: ThreadItem[], hasOlder: boolean, now: Date = new Date()): ThreadRow[] {
  const rows: ThreadRow[] = [];
  let previousDay: string | null = null;
  for (const item of items) {
    const day = localDayKey(item.timestamp);
    if (day !== previousDay && (previousDay !== null || !hasOlder)) {
      rows.push({ kind: 'day', key: `day-${day}`, timestamp: item.timestamp, label: formatDayLabel(item.timestamp, now) });
    }
    previousDay = day;
    rows.push(item);
  }
  return rows;
}
