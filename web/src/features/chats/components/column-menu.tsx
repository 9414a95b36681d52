/**
 * "Columns" menu of the chat table: a native disclosure (`<details>`) of checkboxes, one per
 * column, bound to react-table's column visibility.
 */
import type { ReactTable } from '@tanstack/react-table';
import type { ChatListItem } from '@/lib/api-types.ts';
import type { chatTableFeatures } from '../lib/chat-columns.tsx';

export function ColumnMenu({
  table,
}: {
  table: ReactTable<typeof chatTableFeatures, ChatListItem>;
}) {
  return (
    <details className="relative">
      <summary className="cursor-pointer rounded px-2 py-0.5 text-slate-600 hover:bg-slate-100">
        Columns
      </summary>
      <fieldset className="absolute right-0 z-20 mt-1 flex w-44 flex-col gap-1 rounded-md bg-surface p-2 text-xs shadow-lg ring-1 ring-slate-200">
        <legend className="sr-only">Visible columns</legend>
        {table.getAllLeafColumns().map((column) => (
          <label key={column.id} className="flex items-center gap-2">
            <input
              type="checkbox"
              checked={column.getIsVisible()}
              disabled={column.id === 'name'}
              onChange={(event) => column.toggleVisibility(event.target.checked)}
            />
            {String(column.columnDef.header ?? column.id)}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
