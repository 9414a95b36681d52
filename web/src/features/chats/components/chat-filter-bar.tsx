/**
 * Above the chat list: search, chat type, Unread, the "Filters" disclosure, sort, and the
 * list ↔ table toggle. Every control writes the URL through `setFilters`.
 */
import { useId, useState } from 'react';
import { Chip } from '@/components/ui/chip.tsx';
import { ListIcon, TableIcon } from '@/components/ui/icons.tsx';
import type { ChatFiltersApi } from '../hooks/use-chat-filters.ts';
import {
  activeFilterCount,
  type ChatType,
  type SortField,
  type SortOrder,
} from '../lib/chat-filters.ts';
import { ChatFilterPanel } from './chat-filter-panel.tsx';
import { ChatSearchBox } from './chat-search-box.tsx';

const TYPES: { value: ChatType | undefined; label: string }[] = [
  { value: undefined, label: 'All' },
  { value: 'user', label: 'Users' },
  { value: 'group', label: 'Groups' },
  { value: 'business', label: 'Business' },
];

const SORTS: { value: `${SortField}:${SortOrder}`; label: string }[] = [
  { value: 'latest_message_timestamp:desc', label: 'Latest activity' },
  { value: 'latest_message_timestamp:asc', label: 'Oldest activity' },
  { value: 'created_at:desc', label: 'Newest chats' },
  { value: 'created_at:asc', label: 'Oldest chats' },
];

export interface ChatFilterBarProps extends ChatFiltersApi {
  labelNames: Record<string, string>;
}

export function ChatFilterBar({
  filters,
  setFilters,
  resetFilters,
  labelNames,
}: ChatFilterBarProps) {
  // The table leaves the left pane free: filters start open there.
  const [open, setOpen] = useState(filters.view === 'table');
  const panelId = useId();
  const narrowing =
    activeFilterCount(filters) -
    (filters.q ? 1 : 0) -
    (filters.chat_type ? 1 : 0) -
    (filters.unread ? 1 : 0);
  return (
    <div className="flex flex-col gap-2 border-b border-slate-200 px-3 pt-3 pb-2">
      <ChatSearchBox
        value={filters.q ?? ''}
        onSearch={(q) => setFilters({ q }, { replace: true })}
      />
      <div className="flex items-center gap-1.5">
        <div role="radiogroup" aria-label="Chat type" className="flex gap-1.5">
          {TYPES.map((type) => (
            <Chip
              key={type.label}
              role="radio"
              aria-checked={filters.chat_type === type.value}
              active={filters.chat_type === type.value}
              onClick={() => setFilters({ chat_type: type.value })}
            >
              {type.label}
            </Chip>
          ))}
        </div>
        <Chip
          aria-pressed={Boolean(filters.unread)}
          active={Boolean(filters.unread)}
          onClick={() => setFilters({ unread: filters.unread ? undefined : true })}
        >
          Unread
        </Chip>
      </div>
      <div className="flex items-center gap-2">
        <Chip
          aria-expanded={open}
          aria-controls={panelId}
          active={open || narrowing > 0}
          onClick={() => setOpen(!open)}
        >
          Filters{narrowing > 0 ? ` (${narrowing})` : ''}
        </Chip>
        <select
          aria-label="Sort chats"
          value={`${filters.sort_by}:${filters.sort_order}`}
          onChange={(event) => {
            const [sort_by, sort_order] = event.target.value.split(':') as [SortField, SortOrder];
            setFilters({ sort_by, sort_order });
          }}
          className="h-7 min-w-0 flex-1 rounded-full bg-surface px-2 text-xs text-slate-700 ring-1 ring-slate-200 outline-none focus:ring-2 focus:ring-wa-teal"
        >
          {SORTS.map((sort) => (
            <option key={sort.value} value={sort.value}>
              {sort.label}
            </option>
          ))}
        </select>
        <div role="group" aria-label="View" className="flex shrink-0 gap-1">
          <Chip
            aria-pressed={filters.view === 'list'}
            active={filters.view === 'list'}
            aria-label="List view"
            title="List view"
            className="px-2"
            onClick={() => setFilters({ view: 'list' })}
          >
            <ListIcon />
          </Chip>
          <Chip
            aria-pressed={filters.view === 'table'}
            active={filters.view === 'table'}
            aria-label="Table view"
            title="Table view"
            className="px-2"
            onClick={() => {
              setOpen(true);
              setFilters({ view: 'table' });
            }}
          >
            <TableIcon />
          </Chip>
        </div>
      </div>
      {open && (
        <ChatFilterPanel
          id={panelId}
          filters={filters}
          setFilters={setFilters}
          resetFilters={resetFilters}
          labelNames={labelNames}
        />
      )}
    </div>
  );
}
