/**
 * Reaction chips under a bubble: one chip per emoji with its count (latest reaction per sender,
 * removed ones dropped, docs/periskope-api.md#reaction). Hover or keyboard focus on a chip shows
 * who reacted and when. Inside a thread the chat's reactions come from one shared query (GET
 * /api/chats/:id/reactions); outside one, from the message itself (GET /api/messages/:id).
 */
import { useQuery } from '@tanstack/react-query';
import { useContext, useId } from 'react';
import { cn } from '@/lib/cn.ts';
import { formatTime } from '@/lib/format.ts';
import { memberName } from '@/lib/members.ts';
import { messageQueries } from '../api/message-queries.ts';
import { groupReactions, type ReactionGroup } from '../lib/group-reactions.ts';
import { useMembers } from './members-context.tsx';
import { ThreadChatContext } from './thread-chat-context.ts';

export interface ReactionsProps {
  messageId: string;
  fromMe: boolean;
  /** Outside a thread: fetch this message's reactions now; cached reactions show either way. */
  enabled: boolean;
}

/** Renders nothing until there are reactions (a failed lookup is not worth a banner per bubble). */
export function Reactions({ messageId, fromMe, enabled }: ReactionsProps) {
  const thread = useContext(ThreadChatContext);
  const chatId = thread?.chatId ?? null;
  const chat = useQuery({
    ...messageQueries.chatReactions(chatId ?? ''),
    enabled: chatId !== null,
    refetchInterval: thread?.refreshMs ?? false,
  });
  const single = useQuery({
    ...messageQueries.detail(messageId),
    enabled: enabled && chatId === null,
  });
  const reactions = chatId !== null ? chat.data?.get(messageId) : single.data?.reactions;
  const groups = reactions ? groupReactions(reactions) : [];
  if (groups.length === 0) return null;
  return (
    <ul
      aria-label="Reactions"
      className={cn(
        'relative z-10 -mt-1.5 flex gap-1 px-2',
        fromMe ? 'justify-end' : 'justify-start',
      )}
    >
      {groups.map((group) => (
        <ReactionChip key={group.emoji} group={group} alignEnd={fromMe} />
      ))}
    </ul>
  );
}

function ReactionChip({ group, alignEnd }: { group: ReactionGroup; alignEnd: boolean }) {
  const members = useMembers();
  const tooltipId = useId();
  const count = group.senders.length;
  return (
    <li
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- focus shows who reacted (the tooltip) to keyboard readers; the chip has no action, so no button
      tabIndex={0}
      aria-label={`${group.emoji} ${count} ${count === 1 ? 'reaction' : 'reactions'}`}
      aria-describedby={tooltipId}
      className="group relative inline-flex h-6 cursor-default items-center gap-1 rounded-full bg-surface px-1.5 text-sm shadow-bubble ring-1 ring-slate-200 outline-none focus-visible:ring-2 focus-visible:ring-wa-teal"
    >
      <span aria-hidden>{group.emoji}</span>
      {count > 1 && (
        <span aria-hidden className="text-xs text-slate-500">
          {count}
        </span>
      )}
      <span
        id={tooltipId}
        role="tooltip"
        className={cn(
          'invisible absolute bottom-full z-20 mb-1 w-max max-w-64 rounded-md bg-neutral-800 px-2 py-1 text-xs text-white shadow-lg group-hover:visible group-focus:visible',
          alignEnd ? 'right-0' : 'left-0',
        )}
      >
        {group.senders.map((s) => (
          <span key={s.id} className="block">
            {memberName(members, s.id)}
            {/* No time when Periskope sent none. */}
            {s.at && formatTime(s.at) && ` · ${formatTime(s.at)}`}
          </span>
        ))}
      </span>
    </li>
  );
}
