/**
 * Reactions of a message (docs/periskope-api.md#reaction), served by GET /message/{id} and GET
 * /reactions. Each sender's history is kept as separate rows, oldest first: a changed reaction is a
 * later row with another emoji, a removed one a later row with `reaction: ""` [W][I]. A row whose
 * `timestamp` is null (edge-cases group) keeps its generated time for sorting and filtering ({@link
 * reactionTime}).
 */
import { type Rng, rngFor } from '../prng.ts';
import type { Contact } from './contacts.ts';
import { EMOJIS, ORG_ID } from './constants.ts';
import { type GenContext, SALT } from './context.ts';
import type { ChatEntry } from './entry.ts';
import { isContentKind } from './message-skeleton.ts';
import { isoMillis, parseTimestamp } from '../time.ts';
import type { MessageRecord, ReactionRecord } from './types.ts';

/** Generated times of the rows whose `timestamp` was nulled. */
const hiddenTimes = new WeakMap<ReactionRecord, number>();

/**
 * Epoch ms a reaction sorts and filters by: its timestamp, or the generated time behind a null one.
 */
export function reactionTime(reaction: ReactionRecord): number {
  return reaction.timestamp === null
    ? (hiddenTimes.get(reaction) ?? 0)
    : parseTimestamp(reaction.timestamp);
}

function row(
  entry: ChatEntry,
  message: MessageRecord,
  sender: Contact,
  emoji: string,
  atMs: number,
  rng: Rng,
): ReactionRecord {
  const fromMe = sender.id === entry.org_phone;
  const uid = fromMe ? `3EB0${rng.hex(18, true)}` : rng.hex(32, true);
  const suffix = entry.core.chat_type === 'group' && rng.chance(0.5) ? `_${sender.id}` : '';
  const reactionId = `${fromMe}_${entry.chat_id}_${uid}${suffix}`;
  return {
    ack: fromMe
      ? null
      : rng.weighted<string | null>([
          [null, 3],
          ['0', 1],
        ]),
    chat_id: entry.chat_id,
    id: { from_me: fromMe, id: uid, remote: entry.chat_id, serialized: reactionId },
    message_id: message.message_id,
    msg_id: message.id,
    org_id: ORG_ID,
    org_phone: entry.org_phone,
    orphan: rng.chance(0.9) ? null : '0',
    orphan_reason: null,
    reaction: emoji,
    reaction_id: reactionId,
    read: fromMe || rng.chance(0.7),
    sender_id: sender.id,
    timestamp: isoMillis(atMs),
    unique_id: message.unique_id,
  };
}

/**
 * Reactions of the message at `index`, oldest first (empty for most messages). Scripted "rich"
 * messages get ≥ 3 senders, the first of whom changed and the second removed theirs.
 */
export function reactionsAt(
  ctx: GenContext,
  entry: ChatEntry,
  index: number,
  message: MessageRecord,
): ReactionRecord[] {
  const fixed = entry.timeline.fixedReactions;
  if (fixed) return [...(fixed.get(message.message_id) ?? [])];
  if (entry.timeline.fixedMessages || !isContentKind(message.message_type)) return [];
  const rng = rngFor(entry.timeline.seed, index, SALT.reactions);
  const step = entry.timeline.script[index];
  const rich = step?.richReactions === true;
  const nulled = step?.nullReactionTimestamp === true;
  if (!rich && !nulled && !rng.chance(entry.timeline.reactionRate)) return [];
  const candidates = entry.members.map((m) => m.contact);
  const senders = rng.sample(
    candidates,
    rich ? Math.min(candidates.length, rng.int(3, 6)) : rng.int(1, Math.min(5, candidates.length)),
  );
  // The generated time, not `message.timestamp` (which may be null).
  const sentMs = entry.timeline.times[index] ?? 0;
  const rows: [number, ReactionRecord][] = [];
  senders.forEach((sender, s) => {
    let at =
      sentMs + rng.int(5_000, Math.max(5_001, Math.min(6 * 3_600_000, (ctx.now - sentMs) * 0.6)));
    const first = rng.pick(EMOJIS);
    rows.push([at, row(entry, message, sender, first, at, rng)]);
    const changed = rich ? s === 0 : rng.chance(0.15);
    const removed = rich ? s === 1 : !changed && rng.chance(0.1);
    if (changed || removed) {
      at += rng.int(1_000, Math.max(1_001, Math.min(3_600_000, (ctx.now - at) * 0.5)));
      const next = changed ? (EMOJIS.find((e) => e !== first) ?? '👍') : '';
      rows.push([at, row(entry, message, sender, next, at, rng)]);
    }
  });
  const out = rows.sort((a, b) => a[0] - b[0]).map(([, r]) => r);
  const newest = out[out.length - 1];
  if (nulled && newest) {
    const nulledRow = { ...newest, timestamp: null };
    hiddenTimes.set(nulledRow, rows[rows.length - 1]?.[0] ?? sentMs);
    out[out.length - 1] = nulledRow;
  }
  return out;
}
