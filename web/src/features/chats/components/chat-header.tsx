/**
 * Header of the open thread: avatar, chat name, type and member count, and the route's actions
 * (e.g. the group-events toggle) on the right.
 */
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Avatar } from '@/components/ui/avatar.tsx';
import { Skeleton } from '@/components/ui/skeleton.tsx';
import {
  chatDisplayName,
  chatTypeLabel,
  isPhoneChatId,
  memberCountLabel,
} from '@/lib/chat-labels.ts';
import { formatChatId, formatPhone } from '@/lib/format.ts';
import { chatQueries } from '../api/chat-queries.ts';

export interface ChatHeaderProps {
  /** The open chat; while its detail loads, the formatted id stands in. */
  chatId: string;
  /** Controls placed at the header's end by the route (other features' toggles). */
  actions?: ReactNode;
}

/** The thread's header bar; `actions` sit at its end. */
export function ChatHeader({ chatId, actions }: ChatHeaderProps) {
  const { data: chat, isPending } = useQuery(chatQueries.detail(chatId));
  const name = chat ? chatDisplayName(chat) : formatChatId(chatId);
  const subtitle = chat
    ? [
        chatTypeLabel(chat.chat_type),
        chat.chat_type === 'group'
          ? memberCountLabel(chat.member_count)
          : isPhoneChatId(chat.chat_id)
            ? formatPhone(chat.chat_id)
            : null,
      ]
        .filter(Boolean)
        .join(' · ')
    : null;
  return (
    <header className="flex h-16 shrink-0 items-center gap-3 border-b border-slate-200 bg-wa-panel px-4">
      <Avatar id={chatId} name={name} src={chat?.chat_image} className="size-10" />
      <div className="min-w-0 flex-1">
        <h2 className="truncate font-medium text-slate-900">{name}</h2>
        {isPending ? (
          <Skeleton className="mt-1 h-3 w-32" />
        ) : (
          subtitle && <p className="truncate text-xs text-slate-500">{subtitle}</p>
        )}
      </div>
      {actions && <div className="flex shrink-0 items-center gap-2">{actions}</div>}
    </header>
  );
}
