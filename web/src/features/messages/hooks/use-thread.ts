/**
 * A chat's thread: its messages (paged newest first) merged with another feature's timeline
 * (group notifications) into gap-free rows, and one "load older" for both.
 */
import { useInfiniteQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Message } from '../../../lib/api-types.ts';
import { mergeTimelines, type TimelineSource } from '../../../lib/timeline.ts';
import { messageQueries } from '../api/message-queries.ts';
import { withDayDividers, type ThreadItem } from '../lib/thread-rows.ts';

function uniqueMessages(pages: { messages: Message[] }[]): ThreadItem[] {
  const seen = new Set<string>();
  const items: ThreadItem[] = [];
  for (const message of pages.flatMap((p) => p.messages)) {
    if (seen.has(message.message_id)) continue;
    seen.add(message.message_id);
    items.push({ kind: 'message', key: `m-${message.message_id}`, timestamp: message.timestamp, message });
  }
  return items;
}

/**
 * @param chatId - the open chat
 * @param extra - entries of another timeline, or undefined
 */
export function useThread(chatId: string, extra?: TimelineSource) {
  const query = useInfiniteQuery(messageQueries.list(chatId));
  const extraEntries = extra?.entries;
  const extraHasOlder = extra?.hasOlder ?? false;

  const merged = useMemo(() => {
    const messages = { items: uniqueMessages(query.data?.pages ?? []), hasOlder: query.hasNextPage };
    const others = {
      items: (extraEntries ?? []).map((e): ThreadItem => ({ kind: 'entry', key: `e-${e.key}`, timestamp: e.timestamp, node: e.node })),
      hasOlder: extraHasOlder,
    };
    return mergeTimelines([messages, others], (item) => Date.parse(item.timestamp));
  }, [query.data, query.hasNextPage, extraEntries, extraHasOlder]);

  const rows = useMemo(() => withDayDividers(merged.items, merged.hasOlder), [merged]);
  const isFetchingOlder = query.isFetchingNextPage || (extra?.isFetchingOlder ?? false);

  const loadOlder = () => {
    if (isFetchingOlder) return;
    if (merged.loadFrom.includes(0)) void query.fetchNextPage();
    if (merged.loadFrom.includes(1)) extra?.fetchOlder();
  };

  return {
    rows,
    query,
    hasOlder: merged.hasOlder,
    isFetchingOlder,
    loadOlder,
    isLoading: query.isPending || (extra?.isLoading ?? false),
  };
}
