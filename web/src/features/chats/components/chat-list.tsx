/**
 * The chat list: infinite pages of chats, virtualized rows (constant DOM), the next page fetched
 * before the end is reached, rows de-duplicated by chat when pages shift, and the selection and
 * scroll position kept across refetches (rows are keyed by chat, not by index).
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { ErrorState } from '@/components/ui/error-state.tsx';
import { oldestStale, StaleBadge } from '@/features/shared/components/stale-badge.tsx';
import type { ChatListItem } from '@/lib/api-types.ts';
import type { ChatListParams } from '../api/chat-queries.ts';
import { useChatPages, useFetchNearEnd } from '../hooks/use-chat-pages.ts';
import { useRovingFocus } from '../hooks/use-roving-focus.ts';
import { chatRowKey } from '../lib/dedupe-chats.ts';
import { listStatus } from '../lib/list-status.ts';
import { ChatListFooter } from './chat-list-footer.tsx';
import { CHAT_ROW_HEIGHT, ChatRow } from './chat-row.tsx';
import { ChatRowSkeletons } from './chat-row-skeletons.tsx';
import { NoChats } from './no-chats.tsx';

const FOOTER_HEIGHT = 48;

export interface ChatListProps {
  params: ChatListParams;
  selectedChatId: string | null;
  onSelectChat: (chat: ChatListItem) => void;
  /** Any narrowing filter is set: the empty state offers to clear them. */
  filtered?: boolean;
  onClearFilters?: () => void;
  labelNames?: Record<string, string>;
  /** Refetch interval while the tab is visible, ms. */
  refreshMs: number;
}

const NO_LABELS: Record<string, string> = {};

/** `role="listbox"` named "Chats"; its size and loading state are announced politely. */
export function ChatList({
  params,
  selectedChatId,
  onSelectChat,
  filtered = false,
  onClearFilters,
  labelNames = NO_LABELS,
  refreshMs,
}: ChatListProps) {
  const { query, pages, chats } = useChatPages(params, refreshMs);
  const { data, hasNextPage, isFetchingNextPage, isFetchNextPageError, fetchNextPage } = query;
  const indexing = pages.some((page) => page.index && !page.index.complete);
  const scrollRef = useRef<HTMLDivElement>(null);
  const listboxRef = useRef<HTMLDivElement>(null);

  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual is mutable by design; the compiler (unused here) would only skip this component
  const virtualizer = useVirtualizer({
    count: data ? chats.length + 1 : 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => (i === chats.length ? FOOTER_HEIGHT : CHAT_ROW_HEIGHT),
    getItemKey: (i) => {
      const chat = chats[i];
      return chat ? chatRowKey(chat) : 'footer';
    },
    overscan: 6,
  });
  const roving = useRovingFocus(
    chats.length,
    (i) => virtualizer.scrollToIndex(i),
    listboxRef,
    (i) => {
      const chat = chats[i];
      if (chat) onSelectChat(chat);
    },
  );
  const items = virtualizer.getVirtualItems();
  useFetchNearEnd(query, items.at(-1)?.index ?? -1, chats.length);

  // A new filter or search starts at the top.
  const paramsKey = JSON.stringify(params);
  useEffect(() => {
    virtualizer.scrollToOffset(0);
  }, [paramsKey, virtualizer]);

  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <p aria-live="polite" className="flex items-center px-4 py-1.5 text-xs text-slate-500">
        <span>{listStatus(chats.length, pages, query.isFetching)}</span>
        <StaleBadge fetchedAt={oldestStale(pages)} />
      </p>
      {query.isPending && <ChatRowSkeletons />}
      {query.isError && !data && (
        <ErrorState
          error={query.error}
          onRetry={() => void query.refetch()}
          retrying={query.isFetching}
        />
      )}
      {data && chats.length === 0 && (
        <NoChats indexing={indexing} filtered={filtered} onClearFilters={onClearFilters} />
      )}
      <div
        ref={scrollRef}
        hidden={!data || chats.length === 0}
        className="min-h-0 flex-1 overflow-y-auto"
      >
        <div className="relative w-full" style={{ height: virtualizer.getTotalSize() }}>
          {/* eslint-disable-next-line jsx-a11y/interactive-supports-focus -- roving tabindex (APG listbox): the options take focus, the listbox handles their keys */}
          <div
            ref={listboxRef}
            role="listbox"
            aria-label="Chats"
            aria-busy={query.isFetching}
            className="absolute inset-0"
            onKeyDown={roving.onKeyDown}
            onFocus={roving.onFocus}
          >
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
                  labelNames={labelNames}
                  start={item.start}
                  onSelect={onSelectChat}
                />
              );
            })}
          </div>
          {items.map((item) =>
            item.index === chats.length ? (
              <div
                key={item.key}
                className="absolute top-0 left-0 flex h-12 w-full items-center justify-center px-4"
                style={{ transform: `translateY(${item.start}px)` }}
              >
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
