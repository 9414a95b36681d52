/**
 * Membership history from a group's notifications (docs/periskope-api.md#notification): who an
 * event is about, a member's own joins, leaves and role changes, and who was in the group at a past
 * instant.
 */
import type { Notification } from '@/lib/api-types.ts';
import { instantOf, neighbourTimes } from '@/lib/timeline.ts';

type Event = Pick<Notification, 'type' | 'author' | 'recipientids' | 'timestamp'>;

const JOINS = new Set(['add', 'invite']);
const LEAVES = new Set(['remove', 'leave']);
const ROLES = new Set(['promote', 'demote']);

/**
 * A null `type` (official type: `string | null`) is an unknown event: never a membership change.
 */
const isIn = (kinds: ReadonlySet<string>, type: string | null) => type !== null && kinds.has(type);

/**
 * Members an event is about: `recipientids`, else the author for `leave`/`invite` (the member
 * left or joined by themself; Periskope may leave `recipientids` empty then).
 */
export function eventSubjects(event: Pick<Event, 'type' | 'author' | 'recipientids'>): string[] {
  if (event.recipientids.length > 0) return event.recipientids;
  return (event.type === 'leave' || event.type === 'invite') && event.author ? [event.author] : [];
}

/**
 * A member's joins, leaves and role changes: membership and admin events about them.
 * @param events - any order; kept as given
 * @param contactId - `…@c.us`
 */
export function memberEvents<T extends Event>(events: readonly T[], contactId: string): T[] {
  return events.filter(
    (e) =>
      (isIn(JOINS, e.type) || isIn(LEAVES, e.type) || isIn(ROLES, e.type)) &&
      eventSubjects(e).includes(contactId),
  );
}

/** Why an answer may be wrong: older events not loaded yet, or none recorded that far back. */
export type IncompleteReason = 'not-loaded' | 'before-history';

export interface MembersOnDate {
  /** Contact ids in the group at `at`, sorted. */
  members: string[];
  /** Members now who were not in the group at `at`. */
  joinedSince: string[];
  /** Members at `at` who are not in the group now. */
  leftSince: string[];
  /** `at` is before the group was created (`create` event or `created_at`): `members` is empty. */
  beforeCreation: boolean;
  /** Null when every event after `at` is known and the log reaches back to `at`. */
  incomplete: IncompleteReason | null;
}

export interface MembersOnDateInput {
  /** Contact ids of the current members (GET /api/chats/:chatId `members`). */
  current: readonly string[];
  /**
   * Loaded notifications in page order (newest first), so they cover a recent span. One without a
   * time counts at its neighbour's (lib/timeline.ts `neighbourTimes`), where the page put it.
   */
  events: readonly Event[];
  /** The instant asked about, epoch ms (the end of the chosen day). */
  at: number;
  /** True when there are no older pages to load. */
  allLoaded: boolean;
  /** The chat's `created_at` (null when unknown, e.g. Periskope's 1970). */
  createdAt?: string | null | undefined;
}

/**
 * Walks back from now: undoes every membership event after `at`. Undoing an add or invite
 * removes its members; undoing a remove or leave puts them back.
 * @returns the members at `at`, and whether the answer rests on the whole history
 */
export function membersOnDate({
  current,
  events,
  at,
  allLoaded,
  createdAt,
}: MembersOnDateInput): MembersOnDate {
  const times = neighbourTimes(events, (e) => instantOf(e.timestamp));
  // Stable: events with equal (or borrowed) times keep their page order.
  const newestFirst = events
    .map((event, i) => ({ event, time: times[i] ?? Number.POSITIVE_INFINITY }))
    .sort((a, b) => b.time - a.time || 0);
  const members = new Set(current);
  for (const { event, time } of newestFirst) {
    if (time <= at) break;
    const subjects = eventSubjects(event);
    if (isIn(JOINS, event.type)) subjects.forEach((id) => members.delete(id));
    if (isIn(LEAVES, event.type)) subjects.forEach((id) => members.add(id));
  }
  // Only a creation time of its own counts: a borrowed one could move the group's birth.
  const created =
    events
      .map((e) => (e.type === 'create' ? instantOf(e.timestamp) : null))
      .find((ms) => ms !== null) ?? instantOf(createdAt);
  const now = new Set(current);
  if (created !== null && at < created) {
    return {
      members: [],
      joinedSince: [...now].sort(),
      leftSince: [],
      beforeCreation: true,
      incomplete: null,
    };
  }
  const reached = newestFirst.some(({ time }) => time <= at);
  const incomplete: IncompleteReason | null = reached
    ? null
    : allLoaded
      ? 'before-history'
      : 'not-loaded';
  return {
    members: [...members].sort(),
    joinedSince: [...now].filter((id) => !members.has(id)).sort(),
    leftSince: [...members].filter((id) => !now.has(id)).sort(),
    beforeCreation: false,
    incomplete,
  };
}

/**
 * @param now - the instant (default: the current time)
 * @returns its calendar day in the local time zone as a date input's value, `YYYY-MM-DD`
 *   (`toISOString()` would give the UTC day: tomorrow or yesterday near midnight)
 */
export function localDateValue(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * @param date - a date input's value, `YYYY-MM-DD`
 * @returns the last millisecond of that day in the local time zone (epoch ms), or null if invalid
 */
export function endOfLocalDay(date: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return null;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + 1);
  return Number.isNaN(d.getTime()) ? null : d.getTime() - 1;
}
