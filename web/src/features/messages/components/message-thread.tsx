/**
 * The open chat's timeline as an end-anchored virtual list (TanStack Virtual's chat pattern):
 * opens at the newest message, keeps the reader's position when older pages are prepended, and
 * follows new items only when already at the end. Rows are measured (`measureElement`).
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useRef } from 'react';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { ErrorState } from '../../../components/ui/error-state.tsx';
import { oldestStale, StaleBadge } from '../../../components/ui/stale-badge.tsx';
import type { Members } from '../../../lib/api-types.ts';
import type { TimelineSource } from '../../../lib/timeline.ts';
import { useThread } from '../hooks/use-thread.ts';
import { OlderBar } from './older-bar.tsx';
import { ThreadChatContext } from './thread-chat-context.ts';
import { ThreadRowView } from './thread-row-view.tsx';
import { ThreadSkeleton } from './thread-skeleton.tsx';

export interface MessageThreadProps {
  chatId: string;
  /** Accessible name of the log: the chat's name. */
  label: string;
  isGroup: boolean;
  members: Members | undefined;
  /** Another timeline merged in by time (group notifications). */
  extra?: TimelineSource;
}

/** Mount with `key={chatId}` so each chat starts at its own bottom. */
export function MessageThread({ chatId, label, isGroup, members, extra }: MessageThreadProps) {
  const thread = useThread(chatId, extra);
  const { rows, query } = thread;
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 64,
    getItemKey: (i) => rows[i]?.key ?? i,
    anchorTo: 'end',
    followOnAppend: true,
    scrollEndThreshold: 80,
    overscan: 6,
  });
  const ready = !thread.isLoading && rows.length > 0;
  const opened = useRef(false);

  useLayoutEffect(() => {
    if (!ready || opened.current) return;
    opened.current = true;
    virtualizer.scrollToEnd();
  }, [ready, virtualizer]);

  const items = virtualizer.getVirtualItems();
  const firstIndex = items[0]?.index ?? -1;
  const { hasOlder, isFetchingOlder, loadOlder } = thread;
  const scrollingUp = virtualizer.scrollDirection === 'backward';
  const olderFailed = query.isFetchNextPageError;
  // Scrolling up to the first rows loads the next older page (the button does the same).
  useEffect(() => {
    if (opened.current && scrollingUp && firstIndex >= 0 && firstIndex < 3 && hasOlder && !isFetchingOlder && !olderFailed) loadOlder();
  }, [firstIndex, scrollingUp, hasOlder, isFetchingOlder, olderFailed, loadOlder]);

  const staleSince = oldestStale(query.data?.pages ?? []);
  if (query.isError && !query.data) {
    return <ErrorState className="flex-1 justify-center bg-[#efeae2]" error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />;
  }
  if (thread.isLoading) return <ThreadSkeleton />;
  if (rows.length === 0 && !hasOlder) return <EmptyState className="flex-1 bg-[#efeae2]" title="No messages yet" />;

  return (
    <ThreadChatContext value={chatId}>
    <div className="relative flex min-h-0 flex-1 flex-col">
      {staleSince && (
        <div className="absolute top-2 right-3 z-10">
          <StaleBadge fetchedAt={staleSince} />
        </div>
      )}
      <OlderBar hasOlder={hasOlder} isFetching={isFetchingOlder} error={olderFailed ? query.error : null} extra={extra} onLoadOlder={loadOlder} />
      {/* aria-live off: rows appear as the reader scrolls (virtualization), not as news. */}
      <div ref={scrollRef} role="log" aria-label={label} aria-live="off" className="min-h-0 flex-1 overflow-y-auto py-2">
        <div className="relative w-full" style={{ height: virtualizer.getTotalSize() }}>
          <div className="absolute top-0 left-0 w-full" style={{ transform: `translateY(${items[0]?.start ?? 0}px)` }}>
            {items.map((item) => {
              const row = rows[item.index];
              return row ? (
                <div key={item.key} data-index={item.index} ref={virtualizer.measureElement}>
                  <ThreadRowView row={row} isGroup={isGroup} members={members} loadReactions={!virtualizer.isScrolling} />
                </div>
              ) : null;
            })}
          </div>
        </div>
      </div>
    </div>
    </ThreadChatContext>
  );
}
