/**
 * The content of a bubble by `message_type` (§4.3, issue 5 item 4): text, image/sticker, video,
 * audio/voice, document, location, contacts, poll, or a muted notice (deleted, waiting,
 * unsupported). `trailing` (the meta spacer) ends the last text line; content that does not end
 * in text gets a spacer line instead, so the time never covers it.
 */
import type { ReactNode } from 'react';
import type { Members, Message } from '../../../../lib/api-types.ts';
import { messageKind } from '../../../../lib/message-kind.ts';
import { showsBody } from '../../lib/describe-message.ts';
import { MessageImage } from '../message-image.tsx';
import { AudioPlayer } from './audio-player.tsx';
import { ContactCards } from './contact-cards.tsx';
import { DocumentCard } from './document-card.tsx';
import { LocationCard } from './location-card.tsx';
import { MediaFallback } from './media-fallback.tsx';
import { MessageNotice } from './message-notice.tsx';
import { MessageText } from './message-text.tsx';
import { PollCard } from './poll-card.tsx';
import { VideoContent } from './video-content.tsx';

export interface MessageContentProps {
  message: Message;
  members: Members | undefined;
  /** Ends the last line of text (the meta spacer). */
  trailing: ReactNode;
  /** Opens an image or sticker (a lightbox, once there is one). */
  onOpenImage?: (() => void) | undefined;
}

/** Dispatches on {@link messageKind}; never throws on unknown types (a muted notice). */
export function MessageContent({ message, members, trailing, onOpenImage }: MessageContentProps) {
  const kind = messageKind(message);
  const caption = showsBody(message) && message.body ? message.body : null;
  const visual = kind === 'image' || kind === 'video';
  const text = caption && (
    <MessageText
      text={caption}
      mentionIds={message.mentioned_ids}
      members={members}
      trailing={trailing}
      wrapAnywhere={visual}
      className={kind === 'text' ? undefined : 'mt-1'}
    />
  );
  const media = (() => {
    switch (kind) {
      case 'text': return null;
      case 'image':
      case 'sticker': {
        const alt = caption ?? (kind === 'sticker' ? 'Sticker' : 'Photo');
        if (!message.media) return <MediaFallback label={kind === 'sticker' ? 'Sticker unavailable' : 'Photo unavailable'} className="h-40 w-60" />;
        return <MessageImage media={message.media} alt={alt} sticker={kind === 'sticker'} onOpen={onOpenImage} />;
      }
      case 'video': return <VideoContent media={message.media} gif={message.is_gif ?? false} />;
      case 'voice':
      case 'audio': return <AudioPlayer media={message.media} duration={message.duration} voice={kind === 'voice'} />;
      case 'document': return <DocumentCard media={message.media} />;
      case 'location': return <LocationCard location={message.location} />;
      case 'contact': return <ContactCards vcards={message.vcards} />;
      case 'poll': return <PollCard info={message.poll_info} results={message.poll_results} />;
      case 'deleted':
      case 'waiting':
      case 'unsupported': return <MessageNotice kind={kind} messageType={message.message_type} trailing={trailing} />;
    }
  })();
  const endsInText = Boolean(text) || kind === 'deleted' || kind === 'waiting' || kind === 'unsupported';
  return (
    <>
      {/* A caption wraps at the width of its photo or video (min-content of the pair). */}
      {visual && text ? <div className="w-min max-w-full">{media}{text}</div> : <>{media}{text}</>}
      {kind === 'text' && !text && trailing}
      {!endsInText && kind !== 'text' && <div aria-hidden className="h-4" />}
    </>
  );
}
