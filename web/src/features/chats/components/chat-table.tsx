/**
 * The chats as a table: the same pages as the list, react-table columns with sort
 * and visibility, virtualized rows, a row click (or Enter) opens the chat.
 */
import { FlexRender, useTable, type SortingState } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';
import { ErrorState } from '@/components/ui/error-state.tsx';
import { oldestStale, StaleBadge } from '@/features/shared/components/stale-badge.tsx';
import type { ChatListItem } from '@/lib/api-types.ts';
import { cn } from '@/lib/cn.ts';
import type { ChatListParams } from '../api/chat-queries.ts';
import { useChatPages, useFetchNearEnd } from '../hooks/use-chat-pages.ts';
import { useRovingFocus } from '../hooks/use-roving-focus.ts';
import { chatColumns, chatTableFeatures } from '../lib/chat-columns.tsx';
import type { SortField, SortOrder } from '../lib/chat-filters.ts';
import { chatRowKey } from '../lib/dedupe-chats.ts';
import { listStatus } from '../lib/list-status.ts';
import { ChatListFooter } from './chat-list-footer.tsx';
import { ChatTableHeader } from './chat-table-header.tsx';
import { NoChats } from './no-chats.tsx';
import { COLUMN_WIDTHS } from './chat-table-widths.ts';

const ROW_HEIGHT = 44;

export interface ChatTableProps {
  params: ChatListParams;
  sort: { sort_by: SortField; sort_order: SortOrder };
  onSort: (sort: { sort_by: SortField; sort_order: SortOrder }) => void;
  onOpenChat: (chat: ChatListItem) => void;
  filtered: boolean;
  onClearFilters: () => void;
  labelNames: Record<string, string>;
  /** Refetch interval while the tab is visible, ms. */
  refreshMs: number;
}

export function ChatTable({
  params,
  sort,
  onSort,
  onOpenChat,
  filtered,
  onClearFilters,
  labelNames,
  refreshMs,
}: ChatTableProps) {
  const { query, pages, chats } = useChatPages(params, refreshMs);
  const columns = useMemo(() => chatColumns({ labelNames }), [labelNames]);
  const [sorting, setSorting] = useState<SortingState>([]);
  const table = useTable({
    features: chatTableFeatures,
    columns,
    data: chats,
    getRowId: (chat) => chatRowKey(chat),
    state: { sorting },
    onSortingChange: setSorting,
  });
  const rows = table.getRowModel().rows;
  const scrollRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual is mutable by design; the compiler (unused here) would only skip this component
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    getItemKey: (i) => rows[i]?.id ?? i,
  });
  const items = virtualizer.getVirtualItems();
  useFetchNearEnd(query, items.at(-1)?.index ?? -1, chats.length);
  const roving = useRovingFocus(
    rows.length,
    (i) => virtualizer.scrollToIndex(i),
    bodyRef,
    (i) => {
      const row = rows[i];
      if (row) onOpenChat(row.original);
    },
  );
  const visible = table.getVisibleLeafColumns();

  if (query.isError && !query.data)
    return (
      <ErrorState
        className="flex-1 justify-center"
        error={query.error}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <p
        aria-live="polite"
        className="flex items-center gap-2 border-b border-slate-200 px-4 py-2 text-xs text-slate-500"
      >
        <span>{listStatus(chats.length, pages, query.isFetching)}</span>
        <StaleBadge fetchedAt={oldestStale(pages)} />
      </p>
      {query.data && chats.length === 0 ? (
        <NoChats
          className="flex-1"
          indexing={pages.some((page) => page.index && !page.index.complete)}
          filtered={filtered}
          onClearFilters={onClearFilters}
        />
      ) : (
        <div ref={scrollRef} className="min-h-0 flex-1 overflow-auto">
          <div
            role="table"
            aria-label="Chats"
            aria-rowcount={rows.length + 1}
            aria-busy={query.isFetching}
            className="min-w-max text-sm"
          >
            <ChatTableHeader
              table={table}
              sort={sort}
              onSort={onSort}
              clientSorted={sorting.length > 0}
              loaded={chats.length}
            />
            {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- roving tabindex: the rows take focus, their rowgroup handles their keys (useRovingFocus) */}
            <div
              ref={bodyRef}
              role="rowgroup"
              className="relative"
              style={{ height: virtualizer.getTotalSize() }}
              onKeyDown={roving.onKeyDown}
              onFocus={roving.onFocus}
            >
              {items.map((item) => {
                const row = rows[item.index];
                if (!row) return null;
                return (
                  // eslint-disable-next-line jsx-a11y/click-events-have-key-events -- Enter and Space on the focused row are handled by the rowgroup (useRovingFocus)
                  <div
                    key={item.key}
                    role="row"
                    aria-rowindex={item.index + 2}
                    data-index={item.index}
                    tabIndex={item.index === roving.active ? 0 : -1}
                    onClick={() => onOpenChat(row.original)}
                    className="absolute top-0 left-0 flex h-11 w-full cursor-pointer items-center border-b border-slate-100 outline-none hover:bg-slate-50 focus-visible:bg-slate-50 focus-visible:ring-2 focus-visible:ring-wa-teal focus-visible:ring-inset"
                    style={{ transform: `translateY(${item.start}px)` }}
                  >
                    {row.getVisibleCells().map((cell) => (
                      <div
                        key={cell.id}
                        role="cell"
                        className={cn(
                          'truncate px-3',
                          COLUMN_WIDTHS[cell.column.id],
                          cell.column.columnDef.meta?.align === 'right' &&
                            'text-right tabular-nums',
                        )}
                      >
                        <FlexRender cell={cell} />
                      </div>
                    ))}
                  </div>
                );
              })}
            </div>
            {query.data && (
              <div
                className="flex h-12 items-center justify-center"
                aria-hidden={visible.length === 0}
              >
                <ChatListFooter
                  loaded={chats.length}
                  hasNextPage={query.hasNextPage}
                  isFetchingNextPage={query.isFetchingNextPage}
                  error={query.isFetchNextPageError ? query.error : null}
                  onRetry={() => void query.fetchNextPage()}
                />
              </div>
            )}
          </div>
        </div>
      )}
    </div>
  );
}
