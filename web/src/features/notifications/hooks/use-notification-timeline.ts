/**
 * A group's notifications as a {@link TimelineSource} the thread merges in by time.
 */
import { useInfiniteQuery } from '@tanstack/react-query';
import { createElement, useMemo } from 'react';
import type { Members } from '@/lib/api-types.ts';
import type { TimelineSource } from '@/lib/timeline.ts';
import { notificationQueries } from '../api/notification-queries.ts';
import { SystemLine } from '../components/system-line.tsx';
import { notificationSentence } from '../lib/describe-notification.ts';
import { nameResolver, type OrgPhone } from '../lib/name-resolver.ts';
import { uniqueNotifications } from '../lib/unique-notifications.ts';

export interface NotificationTimelineOptions {
  /** The chat's members, to name actors and targets (numbers until they load). */
  members: Members | undefined;
  /** The org's phones (GET /api/phones), named by `phone_name`. */
  orgPhones?: readonly OrgPhone[] | undefined;
  /** False while the reader hides group events in this chat: nothing is fetched. Default true. */
  enabled?: boolean;
}

/**
 * @param chatId - the open chat; only groups (`…@g.us`) are queried
 * @returns undefined for 1:1 chats and while disabled; rows are keyed `n-<notification_id>`,
 *   newest first; an entry without a time keeps its place (lib/timeline.ts)
 */
export function useNotificationTimeline(
  chatId: string,
  { members, orgPhones, enabled = true }: NotificationTimelineOptions,
): TimelineSource | undefined {
  const active = enabled && chatId.endsWith('@g.us');
  const query = useInfiniteQuery({ ...notificationQueries.list(chatId), enabled: active });
  const { data, hasNextPage, isFetchingNextPage, fetchNextPage, refetch } = query;

  const entries = useMemo(
    () =>
      uniqueNotifications(data?.pages).map((n) => {
        const sentence = notificationSentence(n, nameResolver(members, orgPhones, n.org_phone));
        return {
          key: `n-${n.notification_id}`,
          timestamp: n.timestamp,
          node: createElement(SystemLine, { sentence, timestamp: n.timestamp }),
        };
      }),
    [data, members, orgPhones],
  );

  if (!active) return undefined;
  return {
    entries,
    hasOlder: hasNextPage,
    isFetchingOlder: isFetchingNextPage,
    fetchOlder: () => void fetchNextPage(),
    isLoading: query.isPending,
    error: query.error,
    retry: () => void (query.isFetchNextPageError ? fetchNextPage() : refetch()),
  };
}
