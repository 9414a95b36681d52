/**
 * Traits a bubble marks besides its content (§4.3): edited, forwarded (often), private note.
 */
import type { Message } from '../../../lib/api-types.ts';

/**
 * `forwarding_score` from which WhatsApp says "Forwarded many times": forwarded through a chain
 * of five or more chats (WhatsApp Web's `isFrequentlyForwarded`, score ≥ 5; the simulator's
 * message-modifiers.ts uses the same threshold).
 * @see https://faq.whatsapp.com/26000253 (WhatsApp Help Center: about forwarding limits)
 */
export const FREQUENTLY_FORWARDED_SCORE = 5;

export type ForwardLabel = 'Forwarded' | 'Forwarded many times';

/** @returns the forwarded marker's text, or null when the message was not forwarded */
export function forwardLabel(message: Pick<Message, 'is_forwarded' | 'forwarding_score'>): ForwardLabel | null {
  const score = message.forwarding_score ?? 0;
  if (score >= FREQUENTLY_FORWARDED_SCORE) return 'Forwarded many times';
  return message.is_forwarded || score > 0 ? 'Forwarded' : null;
}

/** @returns whether the text changed: `prev_body` is set and differs from `body` */
export function isEdited(message: Pick<Message, 'prev_body' | 'body'>): boolean {
  return message.prev_body !== null && message.prev_body !== message.body;
}
