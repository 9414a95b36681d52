/**
 * One row of the org-wide activity page: the group (its name from the chat index, else its id),
 * the sentence, the time, a link to the chat and one to the event in the thread.
 */
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { Notification } from '../../../lib/api-types.ts';
import { chatDisplayName } from '../../../lib/chat-labels.ts';
import { formatTime } from '../../../lib/format.ts';
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

/** A row (`div`) for one event of the org-wide feed, with links to its chat and to the event. */
export function ActivityRow({ notification: n, phone, orgPhones, chatHref, eventHref }: ActivityRowProps) {
  const group = useQuery(notificationQueries.group(n.chat_id, phone));
  const chat = group.data?.chat;
  const groupName = chat ? chatDisplayName(chat) : shortId(n.chat_id);
  return (
    <div className="flex items-start gap-3 py-2">
      <EventGlyph type={n.type} setting={notificationKind(n.type) === 'settings'} className="mt-0.5" />
      <div className="min-w-0 flex-1">
        <p className="flex items-baseline gap-2 text-xs text-slate-500">
          <Link to={chatHref(n.chat_id)} title={n.chat_id} className="truncate font-semibold text-slate-800 hover:underline">
            {groupName}
          </Link>
          <time dateTime={n.timestamp} className="shrink-0 tabular-nums">
            {formatTime(n.timestamp)}
          </time>
        </p>
        <p className="text-sm break-words text-slate-700">
          <SentenceParts parts={notificationSentence(n, nameResolver(undefined, orgPhones, n.org_phone)).parts} />
        </p>
      </div>
      <Link to={eventHref(n.chat_id, n.notification_id)} className="shrink-0 self-center rounded-full px-2.5 py-1 text-xs font-medium text-wa-teal ring-1 ring-teal-200 hover:bg-teal-50" aria-label={`Show in ${groupName}`}>
        Show in chat
      </Link>
    </div>
  );
}
