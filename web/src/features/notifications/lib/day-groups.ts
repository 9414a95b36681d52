/**
 * Day sections of a timeline (newest first), by local calendar day.
 */
import { localDayKey } from '../../../lib/format.ts';

export interface DayGroup<T> {
  /** `YYYY-M-D` in the local time zone. */
  key: string;
  /** ISO instant of the group's first item, for its heading (`formatDayLabel`). */
  iso: string;
  items: T[];
}

/**
 * Groups consecutive items of the same local day, keeping their order.
 * @param items - sorted by time (either direction)
 * @param isoOf - the item's ISO 8601 instant
 */
export function groupByDay<T>(items: readonly T[], isoOf: (item: T) => string): DayGroup<T>[] {
  const groups: DayGroup<T>[] = [];
  for (const item of items) {
    const iso = isoOf(item);
    const key = localDayKey(iso);
    const last = groups[groups.length - 1];
    if (last && last.key === key) last.items.push(item);
    else groups.push({ key, iso, items: [item] });
  }
  return groups;
}
