/**
 * Chat fields of @periskope/types ChatType / view_chats that the documented examples lack and
 * that depend on the built entry: `latest_message_timestamp` (every generated chat, epoch ms),
 * `flag_count_map` (open flags per org phone), and on a few chats `member_unread_count`,
 * `unread_count`, `snooze_metadata` and `pinned_messages` (real messages of the chat).
 */
import type { Rng } from '../prng.ts';
import { DAY_MS } from '../time.ts';
import { AGENTS } from './constants.ts';
import type { GenContext } from './context.ts';
import type { ChatEntry } from './entry.ts';
import { openFlagCount } from './message-flags.ts';
import { isContentKind, skeletonAt } from './message-skeleton.ts';
import type { ChatCore, PinnedMessage, SnoozeMetadata } from './chat-types.ts';

/** WhatsApp's pin durations: 24 hours, 7 days, 30 days. */
const PIN_DAYS = [1, 7, 30] as const;

/**
 * Pins of messages at `positions` (content kinds only), each still running at `now`.
 * @returns pins newest first (by `pinned_at`)
 */
export function pinsAt(
  rng: Rng,
  ctx: GenContext,
  entry: ChatEntry,
  positions: readonly number[],
): PinnedMessage[] {
  const pins: PinnedMessage[] = [];
  for (const i of positions) {
    const sk = i < entry.timeline.times.length ? skeletonAt(entry, i) : undefined;
    if (!sk || !isContentKind(sk.kind)) continue;
    const pinnedAt = Math.min(ctx.now - 1_000, sk.ts + rng.int(30_000, 3_600_000));
    const days = PIN_DAYS.find((d) => pinnedAt + d * DAY_MS > ctx.now);
    if (days === undefined) continue;
    pins.push({
      expires_at: pinnedAt + days * DAY_MS,
      message_id: sk.messageId,
      pinned_at: pinnedAt,
    });
  }
  return pins.sort((a, b) => b.pinned_at - a.pinned_at);
}

function snooze(rng: Rng, ctx: GenContext): SnoozeMetadata {
  const until = ctx.now + rng.int(1, 120) * 3_600_000;
  return {
    ...(rng.chance(0.7) ? { snooze_by: rng.pick(AGENTS) } : {}),
    ...(rng.chance(0.5)
      ? {
          snooze_message: rng.pick([
            'Follow up after payment',
            'Waiting for the invoice',
            'Call back on Monday',
          ]),
        }
      : {}),
    snooze_until: until,
  };
}

function memberUnread(rng: Rng): Record<string, number> {
  const agents = rng.sample(AGENTS, rng.int(1, 3)).sort();
  return Object.fromEntries(agents.map((a) => [a, rng.int(0, 25)]));
}

/** The extra fields of a generated entry (set on `entry.core` by the caller). */
export function chatExtras(rng: Rng, ctx: GenContext, entry: ChatEntry): Partial<ChatCore> {
  const out: Partial<ChatCore> = { latest_message_timestamp: entry.latestMs };
  const open = openFlagCount(entry);
  if (open > 0) out.flag_count_map = { [entry.org_phone]: open };
  const hasMessages = entry.latestMs !== null;
  if (hasMessages && rng.chance(0.2)) out.member_unread_count = memberUnread(rng);
  const unread = entry.core.message_unread_count;
  if (unread !== null && unread > 0 && rng.chance(0.5))
    out.unread_count = { [entry.org_phone]: unread };
  if (rng.chance(0.03)) out.snooze_metadata = snooze(rng, ctx);
  if (hasMessages && rng.chance(0.04)) {
    const count = Math.min(entry.timeline.times.length, 40);
    const pins = pinsAt(
      rng,
      ctx,
      entry,
      rng.sample(
        Array.from({ length: count }, (_, i) => i),
        rng.int(1, 2),
      ),
    );
    if (pins.length > 0) out.pinned_messages = pins;
  }
  return out;
}
