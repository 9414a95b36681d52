/**
 * Reaction chips from a message's raw reactions: the latest reaction per sender counts, and an
 * empty `reaction` means the sender removed theirs (docs/periskope-api.md#reaction). A reaction's
 * time may be null (official `ReactionType.timestamp: string | null`).
 */
import type { Reaction } from '@/lib/api-types.ts';
import { instantOf } from '@/lib/timeline.ts';

export interface ReactionGroup {
  emoji: string;
  /**
   * Who reacted (`sender_id`) and when (ISO; null when unknown), in the order they reacted, undated
   * last.
   */
  senders: { id: string; at: string | null }[];
}

/**
 * Groups reactions by the message they react to.
 * @returns `message_id` → its reactions, in input order
 */
export function byMessage<T extends Pick<Reaction, 'message_id'>>(
  reactions: readonly T[],
): Map<string, T[]> {
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
 *   GET /api/messages/:messageId), newest first as Periskope lists them
 * @returns one group per emoji, most reacted first (ties: first used first). A sender's latest
 *   reaction is the one with the latest time; an undated one loses to any dated one, and among
 *   undated ones (or equal times) the first listed (the newest) wins.
 */
export function groupReactions(
  reactions: Pick<Reaction, 'reaction' | 'sender_id' | 'timestamp'>[],
): ReactionGroup[] {
  const latest = new Map<
    string,
    { reaction: string; timestamp: string | null; ms: number | null; order: number }
  >();
  reactions.forEach((r, order) => {
    const seen = latest.get(r.sender_id);
    const ms = instantOf(r.timestamp);
    if (!seen || (ms !== null && (seen.ms === null || ms > seen.ms)))
      latest.set(r.sender_id, { ...r, ms, order });
  });
  const current = [...latest.entries()]
    .filter(([, r]) => r.reaction !== '')
    // Oldest first; undated after dated ones, the later listed (older) first.
    .sort(([, a], [, b]) => (a.ms ?? Infinity) - (b.ms ?? Infinity) || b.order - a.order);
  const groups = new Map<string, ReactionGroup>();
  for (const [sender, r] of current) {
    const group = groups.get(r.reaction) ?? { emoji: r.reaction, senders: [] };
    group.senders.push({ id: sender, at: r.timestamp });
    groups.set(r.reaction, group);
  }
  return [...groups.values()].sort((a, b) => b.senders.length - a.senders.length);
}
