/**
 * Day sections of a timeline (newest first), by local calendar day. An item without a time
 * (official `NotificationType.timestamp` is `string | null`) keeps its place and joins the day of
 * its neighbour: the item before it, or for leading items the first item with a time.
 */
import { formatDayLabel, localDayKey } from '@/lib/format.ts';
import { dayInstants } from '@/lib/timeline.ts';

/** The key of the one group of a list where no item has a time. */
export const UNDATED_DAY = 'undated';

export interface DayGroup<T> {
  /** `YYYY-M-D` in the local time zone; {@link UNDATED_DAY} when no item of the list has a time. */
  key: string;
  /**
   * ISO instant of the group's first item with a time, for its heading (`formatDayLabel`); null
   * when none has one.
   */
  iso: string | null;
  items: T[];
}

/**
 * Groups consecutive items of the same local day, keeping their order.
 * @param items - sorted by time (either direction), or in page order
 * @param isoOf - the item's ISO 8601 instant; null (or unparseable) when it has none
 */
export function groupByDay<T>(
  items: readonly T[],
  isoOf: (item: T) => string | null,
): DayGroup<T>[] {
  const days = dayInstants(items, isoOf);
  const groups: DayGroup<T>[] = [];
  items.forEach((item, i) => {
    const iso = days[i] ?? null;
    const key = iso === null ? UNDATED_DAY : localDayKey(iso);
    const last = groups[groups.length - 1];
    if (last && last.key === key) last.items.push(item);
    else groups.push({ key, iso, items: [item] });
  });
  return groups;
}

/**
 * @param group - a day group
 * @param now - reference instant for "Today" / "Yesterday"
 * @returns its heading: `Today`, `Yesterday`, a full date, or `Date unknown` when no item has a time
 */
export function dayLabel(group: Pick<DayGroup<unknown>, 'iso'>, now?: Date): string {
  return group.iso !== null ? formatDayLabel(group.iso, now) : 'Date unknown';
}
