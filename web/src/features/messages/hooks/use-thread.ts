/**
 * A chat's thread: its messages (paged newest first) merged with another feature's timeline
 * (group notifications) into gap-free rows, one "load older" for both, and the newest page
 * refetched every `refreshMs` so new messages, edits and deletions appear.
 */
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { TimelineSource } from '@/lib/timeline.ts';
import { messageQueries } from '../api/message-queries.ts';
import { threadItems } from '../lib/thread-items.ts';
import { withDayDividers } from '../lib/thread-rows.ts';

/** How soon a stale newest page is fetched again, ms: the BFF's refresh is under way. */
const STALE_HEAD_REFETCH_MS = 2_000;

/**
 * @param chatId - the open chat
 * @param extra - entries of another timeline, or undefined
 * @param refreshMs - interval of the newest page's refetch, ms (paused while the tab is hidden)
 */
export function useThread(chatId: string, extra: TimelineSource | undefined, refreshMs: number) {
  const query = useInfiniteQuery(messageQueries.list(chatId));
  const first = query.data?.pages[0];
  const head = useQuery({
    ...messageQueries.head(chatId),
    enabled: first !== undefined,
    initialData: first,
    initialDataUpdatedAt: query.dataUpdatedAt,
    // A stale head (the BFF served its cached copy while it refreshes it) is asked for again soon.
    refetchInterval: (q) =>
      q.state.data?.stale ? Math.min(STALE_HEAD_REFETCH_MS, refreshMs) : refreshMs,
  });
  const extraEntries = extra?.entries;
  const extraHasOlder = extra?.hasOlder ?? false;

  const merged = useMemo(() => {
    const pages =
      head.data && query.data ? [head.data, ...query.data.pages] : (query.data?.pages ?? []);
    return threadItems(pages, query.hasNextPage, extraEntries ?? [], extraHasOlder);
  }, [head.data, query.data, query.hasNextPage, extraEntries, extraHasOlder]);

  // Per thread (the component remounts per chat): a row's run decision is kept once made.
  const [runs] = useState(() => new Map<string, boolean>());
  const rows = useMemo(
    () => withDayDividers(merged.items, merged.hasOlder, undefined, runs),
    [merged, runs],
  );
  const isFetchingOlder = query.isFetchingNextPage || (extra?.isFetchingOlder ?? false);

  const loadOlder = () => {
    if (isFetchingOlder) return;
    if (merged.loadFrom.includes(0)) void query.fetchNextPage();
    if (merged.loadFrom.includes(1)) extra?.fetchOlder();
  };

  return {
    rows,
    query,
    /** The newest page as last fetched (the refetched head, else the first page). */
    newest: head.data ?? first,
    hasOlder: merged.hasOlder,
    isFetchingOlder,
    loadOlder,
    isLoading: query.isPending || (extra?.isLoading ?? false),
  };
}

/** A thread as {@link useThread} returns it. */
export type Thread = ReturnType<typeof useThread>;
