/**
 * The org-wide activity page: group notifications across all groups of a phone
 * scope, newest first, under day headings, filtered by date range, kind or type (URL search
 * params). Each row links to its chat and to the event in the thread.
 */
import { useInfiniteQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { ErrorState } from '@/components/ui/error-state.tsx';
import { Skeleton } from '@/components/ui/skeleton.tsx';
import { formatDateTime } from '@/lib/format.ts';
import { NOTIFICATION_PAGE_SIZE, notificationQueries } from '../api/notification-queries.ts';
import { scanCapped } from '../lib/feed-paging.ts';
import {
  feedParams,
  parseActivityFilters,
  writeActivityFilters,
  type ActivityFilters,
} from '../lib/activity-filters.ts';
import { dayLabel, groupByDay } from '../lib/day-groups.ts';
import { uniqueNotifications } from '../lib/unique-notifications.ts';
import type { PhoneOption } from '@/features/shared/components/phone-options.tsx';
import { ActivityFilterBar } from './activity-filter-bar.tsx';
import { ActivityRow } from './activity-row.tsx';
import { LoadMore } from './load-more.tsx';

export interface ActivityPageProps {
  /** The org's phones (GET /api/phones), for the phone picker and their names in sentences. */
  phones: readonly PhoneOption[] | undefined;
  chatHref: (chatId: string) => string;
  eventHref: (chatId: string, notificationId: string) => string;
}

/** A `main` landmark named "Activity". */
export function ActivityPage({ phones, chatHref, eventHref }: ActivityPageProps) {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => parseActivityFilters(params), [params]);
  const setFilters = useCallback(
    (patch: Partial<ActivityFilters>) =>
      setParams((prev) => writeActivityFilters({ ...parseActivityFilters(prev), ...patch }, prev)),
    [setParams],
  );
  const query = useInfiniteQuery(notificationQueries.feed(feedParams(filters)));
  const { data, hasNextPage, isFetchingNextPage, fetchNextPage, isFetchNextPageError, error } =
    query;
  const events = useMemo(() => uniqueNotifications(data?.pages), [data]);
  const days = useMemo(() => groupByDay(events, (n) => n.timestamp), [events]);
  const loadMore = useCallback(() => void fetchNextPage(), [fetchNextPage]);
  // A filtered page the server cut short: the next loads on a click only (feed-paging.ts).
  const lastPage = data?.pages.at(-1);
  const capped = scanCapped(lastPage, NOTIFICATION_PAGE_SIZE);
  // `scanned_to` is the oldest examined event's time: null (or unparseable) when it had none.
  const scannedTo = capped && lastPage?.scanned_to ? formatDateTime(lastPage.scanned_to) : '';
  const searchedTo = scannedTo ? `Searched back to ${scannedTo} — ` : '';
  return (
    <main aria-label="Activity" className="flex min-w-0 flex-1 flex-col overflow-y-auto bg-surface">
      <div className="sticky top-0 z-10 flex flex-col gap-3 border-b border-slate-200 bg-surface px-6 py-4">
        <h2 className="text-lg font-semibold text-slate-900">Group activity</h2>
        <ActivityFilterBar filters={filters} onChange={setFilters} phones={phones} />
      </div>
      <div className="px-6 py-3">
        {query.isPending ? (
          <div role="status" aria-label="Loading activity" className="flex flex-col gap-3">
            <Skeleton className="h-4 w-64" />
            <Skeleton className="h-4 w-80" />
          </div>
        ) : query.isError && !data ? (
          <ErrorState
            error={error}
            onRetry={() => void query.refetch()}
            retrying={query.isFetching}
          />
        ) : (
          <>
            <ol aria-label="Group events" className="flex flex-col gap-2">
              {days.map((day) => (
                <li key={day.key}>
                  <h3 className="pt-2 pb-1 text-xs font-semibold tracking-wide text-slate-500 uppercase">
                    {dayLabel(day)}
                  </h3>
                  <ol aria-label={dayLabel(day)} className="divide-y divide-slate-100">
                    {day.items.map((n) => (
                      <li key={n.notification_id} data-key={`n-${n.notification_id}`}>
                        <ActivityRow
                          notification={n}
                          phone={filters.phone}
                          orgPhones={phones}
                          chatHref={chatHref}
                          eventHref={eventHref}
                        />
                      </li>
                    ))}
                  </ol>
                </li>
              ))}
            </ol>
            {events.length === 0 && (!hasNextPage || capped) && (
              <p className="py-6 text-center text-sm text-slate-500">
                {capped
                  ? 'No group events match these filters in the events searched so far.'
                  : 'No group events match these filters.'}
              </p>
            )}
            <LoadMore
              hasMore={hasNextPage}
              auto={!capped}
              moreText={capped ? `${searchedTo}Search older` : undefined}
              loading={isFetchingNextPage}
              error={isFetchNextPageError ? error : null}
              onLoadMore={loadMore}
              endText={events.length > 0 ? 'No older events.' : ''}
            />
          </>
        )}
      </div>
    </main>
  );
}
