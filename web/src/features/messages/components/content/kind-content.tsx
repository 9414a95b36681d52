/**
 * What a bubble shows for its kind, besides the text or caption (message-content.tsx places
 * that): the media player or card, a call entry, an invite card, a business message's label, or a
 * muted notice.
 */
import type { ReactNode } from 'react';
import type { Message } from '@/lib/api-types.ts';
import { describeMessage, summariseMessage } from '@/lib/describe-message.ts';
import type { MessageKind } from '@/lib/message-kind.ts';
import { MessageImage } from '../message-image.tsx';
import { AudioPlayer } from './audio-player.tsx';
import { CallLogCard } from './call-log-card.tsx';
import { ContactCards } from './contact-cards.tsx';
import { DocumentCard } from './document-card.tsx';
import { InviteCard } from './invite-card.tsx';
import { LocationCard } from './location-card.tsx';
import { MediaFallback } from './media-fallback.tsx';
import { MessageNotice } from './message-notice.tsx';
import { PollCard } from './poll-card.tsx';
import { VideoContent } from './video-content.tsx';

export interface KindContentProps {
  kind: MessageKind;
  message: Message;
  /** The text shown with the content, if any (alt text of images). */
  caption: string | null;
  trailing: ReactNode;
  onOpenImage?: (() => void) | undefined;
}

/** Null for plain text, whose body is all there is. */
export function KindContent({ kind, message, caption, trailing, onOpenImage }: KindContentProps) {
  switch (kind) {
    case 'text':
      return null;
    case 'image':
    case 'sticker': {
      const alt = caption ?? (kind === 'sticker' ? 'Sticker' : 'Photo');
      if (!message.media)
        return (
          <MediaFallback
            label={kind === 'sticker' ? 'Sticker unavailable' : 'Photo unavailable'}
            className="h-40 w-60"
          />
        );
      return (
        <MessageImage
          media={message.media}
          alt={alt}
          sticker={kind === 'sticker'}
          onOpen={onOpenImage}
        />
      );
    }
    case 'video':
      return (
        <VideoContent
          media={message.media}
          gif={message.is_gif ?? false}
          duration={message.duration}
        />
      );
    case 'voice':
    case 'audio':
      return (
        <AudioPlayer media={message.media} duration={message.duration} voice={kind === 'voice'} />
      );
    case 'document':
      return <DocumentCard media={message.media} />;
    case 'location':
      return <LocationCard location={message.location} />;
    case 'contact':
      return <ContactCards vcards={message.vcards} />;
    case 'poll':
      return <PollCard info={message.poll_info} results={message.poll_results} />;
    case 'call':
      return <CallLogCard call={message.call} fromMe={message.from_me} />;
    case 'invite':
      return (
        <InviteCard
          invite={message.invite}
          body={message.body}
          mentionIds={message.mentioned_ids}
        />
      );
    // The type's name ("Button reply", "Template message") above the text it carries.
    case 'interactive':
      return (
        <p className="text-xs text-slate-500 italic">
          {describeMessage({ ...summariseMessage(message), body: null })}
        </p>
      );
    // Shown as centred lines by the bubble; here only when a content is rendered alone.
    case 'e2e':
    case 'ephemeral':
    case 'system':
      return <p className="text-slate-500 italic">{describeMessage(summariseMessage(message))}</p>;
    case 'deleted':
    case 'waiting':
    case 'unreadable':
    case 'unsupported':
      return <MessageNotice kind={kind} messageType={message.message_type} trailing={trailing} />;
  }
}
