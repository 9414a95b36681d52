/**
 * The "Details" tab: the chat's picture, name, type and size, its facts, and its members.
 */
import type { To } from 'react-router';
import { Avatar } from '@/components/ui/avatar.tsx';
import type { ChatDetail } from '@/lib/api-types.ts';
import {
  chatDisplayName,
  chatTypeLabel,
  isPhoneChatId,
  memberCountLabel,
} from '@/lib/chat-labels.ts';
import { formatPhone } from '@/lib/format.ts';
import { isInternalMember } from '../lib/chat-facts.ts';
import { ChatFactsList } from './chat-facts-list.tsx';
import { MemberList } from './member-list.tsx';

export interface ChatDetailsTabProps {
  chat: ChatDetail;
  labelNames: Record<string, string>;
  onSelectMember?: ((contactId: string) => void) | undefined;
  /** A pinned message in the thread. */
  messageHref?: ((messageId: string) => To) | undefined;
}

/** The tab's content: header, facts, members (a member click calls `onSelectMember`). */
export function ChatDetailsTab({
  chat,
  labelNames,
  onSelectMember,
  messageHref,
}: ChatDetailsTabProps) {
  const name = chatDisplayName(chat);
  const members = Object.values(chat.members ?? {});
  // The type as Periskope sent it ("Unknown", or a new kind by its own name), never taken for a
  // 1:1.
  const facts = [
    chatTypeLabel(chat.chat_type),
    chat.chat_type === 'group' ? memberCountLabel(chat.member_count ?? members.length) : null,
  ];
  return (
    <>
      <div className="flex flex-col items-center gap-1 border-b border-slate-100 px-6 py-6 text-center">
        <Avatar
          id={chat.chat_id}
          name={name}
          src={chat.chat_image}
          className="mb-2 size-24 text-2xl"
        />
        <h2 className="text-lg font-medium break-words text-slate-900">{name}</h2>
        {isPhoneChatId(chat.chat_id) && (
          <p className="text-sm text-slate-600">{formatPhone(chat.chat_id)}</p>
        )}
        <p className="text-sm text-slate-500">{facts.filter(Boolean).join(' · ')}</p>
      </div>
      <ChatFactsList chat={chat} labelNames={labelNames} messageHref={messageHref} />
      {members.length > 0 && (
        <MemberList
          members={members}
          isInternal={(m) => isInternalMember(m, chat)}
          onSelect={onSelectMember}
        />
      )}
    </>
  );
}
