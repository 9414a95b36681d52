/**
 * Traits a bubble marks besides its content (docs/periskope-api.md#message): edited, forwarded
 * (often), private note, flagged for a reply.
 */
import type { Message } from '@/lib/api-types.ts';

/**
 * `forwarding_score` from which WhatsApp says "Forwarded many times": forwarded through a chain
 * of five or more chats (WhatsApp Web's `isFrequentlyForwarded`, score ≥ 5; the simulator's
 * message-modifiers.ts uses the same threshold).
 * @see https://faq.whatsapp.com/26000253 (WhatsApp Help Center: about forwarding limits)
 */
export const FREQUENTLY_FORWARDED_SCORE = 5;

export type ForwardLabel = 'Forwarded' | 'Forwarded many times';

/** @returns the forwarded marker's text, or null when the message was not forwarded */
export function forwardLabel(
  message: Pick<Message, 'is_forwarded' | 'forwarding_score'>,
): ForwardLabel | null {
  const score = message.forwarding_score ?? 0;
  if (score >= FREQUENTLY_FORWARDED_SCORE) return 'Forwarded many times';
  return message.is_forwarded || score > 0 ? 'Forwarded' : null;
}

/** @returns whether the text changed: `prev_body` is set and differs from `body` */
export function isEdited(message: Pick<Message, 'prev_body' | 'body'>): boolean {
  return message.prev_body !== null && message.prev_body !== message.body;
}

/** Who flagged a message for a reply, and when (official `MessageFlagType`). */
export interface FlagDetails {
  /** Email (or id) of who flagged it; null when not given. */
  by: string | null;
  /** ISO 8601 instant; null when not given. */
  at: string | null;
}

/**
 * @returns the flag when `flag_status` is true (flagged for a reply), else null; a flag without
 *   metadata has neither who nor when
 */
export function flagDetails(
  message: Pick<Message, 'flag_status' | 'flag_metadata'>,
): FlagDetails | null {
  if (message.flag_status !== true) return null;
  return {
    by: message.flag_metadata?.flagged_by ?? null,
    at: message.flag_metadata?.flagged_at ?? null,
  };
}

/**
 * @param formatAt - formats the ISO instant (lib/format.ts `formatDateTime`)
 * @returns "Flagged by ana@acme.com · 27 Jan 2025, 11:07:56", or "Flagged" when neither is known
 */
export function flagText(flag: FlagDetails, formatAt: (iso: string) => string): string {
  const at = flag.at ? formatAt(flag.at) : '';
  return ['Flagged', flag.by && `by ${flag.by}`].filter(Boolean).join(' ') + (at ? ` · ${at}` : '');
}

/**
 * @param pin - a pin of the chat (official `ChatType.pinned_messages`; times epoch ms)
 * @param formatAt - formats an epoch ms instant (lib/format.ts `formatDateTime`)
 * @returns "Pinned 27 Jan 2025, 11:07:56 · until 3 Feb 2025, 11:07:56", as far as the times are known
 */
export function pinText(
  pin: { pinned_at: number | null; expires_at: number | null },
  formatAt: (ms: number) => string,
): string {
  const at = pin.pinned_at !== null ? ` ${formatAt(pin.pinned_at)}` : '';
  const until = pin.expires_at !== null ? ` · until ${formatAt(pin.expires_at)}` : '';
  return `Pinned${at}${until}`;
}
