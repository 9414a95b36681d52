/**
 * A thread's items before rows: the loaded message pages (each message once) merged by time with
 * another timeline's entries (group notifications), gap-free (lib/timeline.ts). An item without a
 * time keeps its place in its own stream's page order (lib/timeline.ts `neighbourTimes`).
 */
import type { Message } from '@/lib/api-types.ts';
import {
  instantOf,
  mergeTimelines,
  type MergedTimeline,
  type TimelineEntry,
} from '@/lib/timeline.ts';
import type { ThreadItem } from './thread-rows.ts';

/** First copy of each message wins: the refreshed head page goes first, so edits show. */
function uniqueMessages(pages: readonly { messages: readonly Message[] }[]): ThreadItem[] {
  const seen = new Set<string>();
  const items: ThreadItem[] = [];
  for (const message of pages.flatMap((p) => p.messages)) {
    if (seen.has(message.message_id)) continue;
    seen.add(message.message_id);
    items.push({
      kind: 'message',
      key: `m-${message.message_id}`,
      timestamp: message.timestamp,
      message,
    });
  }
  return items;
}

/**
 * @param pages - message pages, newest first (the refreshed head page, then the loaded pages)
 * @param hasOlderMessages - older message pages exist
 * @param entries - the other timeline's entries, newest first; keys are the source's own
 *   (`n-<notification_id>`), so links to an event find its row
 * @param hasOlderEntries - older entries exist
 * @returns items oldest → newest, and which streams to page next (0 messages, 1 entries)
 */
export function threadItems(
  pages: readonly { messages: readonly Message[] }[],
  hasOlderMessages: boolean,
  entries: readonly Pick<TimelineEntry, 'key' | 'timestamp' | 'node'>[],
  hasOlderEntries: boolean,
): MergedTimeline<ThreadItem> {
  const messages = { items: uniqueMessages(pages), hasOlder: hasOlderMessages };
  const others = {
    items: entries.map((e): ThreadItem => ({
      kind: 'entry',
      key: e.key,
      timestamp: e.timestamp,
      node: e.node,
    })),
    hasOlder: hasOlderEntries,
  };
  return mergeTimelines([messages, others], (item) => instantOf(item.timestamp));
}
