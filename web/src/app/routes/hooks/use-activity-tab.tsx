/**
 * The details pane's Activity tab for the open chat: the group's timeline (ChatActivity), named
 * as in the thread, an event's time linking into the thread.
 * Shape: `useActivityTab(eventHref, orgPhones)` → `(props: ActivityTabProps) => ReactNode`,
 * stable while its inputs are.
 */
import { useCallback } from 'react';
import type { To } from 'react-router';
import type { ActivityTabProps } from '@/features/chat-details/components/chat-details-panel.tsx';
import { ChatActivity } from '@/features/notifications/components/chat-activity.tsx';
import type { OrgPhoneName } from '@/lib/api-types.ts';

export function useActivityTab(
  eventHref: (notificationId: string) => To,
  orgPhones: readonly OrgPhoneName[] | undefined,
) {
  return useCallback(
    ({ chat, member, onMember }: ActivityTabProps) => (
      <ChatActivity
        chatId={chat.chat_id}
        members={chat.members ?? undefined}
        orgPhones={orgPhones}
        createdAt={chat.created_at}
        member={member}
        onMemberChange={onMember}
        eventHref={eventHref}
      />
    ),
    [eventHref, orgPhones],
  );
}
