/**
 * `/activity`: group events across the org. Composes the activity page with the
 * org's phones (chats feature) and the chat paths (rows open a chat, or the chat at the event).
 */
import { useQuery } from '@tanstack/react-query';
import { ActivityPage } from '@/features/notifications/components/activity-page.tsx';
import { chatQueries } from '@/features/chats/api/chat-queries.ts';
import { chatPath, notificationPath } from './chat-path.ts';

/** Centre (and right) of the inbox layout. */
export function ActivityRoute() {
  const phones = useQuery(chatQueries.phones());
  return (
    <ActivityPage phones={phones.data?.phones} chatHref={chatPath} eventHref={notificationPath} />
  );
}
