/**
 * One chat-list row: avatar, name, group marker, time, last-message preview, unread count.
 */
import type { CSSProperties, KeyboardEvent } from 'react';
import { Avatar } from '../../../components/ui/avatar.tsx';
import { Badge } from '../../../components/ui/badge.tsx';
import type { ChatListItem } from '../../../lib/api-types.ts';
import { chatDisplayName } from '../../../lib/chat-labels.ts';
import { formatChatTime } from '../../../lib/format.ts';
import { messagePreview } from '../lib/message-preview.ts';

export interface ChatRowProps {
  chat: ChatListItem;
  index: number;
  setSize: number;
  selected: boolean;
  focusable: boolean;
  /** Virtualizer position (`transform`), the one allowed inline style. */
  style: CSSProperties;
  onSelect: (chat: ChatListItem) => void;
}

/** `role="option"`; its accessible name starts with the chat name. */
export function ChatRow({ chat, index, setSize, selected, focusable, style, onSelect }: ChatRowProps) {
  const name = chatDisplayName(chat);
  const latest = chat.latest_message;
  const unread = chat.message_unread_count ?? 0;
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    onSelect(chat);
  };
  return (
    <div
      role="option"
      aria-selected={selected}
      aria-posinset={index + 1}
      aria-setsize={setSize}
      data-index={index}
      tabIndex={focusable ? 0 : -1}
      onClick={() => onSelect(chat)}
      onKeyDown={onKeyDown}
      style={style}
      className="absolute top-0 left-0 flex h-[72px] w-full cursor-pointer items-center gap-3 pl-3 outline-none hover:bg-slate-100 focus-visible:bg-slate-100 focus-visible:ring-2 focus-visible:ring-wa-teal focus-visible:ring-inset aria-selected:bg-slate-200/70"
    >
      <Avatar id={chat.chat_id} name={name} src={chat.chat_image} />
      <div className="flex h-full min-w-0 flex-1 flex-col justify-center gap-0.5 border-b border-slate-200/70 pr-3">
        <div className="flex items-baseline gap-2">
          <span className="truncate font-medium text-slate-900">{name}</span>
          {chat.chat_type === 'group' && <GroupMarker />}
          {latest && (
            <time dateTime={latest.timestamp} className={unread > 0 ? 'ml-auto shrink-0 text-xs text-wa-green' : 'ml-auto shrink-0 text-xs text-slate-500'}>
              {formatChatTime(latest.timestamp)}
            </time>
          )}
        </div>
        <div className="flex items-center gap-2">
          <span className="truncate text-sm text-slate-500">{messagePreview(latest)}</span>
          {unread > 0 && (
            <Badge variant="unread" className="ml-auto" aria-label={`${unread} unread`}>
              {unread}
            </Badge>
          )}
        </div>
      </div>
    </div>
  );
}

function GroupMarker() {
  return (
    <svg role="img" aria-label="Group" viewBox="0 0 20 20" className="size-3.5 shrink-0 fill-slate-400">
      <title>Group</title>
      <path d="M7 9a3 3 0 1 0 0-6 3 3 0 0 0 0 6Zm6.5 0a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5ZM1 16c0-2.8 2.7-5 6-5s6 2.2 6 5v1H1v-1Zm13 1v-1c0-1.4-.5-2.7-1.4-3.7.3 0 .6-.1.9-.1 2.5 0 4.5 1.7 4.5 3.8v1H14Z" />
    </svg>
  );
}
