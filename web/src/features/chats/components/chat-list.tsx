/**
 * The chat list: infinite pages of chats (newest activity first), virtualized rows, loading the
 * next page as the reader nears the end.
 */
import { useInfiniteQuery } from '@tanstack/react-query';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef } from 'react';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { ErrorState } from '../../../components/ui/error-state.tsx';
import { oldestStale, StaleBadge } from '../../../components/ui/stale-badge.tsx';
import type { ChatListItem } from '../../../lib/api-types.ts';
import { formatCount } from '../../../lib/format.ts';
import { chatQueries, type ChatListFilters } from '../api/chat-queries.ts';
import { useRovingFocus } from '../hooks/use-roving-focus.ts';
import { chatRowKey, dedupeChats } from '../lib/dedupe-chats.ts';
import { ChatListFooter } from './chat-list-footer.tsx';
import { ChatRow } from './chat-row.tsx';
import { ChatRowSkeletons } from './chat-row-skeletons.tsx';

const ROW_HEIGHT = 72;
const FOOTER_HEIGHT = 48;
/** Fetch the next page when the last rendered row is this close to the end of what is loaded. */
const PREFETCH_ROWS = 10;

export interface ChatListProps {
  selectedChatId: string | null;
  onSelectChat: (chat: ChatListItem) => void;
  filters?: ChatListFilters;
}

/** `role="listbox"` named "Chats"; the loaded count is announced politely. */
export function ChatList({ selectedChatId, onSelectChat, filters = {} }: ChatListProps) {
  const query = useInfiniteQuery(chatQueries.list(filters));
  const { data, hasNextPage, isFetchingNextPage, isFetchNextPageError, fetchNextPage } = query;
  const chats = useMemo(() => dedupeChats(data?.pages ?? []), [data]);
  const scrollRef = useRef<HTMLDivElement>(null);
  const listboxRef = useRef<HTMLDivElement>(null);

  const virtualizer = useVirtualizer({
    count: data ? chats.length + 1 : 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => (i === chats.length ? FOOTER_HEIGHT : ROW_HEIGHT),
    getItemKey: (i) => {
      const chat = chats[i];
      return chat ? chatRowKey(chat) : 'footer';
    },
    overscan: 8,
  });
  const roving = useRovingFocus(chats.length, (i) => virtualizer.scrollToIndex(i), listboxRef);
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? -1;

  useEffect(() => {
    if (lastIndex >= chats.length - PREFETCH_ROWS && hasNextPage && !isFetchingNextPage && !isFetchNextPageError) {
      void fetchNextPage();
    }
  }, [lastIndex, chats.length, hasNextPage, isFetchingNextPage, isFetchNextPageError, fetchNextPage]);

  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <p aria-live="polite" className="px-4 py-1.5 text-xs text-slate-500">
        {data ? `${formatCount(chats.length)} chats loaded` : ''}
        <StaleBadge fetchedAt={oldestStale(data?.pages ?? [])} />
      </p>
      {query.isPending && <ChatRowSkeletons />}
      {query.isError && !data && <ErrorState error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />}
      {data && chats.length === 0 && <EmptyState title="No chats yet" hint="Conversations of your connected phones will appear here." />}
      <div ref={scrollRef} hidden={!data} className="min-h-0 flex-1 overflow-y-auto">
        <div className="relative w-full" style={{ height: virtualizer.getTotalSize() }}>
          <div ref={listboxRef} role="listbox" aria-label="Chats" className="absolute inset-0" onKeyDown={roving.onKeyDown} onFocus={roving.onFocus}>
            {items.map((item) => {
              const chat = chats[item.index];
              if (!chat) return null;
              return (
                <ChatRow
                  key={item.key}
                  chat={chat}
                  index={item.index}
                  setSize={chats.length}
                  selected={chat.chat_id === selectedChatId}
                  focusable={item.index === roving.active}
                  style={{ transform: `translateY(${item.start}px)` }}
                  onSelect={onSelectChat}
                />
              );
            })}
          </div>
          {items.map((item) =>
            item.index === chats.length ? (
              <div key={item.key} className="absolute top-0 left-0 flex h-12 w-full items-center justify-center px-4" style={{ transform: `translateY(${item.start}px)` }}>
                <ChatListFooter
                  loaded={chats.length}
                  hasNextPage={hasNextPage}
                  isFetchingNextPage={isFetchingNextPage}
                  error={isFetchNextPageError ? query.error : null}
                  onRetry={() => void fetchNextPage()}
                />
              </div>
            ) : null,
          )}
        </div>
      </div>
    </div>
  );
}
