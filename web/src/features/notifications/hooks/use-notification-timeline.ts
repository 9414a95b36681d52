/**
 * A group's notifications as a {@link TimelineSource} the thread merges in by time.
 */
import { useInfiniteQuery } from '@tanstack/react-query';
import { createElement, useMemo } from 'react';
import type { Members } from '../../../lib/api-types.ts';
import { memberName } from '../../../lib/members.ts';
import type { TimelineSource } from '../../../lib/timeline.ts';
import { notificationQueries } from '../api/notification-queries.ts';
import { SystemLine } from '../components/system-line.tsx';
import { describeNotification } from '../lib/describe-notification.ts';

/**
 * @param chatId - the open chat; only groups (`…@g.us`) are queried
 * @param members - the chat's members, to name actors and targets (numbers until they load)
 * @returns undefined for 1:1 chats
 */
export function useNotificationTimeline(chatId: string, members: Members | undefined): TimelineSource | undefined {
  const isGroup = chatId.endsWith('@g.us');
  const query = useInfiniteQuery({ ...notificationQueries.list(chatId), enabled: isGroup });
  const { data, hasNextPage, isFetchingNextPage, fetchNextPage, refetch } = query;

  const entries = useMemo(() => {
    const seen = new Set<string>();
    return (data?.pages ?? []).flatMap((page) =>
      page.notifications.flatMap((n) => {
        if (seen.has(n.notification_id)) return [];
        seen.add(n.notification_id);
        const text = describeNotification(n, (id) => memberName(members, id));
        return [{ key: `n-${n.notification_id}`, timestamp: n.timestamp, node: createElement(SystemLine, { text }) }];
      }),
    );
  }, [data, members]);

  if (!isGroup) return undefined;
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
