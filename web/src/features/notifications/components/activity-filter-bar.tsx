/**
 * Filters of the activity page: phone scope, a date range, kinds, and one type. A type and the
 * kinds exclude each other: picking one clears the other.
 */
import { InputField, SelectField } from '@/components/ui/field.tsx';
import { PhoneOptions, type PhoneOption } from '@/features/shared/components/phone-options.tsx';
import type { ActivityFilters } from '../lib/activity-filters.ts';
import { KIND_TYPES } from '../lib/notification-kind.ts';
import { KindFilter } from './kind-filter.tsx';

/** Types offered in the type picker: the named kinds' and the known "other" ones. */
const TYPES = [
  ...KIND_TYPES.membership,
  ...KIND_TYPES.admin,
  ...KIND_TYPES.settings,
  'create',
  'call',
];

export interface ActivityFilterBarProps {
  filters: ActivityFilters;
  onChange: (patch: Partial<ActivityFilters>) => void;
  phones: readonly PhoneOption[] | undefined;
}

/** The filter controls; each change calls `onChange` with the changed fields only. */
export function ActivityFilterBar({ filters, onChange, phones }: ActivityFilterBarProps) {
  return (
    <div className="flex flex-col gap-2">
      <div className="grid grid-cols-2 gap-2 md:grid-cols-4">
        <SelectField
          label="Phone"
          value={filters.phone ?? ''}
          onChange={(e) => onChange({ phone: e.target.value || undefined })}
        >
          <PhoneOptions phones={phones} />
        </SelectField>
        <InputField
          label="From"
          type="date"
          value={filters.from ?? ''}
          max={filters.to}
          onChange={(e) => onChange({ from: e.target.value || undefined })}
        />
        <InputField
          label="To"
          type="date"
          value={filters.to ?? ''}
          min={filters.from}
          onChange={(e) => onChange({ to: e.target.value || undefined })}
        />
        <SelectField
          label="Type"
          value={filters.type ?? ''}
          onChange={(e) => onChange({ type: e.target.value || undefined, kinds: [] })}
        >
          <option value="">Any type</option>
          {TYPES.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
          {filters.type && !TYPES.includes(filters.type) && (
            <option value={filters.type}>{filters.type}</option>
          )}
        </SelectField>
      </div>
      <KindFilter
        kinds={filters.kinds}
        onChange={(kinds) => onChange({ kinds, type: undefined })}
      />
    </div>
  );
}
