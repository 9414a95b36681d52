/**
 * Columns of the chat table: name, type, labels, assignee, members, unread, snoozed until, flagged,
 * last message, created. "Last message" and "Created" sort on the server (Periskope's `sort_by`);
 * the others sort within the loaded rows (react-table's sorted row model).
 */
import {
  createColumnHelper,
  createSortedRowModel,
  rowSortingFeature,
  columnVisibilityFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  tableFeatures,
} from '@tanstack/react-table';
import { Highlight } from '@/components/ui/highlight.tsx';
import type { ChatListItem } from '@/lib/api-types.ts';
import { chatDisplayName, chatTypeLabel } from '@/lib/chat-labels.ts';
import { describeMessage } from '@/lib/describe-message.ts';
import { formatChatTime } from '@/lib/format.ts';
import type { SortField } from './chat-filters.ts';
import { activeSnooze, formatSnoozeUntil } from './chat-markers.ts';
import { nameRanges } from './row-match.ts';

export const chatTableFeatures = tableFeatures({
  rowSortingFeature,
  columnVisibilityFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, basic: sortFn_basic },
  columnMeta: {} as { serverSort?: SortField; align?: 'right' },
});

const column = createColumnHelper<typeof chatTableFeatures, ChatListItem>();

/** Label names for the labels column, set by the table before rendering. */
export interface ColumnContext {
  labelNames: Record<string, string>;
}

const createdFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** @returns the column definitions; `ctx` is read at render time */
export function chatColumns(ctx: ColumnContext) {
  return column.columns([
    column.accessor((chat) => chatDisplayName(chat), {
      id: 'name',
      header: 'Name',
      sortFn: 'alphanumeric',
      cell: (info) => (
        <Highlight text={info.getValue()} ranges={nameRanges(info.row.original, info.getValue())} />
      ),
    }),
    column.accessor('chat_type', {
      id: 'type',
      header: 'Type',
      sortFn: 'alphanumeric',
      cell: (info) => chatTypeLabel(info.getValue()),
    }),
    column.accessor((chat) => chat.label_ids.map((id) => ctx.labelNames[id] ?? id).join(', '), {
      id: 'labels',
      header: 'Labels',
      sortFn: 'alphanumeric',
      sortUndefined: 'last',
      cell: (info) => info.getValue() || '—',
    }),
    column.accessor((chat) => chat.assigned_to ?? '', {
      id: 'assignee',
      header: 'Assignee',
      sortFn: 'alphanumeric',
      cell: (info) => info.getValue() || '—',
    }),
    column.accessor((chat) => chat.member_count ?? -1, {
      id: 'members',
      header: 'Members',
      sortFn: 'basic',
      meta: { align: 'right' },
      cell: (info) => (info.getValue() >= 0 ? info.getValue() : '—'),
    }),
    column.accessor((chat) => chat.message_unread_count ?? 0, {
      id: 'unread',
      header: 'Unread',
      sortFn: 'basic',
      meta: { align: 'right' },
      cell: (info) => info.getValue() || '',
    }),
    // A snooze that has ended reads as none (0 sorts it with the chats never snoozed).
    column.accessor((chat) => activeSnooze(chat) ?? 0, {
      id: 'snoozed',
      header: 'Snoozed until',
      sortFn: 'basic',
      cell: (info) => (info.getValue() ? formatSnoozeUntil(info.getValue()) : ''),
    }),
    column.accessor((chat) => chat.flag_count, {
      id: 'flagged',
      header: 'Flagged',
      sortFn: 'basic',
      meta: { align: 'right' },
      cell: (info) => info.getValue() || '',
    }),
    column.accessor((chat) => chat.latest_message?.timestamp ?? '', {
      id: 'last_message',
      header: 'Last message',
      enableSorting: false,
      meta: { serverSort: 'latest_message_timestamp' },
      cell: (info) => {
        const latest = info.row.original.latest_message;
        return latest ? (
          <span className="flex min-w-0 gap-2">
            {latest.timestamp && (
              <time dateTime={latest.timestamp} className="shrink-0 text-slate-500">
                {formatChatTime(latest.timestamp)}
              </time>
            )}
            <span className="truncate">{describeMessage(latest)}</span>
          </span>
        ) : (
          '—'
        );
      },
    }),
    column.accessor((chat) => chat.created_at ?? '', {
      id: 'created',
      header: 'Created',
      enableSorting: false,
      meta: { serverSort: 'created_at' },
      cell: (info) =>
        info.getValue() ? createdFormat.format(new Date(info.getValue())) : 'Unknown',
    }),
  ]);
}
