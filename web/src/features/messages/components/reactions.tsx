/**
 * Reaction chips under a bubble, fetched per message (GET /api/messages/:id) only while the
 * message is rendered and the reader is not scrolling; results stay fresh for a minute.
 */
import { useQuery } from '@tanstack/react-query';
import type { Members } from '../../../lib/api-types.ts';
import { cn } from '../../../lib/cn.ts';
import { memberName } from '../../../lib/members.ts';
import { messageQueries } from '../api/message-queries.ts';
import { groupReactions } from '../lib/group-reactions.ts';

export interface ReactionsProps {
  messageId: string;
  members: Members | undefined;
  fromMe: boolean;
  /** Fetch now; cached reactions show either way. */
  enabled: boolean;
}

/** Renders nothing until there are reactions (a failed lookup is not worth a banner per bubble). */
export function Reactions({ messageId, members, fromMe, enabled }: ReactionsProps) {
  const { data } = useQuery({ ...messageQueries.detail(messageId), enabled });
  const groups = data ? groupReactions(data.reactions) : [];
  if (groups.length === 0) return null;
  return (
    <ul aria-label="Reactions" className={cn('relative z-10 -mt-1.5 flex gap-1 px-2', fromMe ? 'justify-end' : 'justify-start')}>
      {groups.map((group) => {
        const count = group.senders.length;
        return (
          <li
            key={group.emoji}
            aria-label={`${group.emoji} ${count} ${count === 1 ? 'reaction' : 'reactions'}`}
            title={group.senders.map((id) => memberName(members, id)).join(', ')}
            className="inline-flex h-6 items-center gap-1 rounded-full bg-white px-1.5 text-sm shadow-sm ring-1 ring-slate-200"
          >
            <span aria-hidden>{group.emoji}</span>
            {count > 1 && <span aria-hidden className="text-xs text-slate-500">{count}</span>}
          </li>
        );
      })}
    </ul>
  );
}
