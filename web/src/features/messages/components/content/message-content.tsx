/**
 * The content of a bubble by kind (lib/message-kind.ts, docs/periskope-api.md#message
 * `message_type`): text, image/sticker, video, audio/voice, document, location, contacts, poll,
 * business messages, a call entry, a group invite, or a muted notice (deleted, waiting, unreadable,
 * unsupported); then a text's link preview and suspicious-link warnings. `trailing` (the meta
 * spacer) ends the last text line; content that does not end in text gets a spacer line instead, so
 * the time never covers it.
 */
import type { ReactNode } from 'react';
import type { Message } from '@/lib/api-types.ts';
import { messageKind, showsBody, type MessageKind } from '@/lib/message-kind.ts';
import { KindContent } from './kind-content.tsx';
import { LinkPreview } from './link-preview.tsx';
import { MessageText } from './message-text.tsx';
import { SuspiciousLinks } from './suspicious-links.tsx';

export interface MessageContentProps {
  message: Message;
  /** Ends the last line of text (the meta spacer). */
  trailing: ReactNode;
  /** Opens an image or sticker (a lightbox, once there is one). */
  onOpenImage?: (() => void) | undefined;
}

/** Kinds whose content is a one-line notice that takes the meta spacer itself. */
const NOTICE_KINDS: ReadonlySet<MessageKind> = new Set([
  'deleted',
  'waiting',
  'unreadable',
  'unsupported',
]);

/** Dispatches on {@link messageKind}; never throws on unknown types (a muted notice). */
export function MessageContent({ message, trailing, onOpenImage }: MessageContentProps) {
  const kind = messageKind(message);
  const caption = showsBody(message) && message.body ? message.body : null;
  const visual = kind === 'image' || kind === 'video';
  const extras =
    caption !== null &&
    (message.link_preview !== null || message.links.some((l) => l.is_suspicious));
  const endsInText = (caption !== null && !extras) || NOTICE_KINDS.has(kind);
  const text = caption && (
    <MessageText
      text={caption}
      mentionIds={message.mentioned_ids}
      trailing={extras ? null : trailing}
      wrapAnywhere={visual}
      className={kind === 'text' || kind === 'interactive' ? undefined : 'mt-1'}
    />
  );
  const media = (
    <KindContent
      kind={kind}
      message={message}
      caption={caption}
      trailing={trailing}
      onOpenImage={onOpenImage}
    />
  );
  return (
    <>
      {/* A caption wraps at the width of its photo or video (min-content of the pair). */}
      {visual && text ? (
        <div className="w-min max-w-full">
          {media}
          {text}
        </div>
      ) : (
        <>
          {media}
          {text}
        </>
      )}
      {extras && message.link_preview && <LinkPreview preview={message.link_preview} />}
      {extras && <SuspiciousLinks links={message.links} />}
      {kind === 'text' && !caption && (
        <p className="text-slate-500 italic">Message without text{trailing}</p>
      )}
      {!endsInText && (kind !== 'text' || extras) && <div aria-hidden className="h-4" />}
    </>
  );
}
