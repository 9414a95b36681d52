/**
 * Starts a chat's first requests as soon as the router matches its URL, in parallel with the
 * download of the thread's code (a lazy route): the newest message page, the chat (name, members)
 * and, for groups whose events are shown, the newest group-event page. Without it they start
 * only once the chunk has loaded and rendered (bench:ui thread load, README).
 */
import type { QueryClient } from '@tanstack/react-query';
import { chatQueries } from '@/features/chats/api/chat-queries.ts';
import { messageQueries } from '@/features/messages/api/message-queries.ts';
import { notificationQueries } from '@/features/notifications/api/notification-queries.ts';
import { systemLinesHidden } from '@/features/notifications/hooks/use-system-lines-hidden.ts';
import { decodeChatId } from './chat-path.ts';

/**
 * Fire and forget: the queries' own error handling shows failures when the route renders.
 * @param segment - the `:chatId` route segment, as the router gives it
 * @param targetKind - the `:targetKind` segment: a link to an event shows the events even when
 *   the reader hid them for this chat
 */
export function prefetchChat(
  queryClient: QueryClient,
  segment: string | undefined,
  targetKind?: string,
): void {
  if (!segment) return;
  const chatId = decodeChatId(segment);
  void queryClient.prefetchInfiniteQuery(messageQueries.list(chatId));
  void queryClient.prefetchQuery(chatQueries.detail(chatId));
  if (chatId.endsWith('@g.us') && (targetKind === 'notifications' || !systemLinesHidden(chatId)))
    void queryClient.prefetchInfiniteQuery(notificationQueries.list(chatId));
}
