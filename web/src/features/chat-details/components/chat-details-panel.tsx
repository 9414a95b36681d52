/**
 * Right-hand pane: the open chat's name, type, member count and members
 * (from GET /api/chats/:chatId, fetched by the route and passed in).
 */
import type { UseQueryResult } from '@tanstack/react-query';
import { Avatar } from '../../../components/ui/avatar.tsx';
import { ErrorState } from '../../../components/ui/error-state.tsx';
import { Skeleton } from '../../../components/ui/skeleton.tsx';
import type { ChatDetail } from '../../../lib/api-types.ts';
import { chatDisplayName, chatTypeLabel, memberCountLabel } from '../../../lib/chat-labels.ts';
import { formatPhone } from '../../../lib/format.ts';
import { MemberList } from './member-list.tsx';

export interface ChatDetailsPanelProps {
  detail: UseQueryResult<ChatDetail>;
}

/** A `complementary` landmark named "Chat details". */
export function ChatDetailsPanel({ detail }: ChatDetailsPanelProps) {
  return (
    <aside aria-label="Chat details" className="flex min-h-0 flex-1 flex-col overflow-y-auto border-l border-slate-200 bg-surface">
      <ChatDetailsBody detail={detail} />
    </aside>
  );
}

function ChatDetailsBody({ detail }: ChatDetailsPanelProps) {
  if (detail.isPending) {
    return (
      <div role="status" aria-label="Loading chat details" className="flex flex-col items-center gap-3 p-6">
        <Skeleton className="size-24 rounded-full" />
        <Skeleton className="h-4 w-40" />
        <Skeleton className="h-3 w-24" />
      </div>
    );
  }
  if (detail.isError) return <ErrorState error={detail.error} onRetry={() => void detail.refetch()} retrying={detail.isFetching} />;
  const chat = detail.data;
  const name = chatDisplayName(chat);
  const members = Object.values(chat.members ?? {});
  const facts = [chatTypeLabel(chat.chat_type), chat.chat_type === 'group' ? memberCountLabel(chat.member_count ?? members.length) : null];
  return (
    <>
      <div className="flex flex-col items-center gap-1 border-b border-slate-100 px-6 py-6 text-center">
        <Avatar id={chat.chat_id} name={name} src={chat.chat_image} className="mb-2 size-24 text-2xl" />
        <h2 className="text-lg font-medium break-words text-slate-900">{name}</h2>
        {chat.chat_type !== 'group' && <p className="text-sm text-slate-600">{formatPhone(chat.chat_id)}</p>}
        <p className="text-sm text-slate-500">{facts.filter(Boolean).join(' · ')}</p>
      </div>
      {chat.group_description && (
        <section aria-label="Description" className="border-b border-slate-100 px-6 py-4">
          <p className="text-sm break-words whitespace-pre-wrap text-slate-700">{chat.group_description}</p>
        </section>
      )}
      {members.length > 0 && <MemberList members={members} />}
    </>
  );
}
