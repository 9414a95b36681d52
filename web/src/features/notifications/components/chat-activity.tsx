/**
 * The "Activity" tab of a group: its notifications as a day-grouped timeline with
 * kind filters, one member's history, and who was in the group on a date. Pages load newest
 * first as the end of the list scrolls into view.
 */
import { useInfiniteQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { To } from 'react-router';
import { ErrorState } from '@/components/ui/error-state.tsx';
import { Skeleton } from '@/components/ui/skeleton.tsx';
import type { Members } from '@/lib/api-types.ts';
import { findMember } from '@/lib/members.ts';
import { instantOf } from '@/lib/timeline.ts';
import { notificationQueries } from '../api/notification-queries.ts';
import { memberEvents } from '../lib/membership.ts';
import { nameResolver, type OrgPhone } from '../lib/name-resolver.ts';
import { notificationKind, type NotificationKind } from '../lib/notification-kind.ts';
import { uniqueNotifications } from '../lib/unique-notifications.ts';
import { ChatTimeline } from './chat-timeline.tsx';
import { KindFilter } from './kind-filter.tsx';
import { LoadMore } from './load-more.tsx';
import { MemberHistoryHeader } from './member-history-header.tsx';
import { MembersOnDate } from './members-on-date.tsx';

export interface ChatActivityProps {
  /** A group, `…@g.us`. */
  chatId: string;
  members: Members | undefined;
  /** The org's phones (GET /api/phones), named by `phone_name` as in the thread. */
  orgPhones?: readonly OrgPhone[] | undefined;
  /** The chat's `created_at` (null when unknown). */
  createdAt: string | null;
  /** The member whose history is shown, or null for everyone. */
  member: string | null;
  onMemberChange: (contactId: string | null) => void;
  eventHref?: ((notificationId: string) => To) | undefined;
}

/**
 * The tab's content (a `div`): filters, a member's history or "who was in the group on", the
 * timeline.
 */
export function ChatActivity({
  chatId,
  members,
  orgPhones,
  createdAt,
  member,
  onMemberChange,
  eventHref,
}: ChatActivityProps) {
  const query = useInfiniteQuery(notificationQueries.list(chatId));
  const { data, hasNextPage, isFetchingNextPage, fetchNextPage, isFetchNextPageError, error } =
    query;
  const [kinds, setKinds] = useState<NotificationKind[]>([]);
  const [loadBackTo, setLoadBackTo] = useState<number | null>(null);
  const events = useMemo(() => uniqueNotifications(data?.pages), [data]);
  const nameOf = useMemo(() => nameResolver(members, orgPhones).nameOf, [members, orgPhones]);
  const current = useMemo(() => Object.values(members ?? {}).map((m) => m.contact_id), [members]);
  const shown = useMemo(() => {
    const scoped = member ? memberEvents(events, member) : events;
    return kinds.length === 0
      ? scoped
      : scoped.filter((n) => kinds.includes(notificationKind(n.type)));
  }, [events, member, kinds]);
  const loadMore = useCallback(() => void fetchNextPage(), [fetchNextPage]);

  // "Load history back to D": one page after another until the oldest loaded event is at or before
  // D. Events without a time say nothing about how far back the history reaches.
  const oldest = useMemo(
    () =>
      events.reduce(
        (min, n) => Math.min(min, instantOf(n.timestamp) ?? min),
        Number.POSITIVE_INFINITY,
      ),
    [events],
  );
  const backDone =
    loadBackTo !== null && (!hasNextPage || oldest <= loadBackTo || isFetchNextPageError);
  // Done (or stuck on an error): the request ends, adjusted while rendering, not in an effect.
  if (backDone) setLoadBackTo(null);
  const loadingBack = loadBackTo !== null && !backDone;
  useEffect(() => {
    if (loadingBack && !isFetchingNextPage) void fetchNextPage();
  }, [loadingBack, isFetchingNextPage, fetchNextPage]);

  if (query.isPending) {
    return (
      <div role="status" aria-label="Loading activity" className="flex flex-col gap-3 p-4">
        <Skeleton className="h-4 w-48" />
        <Skeleton className="h-4 w-56" />
        <Skeleton className="h-4 w-40" />
      </div>
    );
  }
  if (query.isError && !data)
    return (
      <ErrorState error={error} onRetry={() => void query.refetch()} retrying={query.isFetching} />
    );
  return (
    <div className="flex flex-col gap-3 px-4 py-3">
      <KindFilter kinds={kinds} onChange={setKinds} />
      {member && (
        <MemberHistoryHeader
          contactId={member}
          name={nameOf(member)}
          member={findMember(members ?? undefined, member)}
          count={memberEvents(events, member).length}
          allLoaded={!hasNextPage}
          onClear={() => onMemberChange(null)}
        />
      )}
      {!member && (
        <MembersOnDate
          current={current}
          events={events}
          allLoaded={!hasNextPage}
          createdAt={createdAt}
          nameOf={nameOf}
          onMember={onMemberChange}
          onLoadBack={setLoadBackTo}
          loadingBack={loadBackTo !== null}
        />
      )}
      {shown.length > 0 ? (
        <ChatTimeline
          notifications={shown}
          members={members}
          orgPhones={orgPhones}
          member={member}
          onMember={onMemberChange}
          eventHref={eventHref}
        />
      ) : (
        <p className="py-2 text-sm text-slate-500">
          {emptyText(events.length, member ? nameOf(member) : null, hasNextPage)}
        </p>
      )}
      <LoadMore
        hasMore={hasNextPage}
        loading={isFetchingNextPage}
        error={isFetchNextPageError ? error : null}
        onLoadMore={loadMore}
        endText={
          member
            ? 'No older events.'
            : events.some((n) => n.type === 'create')
              ? 'The group was created here.'
              : 'No older events recorded.'
        }
      />
    </div>
  );
}

function emptyText(loaded: number, memberName: string | null, more: boolean): string {
  if (loaded === 0) return more ? 'No events loaded yet.' : 'No group events recorded.';
  const who = memberName ? ` for ${memberName}` : '';
  return more
    ? `No matching events${who} so far; older ones load as you scroll.`
    : `No matching events${who}.`;
}
