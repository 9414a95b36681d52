/**
 * One message: side by `from_me`, sender name in groups, forwarded marker, image or honest
 * placeholder, text as React text nodes (never HTML), meta corner, and reactions below.
 */
import type { Members, Message } from '../../../lib/api-types.ts';
import { cn } from '../../../lib/cn.ts';
import { memberColour, memberName } from '../../../lib/members.ts';
import { messageKind } from '../../../lib/message-kind.ts';
import { describeMessage, showsBody } from '../lib/describe-message.ts';
import { MessageImage } from './message-image.tsx';
import { MessageMeta, MetaSpacer } from './message-meta.tsx';
import { Reactions } from './reactions.tsx';

export interface MessageBubbleProps {
  message: Message;
  isGroup: boolean;
  members: Members | undefined;
  /** Fetch this message's reactions now (it is on screen and the reader has stopped scrolling). */
  loadReactions: boolean;
}

const MUTED_KINDS = new Set(['deleted', 'waiting', 'unsupported']);

/** A bubble row; `loadReactions` off keeps it network-free. */
export function MessageBubble({ message, isGroup, members, loadReactions }: MessageBubbleProps) {
  const own = message.from_me;
  const kind = messageKind(message);
  const placeholder = describeMessage(message);
  const body = showsBody(message) && message.body ? message.body : null;
  const image = (kind === 'image' || kind === 'sticker') && !placeholder ? message.media : null;
  const senderId = message.sender_phone ?? message.author;
  const reactable = kind !== 'deleted' && kind !== 'waiting';
  return (
    <div className={cn('flex flex-col px-[5%] py-0.5', own ? 'items-end' : 'items-start')}>
      <article className={cn('relative max-w-[min(65%,36rem)] min-w-24 rounded-lg px-2 pt-1.5 pb-2 text-sm text-slate-900 shadow-sm', own ? 'bg-wa-bubble-out' : 'bg-white')}>
        {isGroup && !own && senderId && <SenderName members={members} senderId={senderId} />}
        {message.is_forwarded && <p className="mb-0.5 text-xs text-slate-500 italic">↪ Forwarded</p>}
        {image && <MessageImage media={image} alt={body ?? 'Photo'} sticker={kind === 'sticker'} />}
        {placeholder && (
          <p className={cn('break-words', MUTED_KINDS.has(kind) && 'text-slate-500 italic')}>
            {placeholder}
            {!body && <MetaSpacer message={message} />}
          </p>
        )}
        {body && (
          <p dir="auto" className={cn('break-words whitespace-pre-wrap', image && 'mt-1')}>
            {body}
            <MetaSpacer message={message} />
          </p>
        )}
        {!placeholder && !body && <div className="h-4" />}
        <MessageMeta message={message} isGroup={isGroup} />
      </article>
      {reactable && <Reactions messageId={message.message_id} members={members} fromMe={own} enabled={loadReactions} />}
    </div>
  );
}

function SenderName({ members, senderId }: { members: Members | undefined; senderId: string }) {
  const colour = memberColour(members, senderId);
  return (
    // contact_color is data (a validated hex), so it can only be applied inline.
    <p className={cn('mb-0.5 truncate text-xs font-semibold', !colour && 'text-teal-700')} style={colour ? { color: colour } : undefined}>
      {memberName(members, senderId)}
    </p>
  );
}
