/**
 * Top of a bubble: the sender in groups, then "Private note" (Periskope notes never reach
 * WhatsApp) and "Forwarded" / "Forwarded many times".
 */
import type { Message } from '@/lib/api-types.ts';
import { cn } from '@/lib/cn.ts';
import { memberColour, memberName } from '@/lib/members.ts';
import { forwardLabel } from '@/features/messages/lib/message-flags.ts';
import { useMembers } from '../members-context.tsx';
import { LockGlyph } from './media-glyphs.tsx';

export interface BubbleHeaderProps {
  message: Pick<
    Message,
    'from_me' | 'sender_phone' | 'author' | 'is_forwarded' | 'forwarding_score' | 'is_private_note'
  >;
  isGroup: boolean;
  /** Name the sender (the first message of a run); default true. */
  showSender?: boolean | undefined;
}

/**
 * Sender (groups, others only, first of a run), private-note and forwarded markers; nothing when
 * none apply.
 */
export function BubbleHeader({ message, isGroup, showSender = true }: BubbleHeaderProps) {
  const senderId = message.sender_phone ?? message.author;
  const forwarded = forwardLabel(message);
  return (
    <>
      {showSender && isGroup && !message.from_me && senderId && <SenderName senderId={senderId} />}
      {message.is_private_note && (
        <p className="mb-0.5 flex items-center gap-1 text-xs font-semibold text-amber-800">
          <LockGlyph className="size-3.5" />
          Private note
        </p>
      )}
      {forwarded && (
        <p className="mb-0.5 text-xs text-slate-500 italic">
          <span aria-hidden>{forwarded === 'Forwarded' ? '↪ ' : '↪↪ '}</span>
          {forwarded}
        </p>
      )}
    </>
  );
}

/** Named and coloured from the chat's members (useMembers), else the number. */
function SenderName({ senderId }: { senderId: string }) {
  const members = useMembers();
  const colour = memberColour(members, senderId);
  return (
    // contact_color is data (a validated hex), so it can only be applied inline.
    <p
      className={cn('mb-0.5 truncate text-xs font-semibold', !colour && 'text-teal-700')}
      style={colour ? { color: colour } : undefined}
    >
      {memberName(members, senderId)}
    </p>
  );
}
