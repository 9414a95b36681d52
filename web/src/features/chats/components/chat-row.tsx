/**
 * One chat-list row: avatar, name (search matches marked), type marker (group,
 * business, or an unknown kind by its name), muted, snoozed, flagged, time; ticks, sender and
 * last-message preview, unread count; labels, assignee, exited.
 */
import { useQueryClient } from '@tanstack/react-query';
import { memo } from 'react';
import { AckTicks } from '@/features/shared/components/ack-ticks.tsx';
import { Avatar } from '@/components/ui/avatar.tsx';
import { Badge } from '@/components/ui/badge.tsx';
import { Highlight } from '@/components/ui/highlight.tsx';
import { ExitIcon, FlagIcon, MutedIcon, SnoozeIcon } from '@/components/ui/icons.tsx';
import type { ChatListItem } from '@/lib/api-types.ts';
import { chatDisplayName } from '@/lib/chat-labels.ts';
import { describeMessage } from '@/lib/describe-message.ts';
import { formatChatTime } from '@/lib/format.ts';
import { chatQueries } from '../api/chat-queries.ts';
import { flagLabel, snoozeLabel } from '../lib/chat-markers.ts';
import { chatRowKey } from '../lib/dedupe-chats.ts';
import { senderPrefix } from '../lib/message-preview.ts';
import { nameRanges, numberMatch } from '../lib/row-match.ts';
import { ChatRowMeta } from './chat-row-meta.tsx';
import { ChatTypeIcon } from './chat-type-icon.tsx';

/** Row height in px (the virtualizer's fixed size). */
export const CHAT_ROW_HEIGHT = 76;

export interface ChatRowProps {
  chat: ChatListItem;
  index: number;
  setSize: number;
  selected: boolean;
  focusable: boolean;
  /** Label id → name, when the server knows them (Periskope lists carry ids only). */
  labelNames: Record<string, string>;
  /** Virtualizer offset of the row, px (applied as `transform`, the one allowed inline style). */
  start: number;
  onSelect: (chat: ChatListItem) => void;
}

/**
 * `role="option"` named "<chat name>, N unread"; the preview is its description. Memoised: while
 * the list scrolls only rows whose position or state changed re-render. A group's sender is
 * named from the group's members when its detail is already cached (opened or prefetched);
 * the list itself carries no members, so until then the sender is a number.
 */
export const ChatRow = memo(function ChatRow({
  chat,
  index,
  setSize,
  selected,
  focusable,
  labelNames,
  start,
  onSelect,
}: ChatRowProps) {
  const name = chatDisplayName(chat);
  const latest = chat.latest_message;
  const unread = chat.message_unread_count ?? 0;
  const queryClient = useQueryClient();
  const members =
    chat.chat_type === 'group'
      ? queryClient.getQueryData(chatQueries.detail(chat.chat_id).queryKey)?.members
      : undefined;
  const sender = senderPrefix(chat.chat_type, latest, members ?? undefined);
  const descriptionId = `chat-row-${index}-preview`;
  const snoozed = snoozeLabel(chat);
  const flagged = flagLabel(chat);
  const accessibleName = [
    name,
    unread > 0 && `${unread} unread`,
    chat.is_muted && 'muted',
    snoozed && 'snoozed',
    flagged,
  ]
    .filter(Boolean)
    .join(', ');
  return (
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events -- Enter and Space on the focused option are handled by the listbox (useRovingFocus)
    <div
      role="option"
      aria-selected={selected}
      aria-posinset={index + 1}
      aria-setsize={setSize}
      aria-label={accessibleName}
      aria-describedby={descriptionId}
      data-index={index}
      data-key={chatRowKey(chat)}
      tabIndex={focusable ? 0 : -1}
      onClick={() => onSelect(chat)}
      style={{ transform: `translateY(${start}px)` }}
      className="absolute top-0 left-0 flex h-[76px] w-full cursor-pointer items-center gap-3 pl-3 outline-none hover:bg-slate-100 focus-visible:bg-slate-100 focus-visible:ring-2 focus-visible:ring-wa-teal focus-visible:ring-inset aria-selected:bg-slate-200/70"
    >
      <Avatar
        id={chat.chat_id}
        name={name}
        src={chat.chat_image}
        className={chat.is_exited ? 'opacity-50' : undefined}
      />
      <div className="flex h-full min-w-0 flex-1 flex-col justify-center gap-0.5 border-b border-slate-200/70 pr-3">
        <div className="flex items-center gap-1.5">
          <span className="truncate font-medium text-slate-900">
            <Highlight text={name} ranges={nameRanges(chat, name)} />
          </span>
          <ChatTypeIcon chatType={chat.chat_type} className="text-slate-400" />
          {chat.is_muted && <MutedIcon label="Muted" className="text-slate-400" />}
          {snoozed && <SnoozeIcon label={snoozed} className="text-slate-400" />}
          {flagged && <FlagIcon label={flagged} className="text-amber-600" />}
          {latest?.timestamp && (
            <time
              dateTime={latest.timestamp}
              className={
                unread > 0
                  ? 'ml-auto shrink-0 pl-1 text-xs text-wa-green'
                  : 'ml-auto shrink-0 pl-1 text-xs text-slate-500'
              }
            >
              {formatChatTime(latest.timestamp)}
            </time>
          )}
        </div>
        <div className="flex items-center gap-1">
          {latest?.from_me && !latest.is_deleted && (
            <AckTicks ack={latest.ack} isGroup={chat.chat_type === 'group'} />
          )}
          <span id={descriptionId} className="truncate text-sm text-slate-500">
            {/* The space stays outside the name's span, so the row's description reads "Ana: Hi". */}
            {sender && <span className="text-slate-600">{sender}:</span>}
            {sender && ' '}
            {latest ? describeMessage(latest) : ''}
          </span>
          {unread > 0 && (
            <Badge variant="unread" className="ml-auto" aria-hidden>
              {unread}
            </Badge>
          )}
        </div>
        {chat.is_exited ? (
          <p className="flex items-center gap-1 text-[11px] text-slate-500">
            <ExitIcon /> You are no longer in this group
          </p>
        ) : (
          <ChatRowMeta chat={chat} labelNames={labelNames} number={numberMatch(chat)} />
        )}
      </div>
    </div>
  );
});
