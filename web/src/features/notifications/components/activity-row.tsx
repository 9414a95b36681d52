/**
 * One row of the org-wide activity page: the group (its name from the chat index, else its id),
 * the sentence, the time, a link to the chat and one to the event in the thread. A notification
 * without a chat (official `NotificationType.chat_id` is `string | null`) says so and links
 * nowhere; one without a type reads "Unknown event"; one without a time shows none.
 */
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { Notification } from '@/lib/api-types.ts';
import { chatDisplayName } from '@/lib/chat-labels.ts';
import { formatTime } from '@/lib/format.ts';
import { notificationQueries } from '../api/notification-queries.ts';
import { notificationSentence } from '../lib/describe-notification.ts';
import { nameResolver, type OrgPhone } from '../lib/name-resolver.ts';
import { notificationKind } from '../lib/notification-kind.ts';
import { EventGlyph } from './event-glyph.tsx';
import { SentenceParts } from './sentence-parts.tsx';

export interface ActivityRowProps {
  notification: Notification;
  phone: string | undefined;
  /** The org's phones, named by `phone_name`; everyone else by number (no members here). */
  orgPhones: readonly OrgPhone[] | undefined;
  chatHref: (chatId: string) => string;
  eventHref: (chatId: string, notificationId: string) => string;
}

/** The group id's digits, shortened, while its name is unknown: "Group …4151970". */
const shortId = (chatId: string) => `Group …${chatId.replace(/\D/g, '').slice(-7)}`;

/** What a row without a `chat_id` says instead of a group name. */
export const UNKNOWN_CHAT = 'Unknown chat';

/** A row (`div`) for one event of the org-wide feed, with links to its chat and to the event. */
export function ActivityRow({
  notification: n,
  phone,
  orgPhones,
  chatHref,
  eventHref,
}: ActivityRowProps) {
  const chatId = n.chat_id;
  // No chat id, nothing to look up: the query stays idle.
  const group = useQuery({
    ...notificationQueries.group(chatId ?? '', phone),
    enabled: chatId !== null,
  });
  const chat = group.data?.chat;
  const groupName = chatId === null ? UNKNOWN_CHAT : chat ? chatDisplayName(chat) : shortId(chatId);
  const time = n.timestamp ? formatTime(n.timestamp) : '';
  return (
    <div className="flex items-start gap-3 py-2">
      <EventGlyph
        type={n.type}
        setting={notificationKind(n.type) === 'settings'}
        className="mt-0.5"
      />
      <div className="min-w-0 flex-1">
        <p className="flex items-baseline gap-2 text-xs text-slate-500">
          {chatId === null ? (
            <span
              className="truncate font-semibold text-slate-600"
              title="Periskope did not say which chat this event belongs to"
            >
              {groupName}
            </span>
          ) : (
            <Link
              to={chatHref(chatId)}
              title={chatId}
              className="truncate font-semibold text-slate-800 hover:underline"
            >
              {groupName}
            </Link>
          )}
          {time && n.timestamp && (
            <time dateTime={n.timestamp} className="shrink-0 tabular-nums">
              {time}
            </time>
          )}
        </p>
        <p className="text-sm break-words text-slate-700">
          <SentenceParts
            parts={notificationSentence(n, nameResolver(undefined, orgPhones, n.org_phone)).parts}
          />
        </p>
      </div>
      {chatId !== null && (
        <Link
          to={eventHref(chatId, n.notification_id)}
          className="shrink-0 self-center rounded-full px-2.5 py-1 text-xs font-medium text-wa-teal ring-1 ring-teal-200 hover:bg-teal-50"
          aria-label={`Show in ${groupName}`}
        >
          Show in chat
        </Link>
      )}
    </div>
  );
}
