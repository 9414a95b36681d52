/**
 * A group's notifications as a vertical timeline under day headings (newest first). An event
 * without a time keeps its place under its neighbour's day and shows no time.
 */
import { useMemo } from 'react';
import { Link, type To } from 'react-router';
import type { Members, Notification } from '@/lib/api-types.ts';
import { formatTime } from '@/lib/format.ts';
import { dayLabel, groupByDay } from '../lib/day-groups.ts';
import { notificationSentence } from '../lib/describe-notification.ts';
import { nameResolver, type OrgPhone } from '../lib/name-resolver.ts';
import { notificationKind } from '../lib/notification-kind.ts';
import { EventGlyph } from './event-glyph.tsx';
import { SentenceParts } from './sentence-parts.tsx';

export interface ChatTimelineProps {
  notifications: readonly Notification[];
  /** The chat's members, to name actors and targets (numbers until they load). */
  members: Members | undefined;
  /** The org's phones (GET /api/phones), named by `phone_name` as in the thread. */
  orgPhones: readonly OrgPhone[] | undefined;
  onMember?: ((contactId: string) => void) | undefined;
  /** The member whose history is shown: never collapsed behind "N others". */
  member?: string | null | undefined;
  /**
   * Link to the event in the thread (`/chats/:chatId/notifications/:id`), when the route gives one.
   */
  eventHref?: ((notificationId: string) => To) | undefined;
}

/** A `list` named "Group activity"; each day is a labelled sub-list. */
export function ChatTimeline({
  notifications,
  members,
  orgPhones,
  onMember,
  member,
  eventHref,
}: ChatTimelineProps) {
  const days = useMemo(() => groupByDay(notifications, (n) => n.timestamp), [notifications]);
  const sentenceOf = (n: Notification) =>
    notificationSentence(n, nameResolver(members, orgPhones, n.org_phone));
  return (
    <ol aria-label="Group activity" className="flex flex-col gap-3">
      {days.map((day) => (
        <li key={day.key}>
          <h4 className="sticky top-10 z-[1] bg-surface/95 py-1 text-xs font-semibold tracking-wide text-slate-500 uppercase">
            {dayLabel(day)}
          </h4>
          <ol aria-label={dayLabel(day)} className="relative ml-3 border-l border-slate-200">
            {day.items.map((n) => (
              <li
                key={n.notification_id}
                data-key={`n-${n.notification_id}`}
                className="relative flex gap-2 py-1.5 pl-5"
              >
                <EventGlyph
                  type={n.type}
                  setting={notificationKind(n.type) === 'settings'}
                  className="absolute top-1.5 -left-3"
                />
                <p className="min-w-0 flex-1 text-[13px] leading-5 break-words text-slate-800">
                  <SentenceParts parts={sentenceOf(n).parts} onMember={onMember} pinned={member} />
                </p>
                <EventTime timestamp={n.timestamp} href={eventHref?.(n.notification_id)} />
              </li>
            ))}
          </ol>
        </li>
      ))}
    </ol>
  );
}

/**
 * The event's time, linking to the event in the thread when a link is given; "Show in the chat"
 * alone when the time is unknown.
 */
function EventTime({ timestamp, href }: { timestamp: string | null; href: To | undefined }) {
  const time = timestamp ? formatTime(timestamp) : '';
  const node = time && timestamp ? <time dateTime={timestamp}>{time}</time> : null;
  if (!href)
    return (
      node && <span className="shrink-0 pt-0.5 text-xs text-slate-500 tabular-nums">{node}</span>
    );
  return (
    <Link
      to={href}
      className="shrink-0 pt-0.5 text-xs text-slate-500 tabular-nums hover:text-teal-800 hover:underline"
      title="Show in the chat"
      aria-label={time ? `Show in the chat, ${time}` : 'Show in the chat'}
    >
      {node ?? 'Show'}
    </Link>
  );
}
