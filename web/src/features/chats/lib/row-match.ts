/**
 * Where a search matched a listed chat (the BFF's `match`), as ranges to mark in the
 * text the row shows.
 */
import { digitRangesToText, type Range } from '@/components/ui/highlight.tsx';
import type { ChatListItem } from '@/lib/api-types.ts';
import { formatPhone } from '@/lib/format.ts';

type Matched = Pick<ChatListItem, 'match' | 'chat_id' | 'chat_name'>;

/**
 * @param shown - the name as displayed (`chat_name`, else the formatted number)
 * @returns ranges into `shown`, or undefined when the name is not what matched
 */
export function nameRanges(chat: Matched, shown: string): Range[] | undefined {
  const match = chat.match;
  if (!match) return undefined;
  if (match.field === 'chat_name') return shown === chat.chat_name ? match.ranges : undefined;
  // An unnamed 1:1 chat shows its number as its name: mark the digits there.
  return chat.chat_name ? undefined : digitRangesToText(shown, match.ranges);
}

/** @returns the formatted number with the matched digits, when a named chat matched by number */
export function numberMatch(chat: Matched): { text: string; ranges: Range[] } | null {
  if (chat.match?.field !== 'chat_id' || !chat.chat_name) return null;
  // A group id is not a phone number: show its digits as they are.
  const text = chat.chat_id.endsWith('@g.us')
    ? (chat.chat_id.split('@')[0] ?? '')
    : formatPhone(chat.chat_id);
  return { text, ranges: digitRangesToText(text, chat.match.ranges) };
}
