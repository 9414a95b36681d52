/**
 * Reaction chips from a message's raw reactions: the latest reaction per sender counts, and an
 * empty `reaction` means the sender removed theirs (periskope-api.md §4.5).
 */
import type { Reaction } from '../../../lib/api-types.ts';

export interface ReactionGroup {
  emoji: string;
  /** Who reacted (`sender_id`) and when (ISO), in the order they reacted. */
  senders: { id: string; at: string }[];
}

/**
 * Groups reactions by the message they react to.
 * @returns `message_id` → its reactions, in input order
 */
export function byMessage<T extends Pick<Reaction, 'message_id'>>(reactions: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of reactions) {
    const list = out.get(r.message_id);
    if (list) list.push(r);
    else out.set(r.message_id, [r]);
  }
  return out;
}

/**
 * @param reactions - one message's reactions (GET /api/chats/:chatId/reactions or
 *   GET /api/messages/:messageId), any order
 * @returns one group per emoji, most reacted first (ties: first used first)
 */
export function groupReactions(reactions: Pick<Reaction, 'reaction' | 'sender_id' | 'timestamp'>[]): ReactionGroup[] {
  const latest = new Map<string, Pick<Reaction, 'reaction' | 'timestamp'>>();
  for (const r of reactions) {
    const seen = latest.get(r.sender_id);
    if (!seen || Date.parse(r.timestamp) >= Date.parse(seen.timestamp)) latest.set(r.sender_id, r);
  }
  const current = [...latest.entries()]
    .filter(([, r]) => r.reaction !== '')
    .sort(([, a], [, b]) => Date.parse(a.timestamp) - Date.parse(b.timestamp));
  const groups = new Map<string, ReactionGroup>();
  for (const [sender, r] of current) {
    const group = groups.get(r.reaction) ?? { emoji: r.reaction, senders: [] };
    group.senders.push({ id: sender, at: r.timestamp });
    groups.set(r.reaction, group);
  }
  return [...groups.values()].sort((a, b) => b.senders.length - a.senders.length);
}
