/**
 * One message: side by `from_me`, a header (sender in groups, private note, forwarded), markers
 * (flagged, ticket, pinned), the quoted message, the content by type (content/), what an edit
 * changed on demand, the meta corner, and reactions below. WhatsApp service entries (encryption
 * notice, timer changes, gp2…) are centred lines instead. All message data renders as React text
 * nodes, never HTML.
 */
import { useContext, useId, useState } from 'react';
import type { Message } from '@/lib/api-types.ts';
import { cn } from '@/lib/cn.ts';
import { messageKind, SYSTEM_LINE_KINDS } from '@/lib/message-kind.ts';
import { isEdited } from '../lib/message-flags.ts';
import { BubbleActions } from './bubble-actions.tsx';
import { BubbleHeader } from './content/bubble-header.tsx';
import { BubbleMarkers } from './content/bubble-markers.tsx';
import { EditHistory } from './content/edit-history.tsx';
import { MessageContent } from './content/message-content.tsx';
import { QuotedMessage } from './content/quoted-message.tsx';
import { SystemNotice } from './content/system-notice.tsx';
import { MessageMeta, MetaSpacer } from './message-meta.tsx';
import { Reactions } from './reactions.tsx';
import { ThreadChatContext } from './thread-chat-context.ts';

export interface MessageBubbleProps {
  message: Message;
  /** Not the first of a run of one sender's messages: no sender name, no tail, a small gap. */
  continues?: boolean | undefined;
  isGroup: boolean;
  /** On screen and the reader has stopped scrolling: fetch reactions and quoted messages now. */
  loadReactions: boolean;
  /** A click on the quoted message; defaults to the thread's `onOpenMessage`. */
  onQuoteClick?: ((messageId: string) => void) | undefined;
  /** A click on an image or sticker (a lightbox); without it images are not buttons. */
  onOpenImage?: ((messageId: string) => void) | undefined;
}

/** A bubble row; `loadReactions` off keeps it network-free. */
export function MessageBubble({
  message,
  continues = false,
  isGroup,
  loadReactions,
  onQuoteClick,
  onOpenImage,
}: MessageBubbleProps) {
  const thread = useContext(ThreadChatContext);
  const editId = useId();
  const [editOpen, setEditOpen] = useState(false);
  const own = message.from_me;
  const kind = messageKind(message);
  const edited = isEdited(message) && kind !== 'deleted';
  const quoteClick = onQuoteClick ?? thread?.onOpenMessage;
  // Without content of its own, a message takes no reactions or quote.
  const hollow = kind === 'deleted' || kind === 'unreadable';
  if (SYSTEM_LINE_KINDS.has(kind)) return <SystemNotice message={message} />;
  return (
    <div
      className={cn(
        'flex flex-col px-[5%] pb-0.5',
        continues ? 'pt-0.5' : 'pt-2',
        own ? 'items-end' : 'items-start',
      )}
    >
      <article
        data-message-type={message.message_type}
        // The BFF's placeholder for a message it could not read: findable by name, not only by
        // text.
        aria-label={kind === 'unreadable' ? 'Unreadable message' : undefined}
        className={cn(
          'group/bubble relative max-w-[min(65%,36rem)] min-w-24 rounded-lg px-2 pt-1.5 pb-2 text-sm text-slate-900',
          // Stickers stand on the wallpaper, as in WhatsApp (cn() does not merge conflicting
          // classes).
          kind === 'sticker' && message.media
            ? ''
            : message.is_private_note
              ? 'bg-amber-50 shadow-bubble ring-1 ring-amber-300'
              : own
                ? 'bg-wa-bubble-out shadow-bubble'
                : 'bg-surface shadow-bubble',
          // The first bubble of a run points at its sender's side (WhatsApp's tail).
          !continues && kind !== 'sticker' && (own ? 'rounded-tr-none' : 'rounded-tl-none'),
        )}
      >
        {thread && (
          <BubbleActions
            chatId={thread.chatId}
            messageId={message.message_id}
            own={own}
            linkable={!message.is_private_note}
            onShowInfo={thread.onShowInfo}
          />
        )}
        <BubbleHeader message={message} isGroup={isGroup} showSender={!continues} />
        <BubbleMarkers message={message} pin={thread?.pinned?.get(message.message_id)} />
        {message.quoted_message_id && !hollow && (
          <QuotedMessage
            messageId={message.quoted_message_id}
            chatId={message.chat_id}
            enabled={loadReactions}
            onQuoteClick={quoteClick}
          />
        )}
        <MessageContent
          message={message}
          trailing={<MetaSpacer message={message} />}
          onOpenImage={onOpenImage && (() => onOpenImage(message.message_id))}
        />
        {edited && (
          <EditHistory
            id={editId}
            open={editOpen}
            before={message.prev_body ?? ''}
            after={message.body ?? ''}
          />
        )}
        <MessageMeta
          message={message}
          isGroup={isGroup}
          edit={
            edited
              ? { open: editOpen, onToggle: () => setEditOpen((o) => !o), controls: editId }
              : undefined
          }
        />
      </article>
      {!hollow && kind !== 'waiting' && (
        <Reactions messageId={message.message_id} fromMe={own} enabled={loadReactions} />
      )}
    </div>
  );
}
