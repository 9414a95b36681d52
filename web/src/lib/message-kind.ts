/**
 * Classifies a message by what the UI must show for it (periskope-api.md §4.3 `message_type`).
 * Shared by the chat-list preview and the thread, which word each kind differently.
 */
import type { Message } from './api-types.ts';

export type MessageKind =
  | 'text' | 'image' | 'video' | 'voice' | 'audio' | 'document' | 'sticker' | 'location'
  | 'contact' | 'poll' | 'deleted' | 'waiting' | 'unsupported';

/** Documented, SDK and raw WhatsApp-Web types mapped to a kind; anything else is unsupported. */
const KIND_BY_TYPE: Record<string, MessageKind> = {
  chat: 'text',
  text: 'text',
  image: 'image',
  video: 'video',
  ptt: 'voice',
  audio: 'audio',
  document: 'document',
  sticker: 'sticker',
  location: 'location',
  vcard: 'contact',
  multi_vcard: 'contact',
  poll_creation: 'poll',
  revoked: 'deleted',
  ciphertext: 'waiting',
};

/**
 * @param message - needs `message_type` and `is_deleted`
 * @returns the display kind; `is_deleted` wins over the type
 */
export function messageKind(message: Pick<Message, 'message_type' | 'is_deleted'>): MessageKind {
  if (message.is_deleted) return 'deleted';
  return KIND_BY_TYPE[message.message_type] ?? 'unsupported';
}

/**
 * @param vcards - raw vCard 3.0 texts
 * @returns the `FN:` of the first card, or null
 */
export function vcardName(vcards: string[]): string | null {
  const match = /^FN[^:]*:(.+)$/m.exec(vcards[0] ?? '');
  return match?.[1]?.trim() || null;
}
