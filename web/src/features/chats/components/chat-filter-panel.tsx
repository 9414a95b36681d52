/**
 * The "Filters" disclosure: phone (x-phone scope), label, assignee, activity date range, and
 * "Clear filters". Labels and assignees come from the BFF index's facets (with counts).
 */
import { useQuery } from '@tanstack/react-query';
import { Button } from '@/components/ui/button.tsx';
import { InputField, SelectField } from '@/components/ui/field.tsx';
import { PhoneOptions } from '@/features/shared/components/phone-options.tsx';
import { formatCount } from '@/lib/format.ts';
import { chatQueries } from '../api/chat-queries.ts';
import type { ChatFiltersApi } from '../hooks/use-chat-filters.ts';
import { activeFilterCount, clearChatFilters } from '../lib/chat-filters.ts';

export interface ChatFilterPanelProps extends ChatFiltersApi {
  id: string;
  labelNames: Record<string, string>;
}

export function ChatFilterPanel({
  id,
  filters,
  setFilters,
  resetFilters,
  labelNames,
}: ChatFilterPanelProps) {
  const phones = useQuery(chatQueries.phones());
  const facets = useQuery(chatQueries.facets(filters.phone));
  const counting = facets.isPending ? ' (counting…)' : '';
  // Periskope applies start_time/end_time to the sort field (simulator http/chat-query.ts).
  const range = filters.sort_by === 'created_at' ? 'Created' : 'Active';
  return (
    <div id={id} className="grid grid-cols-2 gap-2 rounded-lg bg-surface p-2 ring-1 ring-slate-200">
      <SelectField
        label="Phone"
        value={filters.phone ?? ''}
        onChange={(e) => setFilters({ phone: e.target.value || undefined })}
        className="col-span-2"
      >
        <PhoneOptions phones={phones.data?.phones} />
      </SelectField>
      <SelectField
        label={`Label${counting}`}
        value={filters.label ?? ''}
        onChange={(e) => setFilters({ label: e.target.value || undefined })}
      >
        <option value="">Any label</option>
        {filters.label && !facets.data?.labels.some((l) => l.label_id === filters.label) && (
          <option value={filters.label}>{labelNames[filters.label] ?? filters.label}</option>
        )}
        {facets.data?.labels.map((label) => (
          <option key={label.label_id} value={label.label_id}>
            {labelNames[label.label_id] ?? label.label_id} ({formatCount(label.count)})
          </option>
        ))}
      </SelectField>
      <SelectField
        label={`Assigned to${counting}`}
        value={filters.assigned_to ?? ''}
        onChange={(e) => setFilters({ assigned_to: e.target.value || undefined })}
      >
        <option value="">Anyone</option>
        <option value="none">
          Unassigned{facets.data ? ` (${formatCount(facets.data.unassigned)})` : ''}
        </option>
        {filters.assigned_to &&
          filters.assigned_to !== 'none' &&
          !facets.data?.assignees.some((a) => a.email === filters.assigned_to) && (
            <option value={filters.assigned_to}>{filters.assigned_to}</option>
          )}
        {facets.data?.assignees.map((assignee) => (
          <option key={assignee.email} value={assignee.email}>
            {assignee.email} ({formatCount(assignee.count)})
          </option>
        ))}
      </SelectField>
      <InputField
        label={`${range} from`}
        type="date"
        value={filters.start_time ?? ''}
        max={filters.end_time}
        onChange={(e) => setFilters({ start_time: e.target.value || undefined })}
      />
      <InputField
        label={`${range} until`}
        type="date"
        value={filters.end_time ?? ''}
        min={filters.start_time}
        onChange={(e) => setFilters({ end_time: e.target.value || undefined })}
      />
      <div className="col-span-2 flex items-center justify-between pt-1">
        <span className="text-[11px] text-slate-500">
          {facets.data && !facets.data.complete
            ? 'Counts so far: the server is still indexing chats.'
            : ''}
        </span>
        <Button
          size="sm"
          variant="ghost"
          disabled={activeFilterCount(filters) === 0}
          onClick={() => resetFilters(clearChatFilters(filters))}
        >
          Clear filters
        </Button>
      </div>
    </div>
  );
}
