/**
 * Header row of the chat table: sort buttons (server sort for "Last message" and "Created",
 * within the loaded rows for the rest, said so) and the column-visibility menu.
 */
import type { ReactTable } from '@tanstack/react-table';
import type { ChatListItem } from '@/lib/api-types.ts';
import { cn } from '@/lib/cn.ts';
import { formatCount } from '@/lib/format.ts';
import type { chatTableFeatures } from '../lib/chat-columns.tsx';
import type { SortField, SortOrder } from '../lib/chat-filters.ts';
import { COLUMN_WIDTHS } from './chat-table-widths.ts';
import { ColumnMenu } from './column-menu.tsx';

type Sort = { sort_by: SortField; sort_order: SortOrder };

export interface ChatTableHeaderProps {
  table: ReactTable<typeof chatTableFeatures, ChatListItem>;
  sort: Sort;
  onSort: (sort: Sort) => void;
  /** A column is sorted in the browser (within the loaded rows). */
  clientSorted: boolean;
  loaded: number;
}

const ARROWS = { asc: ' ▲', desc: ' ▼' } as const;

export function ChatTableHeader({
  table,
  sort,
  onSort,
  clientSorted,
  loaded,
}: ChatTableHeaderProps) {
  return (
    <div role="rowgroup" className="sticky top-0 z-10 bg-slate-50">
      {/* A div, not a p: the column menu (a details with a fieldset) may not sit inside a paragraph. */}
      <div className="flex items-center justify-between border-b border-slate-200 px-3 py-1 text-[11px] text-slate-500">
        <span>
          {clientSorted
            ? `Sorted within the ${formatCount(loaded)} loaded rows (Periskope cannot sort by this column).`
            : `Sorted by Periskope: ${sort.sort_by === 'created_at' ? 'created' : 'last message'}, ${sort.sort_order === 'desc' ? 'newest first' : 'oldest first'}.`}
        </span>
        <ColumnMenu table={table} />
      </div>
      <div
        role="row"
        aria-rowindex={1}
        className="flex h-9 items-center border-b border-slate-200 font-medium text-slate-600"
      >
        {table.getHeaderGroups()[0]?.headers.map((header) => {
          const serverSort = header.column.columnDef.meta?.serverSort;
          const title = String(header.column.columnDef.header ?? header.id);
          const serverActive =
            serverSort !== undefined && !clientSorted && sort.sort_by === serverSort;
          const clientDirection = header.column.getIsSorted();
          const direction = serverSort ? (serverActive ? sort.sort_order : false) : clientDirection;
          const onClick = serverSort
            ? () => {
                table.resetSorting();
                onSort({
                  sort_by: serverSort,
                  sort_order: serverActive && sort.sort_order === 'desc' ? 'asc' : 'desc',
                });
              }
            : header.column.getToggleSortingHandler();
          return (
            <div
              key={header.id}
              role="columnheader"
              aria-sort={
                direction === 'asc' ? 'ascending' : direction === 'desc' ? 'descending' : 'none'
              }
              className={cn(
                'px-3',
                COLUMN_WIDTHS[header.id],
                header.column.columnDef.meta?.align === 'right' && 'text-right',
              )}
            >
              <button
                type="button"
                onClick={onClick}
                className="rounded text-left whitespace-nowrap hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-wa-teal"
              >
                {title}
                {direction ? ARROWS[direction] : ''}
              </button>
            </div>
          );
        })}
      </div>
    </div>
  );
}
