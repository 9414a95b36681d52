/**
 * `/chats/:chatId`, `/chats/:chatId/messages/:messageId` (opened at that message) and
 * `/chats/:chatId/notifications/:notificationId` (opened at that group event): composes the thread
 * header, the message thread (with group notifications merged in, the chat's members provided
 * around it) and the details pane for one chat. The route's state lives in hooks/: the URL's
 * target (useChatTarget), links that keep the list's search (useChatLinks), the chat's details
 * (useOpenChat), the Activity tab (useActivityTab) and the event lines' visibility (useEventLines).
 */
import { ChatDetailsPanel } from '@/features/chat-details/components/chat-details-panel.tsx';
import { ChatHeader } from '@/features/chats/components/chat-header.tsx';
import { useLabelNames } from '@/features/config/hooks/use-label-names.ts';
import { useRefreshInterval } from '@/features/config/hooks/use-refresh-interval.ts';
import { MembersProvider } from '@/features/messages/components/members-context.tsx';
import { MessageThread } from '@/features/messages/components/message-thread.tsx';
import { SystemLinesToggle } from '@/features/notifications/components/system-lines-toggle.tsx';
import { useNotificationTimeline } from '@/features/notifications/hooks/use-notification-timeline.ts';
import { useActivityTab } from './hooks/use-activity-tab.tsx';
import { useChatLinks } from './hooks/use-chat-links.ts';
import { useChatTarget } from './hooks/use-chat-target.ts';
import { useEventLines } from './hooks/use-event-lines.ts';
import { useOpenChat } from './hooks/use-open-chat.ts';
import { NotFound } from './not-found.tsx';

/** Centre and right panes of the open chat. */
export function ChatRoute() {
  const { chatId, invalid, target } = useChatTarget();
  const links = useChatLinks(chatId);
  const refreshMs = useRefreshInterval();
  const labelNames = useLabelNames();
  const { detail, members, label, isGroup, orgPhones } = useOpenChat(chatId);
  const activity = useActivityTab(links.eventHref, orgPhones);
  const events = useEventLines(chatId, target?.kind, links.openChat);
  // Hidden: nothing fetched and no `extra`, so the thread's merge never waits for event pages.
  const notifications = useNotificationTimeline(chatId, {
    members,
    orgPhones,
    enabled: !events.hidden,
  });
  if (invalid) return <NotFound />;
  return (
    <>
      <main className="flex min-w-0 flex-1 flex-col bg-wa-wallpaper">
        <ChatHeader
          chatId={chatId}
          actions={
            isGroup && (
              <SystemLinesToggle hidden={events.hidden} onHiddenChange={events.onHiddenChange} />
            )
          }
        />
        <MembersProvider members={members}>
          <MessageThread
            // A new thread per toggle: it reopens at the newest rows instead of merging a stream in
            // mid-scroll.
            key={`${chatId}|${events.hidden ? 'no-events' : 'events'}`}
            chatId={chatId}
            label={label}
            isGroup={isGroup}
            extra={notifications}
            target={target}
            onOpenMessage={links.openMessage}
            refreshMs={refreshMs}
            pinned={detail.data?.pinned_messages}
          />
        </MembersProvider>
      </main>
      <div className="hidden w-[320px] shrink-0 lg:flex lg:flex-col">
        <ChatDetailsPanel
          detail={detail}
          labelNames={labelNames}
          activity={activity}
          messageHref={links.messageHref}
        />
      </div>
    </>
  );
}
