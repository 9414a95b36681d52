/**
 * Flags and tickets of incoming messages (docs/periskope-api.md#message "ticketing/flagging"):
 * `flag_status` (boolean,
 * @periskope/types tbl_chat_messages), `flag_metadata` (MessageFlagType) and `message_ticket_id`.
 * A flag is open (`status: true`) or answered (`status: false` with the response). Which
 * positions are flagged is decided per timeline (`Timeline.flags`, script `flag`), so a chat's
 * `flag_count_map` can count its open flags without generating messages.
 */
import { type Rng, rngFor } from '../prng.ts';
import { isoMillis } from '../time.ts';
import { AGENTS } from './constants.ts';
import { SALT } from './context.ts';
import type { ChatEntry } from './entry.ts';
import { type Skeleton, skeletonAt } from './message-skeleton.ts';
import type { MessageFlag } from './types.ts';

export interface Flags {
  flag_metadata: MessageFlag | null;
  flag_response_time: number | null;
  flag_status: boolean | null;
  message_ticket_id: string | null;
}

const NONE: Flags = {
  flag_metadata: null,
  flag_response_time: null,
  flag_status: null,
  message_ticket_id: null,
};

/** Open, answered, or not flagged; only messages from others are flagged. */
function stateOf(entry: ChatEntry, sk: Skeleton, rng: Rng): 'open' | 'resolved' | null {
  if (sk.fromMe) return null;
  const scripted = sk.step?.flag;
  if (scripted) return scripted;
  if (!entry.timeline.flags.includes(sk.index)) return null;
  return rng.chance(0.65) ? 'open' : 'resolved';
}

/** Number of open flags of an entry (its `flag_count_map` value). */
export function openFlagCount(entry: ChatEntry): number {
  const positions = new Set(entry.timeline.flags);
  entry.timeline.script.forEach((s, i) => {
    if (s.flag) positions.add(i);
  });
  let open = 0;
  for (const i of positions) {
    if (i >= entry.timeline.times.length) continue;
    if (stateOf(entry, skeletonAt(entry, i), rngFor(entry.timeline.seed, i, SALT.flags)) === 'open')
      open++;
  }
  return open;
}

/**
 * Flag and ticket fields of a generated message.
 * @param now - upper bound for flag/response times (epoch ms)
 */
export function flagsFor(entry: ChatEntry, sk: Skeleton, now: number): Flags {
  const rng = rngFor(entry.timeline.seed, sk.index, SALT.flags);
  const state = stateOf(entry, sk, rng);
  const ticketed =
    !sk.fromMe && (sk.step?.ticket === true || (sk.step === undefined && rng.chance(0.012)));
  const ticket = ticketed ? `ticket-${rng.letters(16)}` : null;
  if (state === null) return { ...NONE, message_ticket_id: ticket };
  const flaggedAt = Math.min(now - 2_000, sk.ts + rng.int(1_000, 600_000));
  const by = rng.chance(0.5) ? { flagged_by: rng.pick(AGENTS) } : {};
  if (state === 'open') {
    return {
      ...NONE,
      flag_metadata: { flagged_at: isoMillis(flaggedAt), ...by, status: true },
      flag_status: true,
      message_ticket_id: ticket,
    };
  }
  const type = rng.weighted([
    ['message', 5],
    ['reaction', 2],
    ['ticket', 2],
    ['manual', 1],
  ] as const);
  const answeredAt = Math.min(now - 1_000, flaggedAt + rng.int(30_000, 7_200_000));
  const flag: MessageFlag = {
    flagged_at: isoMillis(flaggedAt),
    ...by,
    response_email: rng.pick(AGENTS),
    response_timestamp: isoMillis(answeredAt),
    response_type: type,
    status: false,
  };
  const ticketId = ticket ?? (type === 'ticket' ? `ticket-${rng.letters(16)}` : null);
  return { ...NONE, flag_metadata: flag, flag_status: false, message_ticket_id: ticketId };
}
