/**
 * The facts of "Message info": type, sender, time, how it was sent, and what an agent acts on:
 * the ticket it belongs to, the flag for a reply (who, when, how it was answered), the pin.
 */
import { useContext } from 'react';
import type { Members, Message } from '@/lib/api-types.ts';
import { formatDateTime, formatPhone } from '@/lib/format.ts';
import { findMember, savedName } from '@/lib/members.ts';
import { flagDetails, flagText, pinText } from '../lib/message-flags.ts';
import { useMembers } from './members-context.tsx';
import { ThreadChatContext, type ThreadChat } from './thread-chat-context.ts';

/** @returns "by ana@acme.com · 27 Jan 2025, 11:07:56" of an answered flag, or null */
function flagAnswer(metadata: Message['flag_metadata']): string | null {
  if (
    !metadata ||
    (!metadata.response_timestamp && !metadata.response_email && !metadata.response_type)
  )
    return null;
  const by = metadata.response_email ? ` by ${metadata.response_email}` : '';
  const at = metadata.response_timestamp ? formatDateTime(metadata.response_timestamp) : '';
  return `${metadata.response_type ?? 'Answered'}${by}${at ? ` · ${at}` : ''}`;
}

/** @returns a wait in seconds as `45 s`, `22 min`, `3 h 4 min`, `2 d 3 h` */
export function waitText(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  const [d, h, m] = [
    Math.floor(s / 86_400),
    Math.floor((s % 86_400) / 3600),
    Math.floor((s % 3600) / 60),
  ];
  if (d > 0) return h > 0 ? `${d} d ${h} h` : `${d} d`;
  if (h > 0) return m > 0 ? `${h} h ${m} min` : `${h} h`;
  return `${m} min`;
}

/** @returns `[term, value]` rows, in reading order */
function factRows(
  message: Message,
  members: Members | undefined,
  thread: ThreadChat | null,
): [string, string][] {
  const senderId = message.sender_phone ?? message.author;
  const sender = message.from_me
    ? `You${message.org_phone ? ` (${formatPhone(message.org_phone)})` : ''}`
    : senderId
      ? [savedName(findMember(members, senderId)), formatPhone(senderId)]
          .filter(Boolean)
          .join(' · ')
      : 'Unknown';
  const rows: [string, string][] = [
    ['Type', message.message_type],
    ['From', sender],
    // Periskope may send no time (official `timestamp: string | null`).
    ['Sent', (message.timestamp && formatDateTime(message.timestamp)) || 'Unknown'],
  ];
  if (message.performed_by) rows.push(['Sent through', message.performed_by]);
  if (message.is_private_note)
    rows.push(['Private note', 'Seen only inside the team, never sent on WhatsApp']);
  if (message.message_ticket_id) rows.push(['Ticket', message.message_ticket_id]);
  const flag = flagDetails(message);
  if (flag) rows.push(['Flag', flagText(flag, formatDateTime)]);
  const answer = flagAnswer(message.flag_metadata);
  if (flag && answer) rows.push(['Flag answered', answer]);
  if (flag && message.flag_response_time !== null)
    rows.push(['Answered after', waitText(message.flag_response_time)]);
  const pinned = thread?.pinned?.get(message.message_id);
  if (pinned) rows.push(['Pin', pinText(pinned, formatDateTime)]);
  return rows;
}

/** A two-column description list; values render as text nodes. */
export function MessageInfoFacts({ message }: { message: Message }) {
  const thread = useContext(ThreadChatContext);
  const members = useMembers();
  return (
    <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1.5">
      {factRows(message, members, thread).map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="text-slate-500">{term}</dt>
          <dd className="break-words">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
