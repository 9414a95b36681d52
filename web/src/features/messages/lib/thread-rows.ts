/**
 * Rows of a thread: messages and entries of other timelines (group notifications), oldest →
 * newest, with a day divider before the first item of each local calendar day, and runs of
 * consecutive messages from one sender marked (`continues`), as WhatsApp groups them: the
 * sender's name and the bubble's tail only on the first message of a run.
 */
import type { ReactNode } from 'react';
import type { Message } from '../../../lib/api-types.ts';
import { formatDayLabel, localDayKey } from '../../../lib/format.ts';

export type ThreadItem =
  | {
      kind: 'message';
      key: string;
      timestamp: string;
      message: Message;
      /** The row before is a message from the same sender, same side, same day (set by {@link withDayDividers}). */
      continues?: boolean;
    }
  | { kind: 'entry'; key: string; timestamp: string; node: ReactNode };

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
export function withDayDividers(items: ThreadItem[], hasOlder: boolean, now: Date = new Date(), runs?: Map<string, boolean>): ThreadRow[] {
  const rows: ThreadRow[] = [];
  let previousDay: string | null = null;
  for (const item of items) {
    const day = localDayKey(item.timestamp);
    if (day !== previousDay && (previousDay !== null || !hasOlder)) {
      rows.push({ kind: 'day', key: `day-${day}`, timestamp: item.timestamp, label: formatDayLabel(item.timestamp, now) });
    }
    previousDay = day;
    const previous = rows[rows.length - 1];
    if (item.kind === 'message') {
      const continues = runs?.get(item.key) ?? (previous?.kind === 'message' && senderOf(previous.message) === senderOf(item.message));
      runs?.set(item.key, continues);
      rows.push(continues === Boolean(item.continues) ? item : { ...item, continues });
    } else rows.push(item);
  }
  return rows;
}

/** One sender per side: every own message (whoever in the team sent it) is "me", as in WhatsApp. */
function senderOf(message: Message): string {
  return message.from_me ? 'me' : `them:${message.sender_phone ?? message.author ?? ''}`;
}
