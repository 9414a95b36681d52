/**
 * `/chats/:chatId`, `/chats/:chatId/messages/:messageId` (opened at that message) and
 * `/chats/:chatId/notifications/:notificationId` (opened at that group event): composes the thread header, the message thread (with group notifications
 * merged in) and the details pane for one chat.
 */
import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import {
  ChatDetailsPanel,
  type ActivityTabProps,
} from '../../features/chat-details/components/chat-details-panel.tsx';
import { chatQueries } from '../../features/chats/api/chat-queries.ts';
import { ChatHeader } from '../../features/chats/components/chat-header.tsx';
import { MessageThread } from '../../features/messages/components/message-thread.tsx';
import { ChatActivity } from '../../features/notifications/components/chat-activity.tsx';
import { SystemLinesToggle } from '../../features/notifications/components/system-lines-toggle.tsx';
import { useNotificationTimeline } from '../../features/notifications/hooks/use-notification-timeline.ts';
import { useSystemLinesHidden } from '../../features/notifications/hooks/use-system-lines-hidden.ts';
import { chatDisplayName } from '../../lib/chat-labels.ts';
import { formatChatId } from '../../lib/format.ts';
import { useLabelNames } from '../../features/config/hooks/use-label-names.ts';
import { useRefreshInterval } from '../../features/config/hooks/use-refresh-interval.ts';
import {
  chatPath,
  decodeChatId,
  messagePath,
  notificationPath,
  parseThreadTarget,
  threadRowKey,
} from './chat-path.ts';
import { NotFound } from './not-found.tsx';

/** Centre and right panes of the open chat. */
export function ChatRoute() {
  const params = useParams();
  const chatId = decodeChatId(params.chatId ?? '');
  const parsed = parseThreadTarget(params.targetKind, params.targetId);
  const targetKind = parsed && parsed !== 'invalid' ? parsed.kind : undefined;
  const targetKey = parsed && parsed !== 'invalid' ? threadRowKey(parsed) : undefined;
  // Stable per key: the thread's jump effect depends on it.
  const target = useMemo(
    () => (targetKind && targetKey ? { kind: targetKind, key: targetKey } : undefined),
    [targetKind, targetKey],
  );
  const navigate = useNavigate();
  const { search } = useLocation();
  const refreshMs = useRefreshInterval();
  const openMessage = useCallback(
    (messageId: string) => void navigate({ pathname: messagePath(chatId, messageId), search }),
    [navigate, chatId, search],
  );
  // Keeps the chat list's filters (q, phone…) in the search, as openMessage does.
  const eventHref = useCallback(
    (notificationId: string) => ({ pathname: notificationPath(chatId, notificationId), search }),
    [chatId, search],
  );
  // The details pane's pinned messages open the thread at the message, as deep links do.
  const messageHref = useCallback(
    (messageId: string) => ({ pathname: messagePath(chatId, messageId), search }),
    [chatId, search],
  );
  const labelNames = useLabelNames();
  const detail = useQuery(chatQueries.detail(chatId));
  const members = detail.data?.members ?? undefined;
  const label = detail.data ? chatDisplayName(detail.data) : formatChatId(chatId);
  const isGroup = detail.data ? detail.data.chat_type === 'group' : chatId.endsWith('@g.us');
  const phones = useQuery({ ...chatQueries.phones(), enabled: isGroup });
  const orgPhones = phones.data?.phones;
  // The details pane's Activity tab: the group's timeline (named as in the thread), an event's
  // time linking into the thread.
  const activity = useCallback(
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
  const [eventsHidden, setEventsHidden] = useSystemLinesHidden(chatId);
  // A link to a group event shows the chat's events for this visit only (hidden, the event could
  // not be found); the reader's stored choice stays as it was.
  const hidden = eventsHidden && targetKind !== 'notification';
  // Hiding while at an event leaves the event's URL, where events are always shown.
  const onHiddenChange = useCallback(
    (next: boolean) => {
      setEventsHidden(next);
      if (next && targetKind === 'notification')
        void navigate({ pathname: chatPath(chatId), search });
    },
    [setEventsHidden, targetKind, navigate, chatId, search],
  );
  // Hidden: nothing fetched and no `extra`, so the thread's merge never waits for event pages.
  const notifications = useNotificationTimeline(chatId, { members, orgPhones, enabled: !hidden });
  if (parsed === 'invalid') return <NotFound />;
  return (
    <>
      <main className="flex min-w-0 flex-1 flex-col bg-wa-wallpaper">
        <ChatHeader
          chatId={chatId}
          actions={isGroup && <SystemLinesToggle hidden={hidden} onHiddenChange={onHiddenChange} />}
        />
        <MessageThread
          // A new thread per toggle: it reopens at the newest rows instead of merging a stream in mid-scroll.
          key={`${chatId}|${hidden ? 'no-events' : 'events'}`}
          chatId={chatId}
          label={label}
          isGroup={isGroup}
          members={members}
          extra={notifications}
          target={target}
          onOpenMessage={openMessage}
          refreshMs={refreshMs}
          pinned={detail.data?.pinned_messages}
        />
      </main>
      <div className="hidden w-[320px] shrink-0 lg:flex lg:flex-col">
        <ChatDetailsPanel
          detail={detail}
          labelNames={labelNames}
          activity={activity}
          messageHref={messageHref}
        />
      </div>
    </>
  );
}
