/**
 * "Who was in the group on date D": the members at the end of a chosen day, walked back from
 * today's members through the loaded membership events (membersOnDate), saying when the answer
 * may be wrong and offering to load the history back to that day.
 */
import { useId, useMemo, useState } from 'react';
import { Button } from '@/components/ui/button.tsx';
import type { Notification } from '@/lib/api-types.ts';
import { formatDayLabel } from '@/lib/format.ts';
import { instantOf } from '@/lib/timeline.ts';
import { endOfLocalDay, localDateValue, membersOnDate } from '../lib/membership.ts';

export interface MembersOnDateProps {
  current: readonly string[];
  events: readonly Notification[];
  allLoaded: boolean;
  createdAt: string | null;
  nameOf: (contactId: string) => string;
  onMember: (contactId: string) => void;
  /** Loads older pages until the history reaches `at` (epoch ms) or ends. */
  onLoadBack: (at: number) => void;
  loadingBack: boolean;
}

/** "12 October 2026": a day label measured from 1970, so never "Today" or "Yesterday". */
const longDate = (ms: number) => formatDayLabel(new Date(ms).toISOString(), new Date(0));

/** A `section`: the date input, then the answer (a group whose summary sentence is a `status`). */
export function MembersOnDate({
  current,
  events,
  allLoaded,
  createdAt,
  nameOf,
  onMember,
  onLoadBack,
  loadingBack,
}: MembersOnDateProps) {
  const inputId = useId();
  const [date, setDate] = useState('');
  const at = endOfLocalDay(date);
  const answer = useMemo(
    () => (at === null ? null : membersOnDate({ current, events, at, allLoaded, createdAt })),
    [at, current, events, allLoaded, createdAt],
  );
  // The oldest loaded event with a time, epoch ms (events without one are left out).
  const oldest = events.reduce<number | null>((min, e) => {
    const ms = instantOf(e.timestamp);
    return ms !== null && (min === null || ms < min) ? ms : min;
  }, null);
  // Named people first (alphabetical), then bare numbers: a list that starts with numbers reads as
  // noise.
  const names = (ids: string[]) =>
    ids
      .map((id) => ({ id, name: nameOf(id) }))
      .sort(
        (a, b) =>
          Number(a.name.startsWith('+')) - Number(b.name.startsWith('+')) ||
          a.name.localeCompare(b.name),
      );
  return (
    <section
      aria-labelledby={`${inputId}-h`}
      className="rounded-lg bg-slate-50 px-3 py-2 ring-1 ring-slate-200"
    >
      <div className="flex flex-wrap items-center justify-between gap-x-2 gap-y-1">
        <h4 id={`${inputId}-h`} className="text-xs font-medium text-slate-700">
          <label htmlFor={inputId}>Who was in the group on</label>
        </h4>
        <input
          id={inputId}
          type="date"
          value={date}
          max={localDateValue()}
          onChange={(e) => setDate(e.target.value)}
          className="h-7 rounded-md bg-surface px-1.5 text-xs text-slate-900 ring-1 ring-slate-300 outline-none focus:ring-2 focus:ring-wa-teal"
        />
      </div>
      {answer && at !== null && (
        // Only the summary is a live region: the lists below run to 1,024 names.
        <div
          role="group"
          aria-label="Members on that date"
          className="mt-2 flex flex-col gap-2 text-sm text-slate-700"
        >
          {answer.beforeCreation ? (
            <p role="status">The group did not exist yet on {longDate(at)}.</p>
          ) : (
            <>
              <p role="status">
                <strong className="font-semibold text-slate-900">
                  {answer.members.length} {answer.members.length === 1 ? 'member' : 'members'}
                </strong>{' '}
                at the end of {longDate(at)}
                {answer.joinedSince.length + answer.leftSince.length > 0 &&
                  ` · ${answer.joinedSince.length} joined and ${answer.leftSince.length} left since`}
                {answer.joinedSince.length + answer.leftSince.length === 0 &&
                  ' · the same as today'}
              </p>
              {answer.incomplete === 'not-loaded' && (
                <div className="flex flex-wrap items-center gap-2 rounded-md bg-amber-50 px-2 py-1.5 text-amber-900 ring-1 ring-amber-200">
                  <p className="flex-1">
                    Incomplete: the history is loaded back to{' '}
                    {oldest !== null ? longDate(oldest) : 'no event yet'} only, so changes before
                    that are missing.
                  </p>
                  <Button
                    size="sm"
                    variant="secondary"
                    disabled={loadingBack}
                    onClick={() => onLoadBack(at)}
                  >
                    {loadingBack ? 'Loading history…' : `Load history back to ${longDate(at)}`}
                  </Button>
                </div>
              )}
              {answer.incomplete === 'before-history' && (
                <p className="rounded-md bg-amber-50 px-2 py-1.5 text-amber-900 ring-1 ring-amber-200">
                  Incomplete: no events are recorded before{' '}
                  {oldest !== null ? longDate(oldest) : 'today'} and the group&apos;s creation is
                  not in its history, so this assumes nobody joined or left before then.
                </p>
              )}
              <MemberNames
                label="Members then"
                people={names(answer.members)}
                onMember={onMember}
              />
              {answer.leftSince.length > 0 && (
                <MemberNames
                  label="Left since"
                  people={names(answer.leftSince)}
                  onMember={onMember}
                />
              )}
              {answer.joinedSince.length > 0 && (
                <MemberNames
                  label="Joined since"
                  people={names(answer.joinedSince)}
                  onMember={onMember}
                />
              )}
            </>
          )}
        </div>
      )}
    </section>
  );
}

/** Names shown per list before "and N more". */
const COLLAPSED = 8;

function MemberNames({
  label,
  people,
  onMember,
}: {
  label: string;
  people: { id: string; name: string }[];
  onMember: (id: string) => void;
}) {
  const [all, setAll] = useState(false);
  const shown = all ? people : people.slice(0, COLLAPSED);
  return (
    <div>
      <p className="text-xs font-medium text-slate-500">{label}</p>
      <ul aria-label={label} className="flex flex-wrap gap-x-1 text-sm">
        {shown.map((p, i) => (
          <li key={p.id}>
            <button
              type="button"
              onClick={() => onMember(p.id)}
              className="text-teal-800 hover:underline"
            >
              {p.name}
            </button>
            {i < shown.length - 1 && ','}
          </li>
        ))}
        {people.length > COLLAPSED && (
          <li>
            <button
              type="button"
              onClick={() => setAll(!all)}
              className="font-medium text-slate-600 hover:underline"
            >
              {all ? 'Show fewer' : `and ${people.length - COLLAPSED} more`}
            </button>
          </li>
        )}
      </ul>
    </div>
  );
}
