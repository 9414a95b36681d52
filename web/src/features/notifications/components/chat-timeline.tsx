/**
 * A group's notifications as a vertical timeline under day headings (newest first).
 */
import { useMemo } from 'react';
import { Link } from 'react-router';
import type { Notification } from '../../../lib/api-types.ts';
import { formatDayLabel, formatTime } from '../../../lib/format.ts';
import { groupByDay } from '../lib/day-groups.ts';
import { notificationKind } from '../lib/notification-kind.ts';
import { EventGlyph } from './event-glyph.tsx';
import { NotificationSentence } from './notification-sentence.tsx';

export interface ChatTimelineProps {
  notifications: readonly Notification[];
  nameOf: (contactId: string) => string;
  onMember?: ((contactId: string) => void) | undefined;
  /** Link to the event in the thread (`/chats/:chatId/notifications/:id`), when the route gives one. */
  eventHref?: ((notificationId: string) => string) | undefined;
}

/** A `list` named "Group activity"; each day is a labelled sub-list. */
export function ChatTimeline({ notifications, nameOf, onMember, eventHref }: ChatTimelineProps) {
  const days = useMemo(() => groupByDay(notifications, (n) => n.timestamp), [notifications]);
  return (
    <ol aria-label="Group activity" className="flex flex-col gap-3">
      {days.map((day) => (
        <li key={day.key}>
          <h4 className="sticky top-10 z-[1] bg-surface/95 py-1 text-xs font-semibold tracking-wide text-slate-500 uppercase">{formatDayLabel(day.iso)}</h4>
          <ol aria-label={formatDayLabel(day.iso)} className="relative ml-3 border-l border-slate-200">
            {day.items.map((n) => (
              <li key={n.notification_id} data-key={`n-${n.notification_id}`} className="relative flex gap-2 py-1.5 pl-5">
                <EventGlyph type={n.type} setting={notificationKind(n.type) === 'settings'} className="absolute top-1.5 -left-3" />
                <p className="min-w-0 flex-1 text-[13px] leading-5 break-words text-slate-800">
                  <NotificationSentence notification={n} nameOf={nameOf} onMember={onMember} />
                </p>
                {eventHref ? (
                  <Link to={eventHref(n.notification_id)} className="shrink-0 pt-0.5 text-xs text-slate-500 tabular-nums hover:text-teal-800 hover:underline" title="Show in the chat">
                    <time dateTime={n.timestamp}>{formatTime(n.timestamp)}</time>
                  </Link>
                ) : (
                  <time dateTime={n.timestamp} className="shrink-0 pt-0.5 text-xs text-slate-500 tabular-nums">
                    {formatTime(n.timestamp)}
                  </time>
                )}
              </li>
            ))}
          </ol>
        </li>
      ))}
    </ol>
  );
}
