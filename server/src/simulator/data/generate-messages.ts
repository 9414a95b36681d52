/**
 * Message `index` of a chat timeline as a full REST message object (docs/periskope-api.md#message):
 * every key the documented list examples carry, mostly null (docs/periskope-api.md#quirk-5), in
 * Periskope's alphabetical order. Pure: the same (seed, chat, index, viewer) always gives the same
 * record.
 */
import { rngFor } from '../prng.ts';
import { isoMillis, isoSeconds } from '../time.ts';
import { ORG_ID, AGENTS } from './constants.ts';
import { type GenContext, SALT } from './context.ts';
import { NO_DELIVERY, deliveryFor } from './delivery.ts';
import type { ChatEntry } from './entry.ts';
import { contentFor } from './message-content.ts';
import { flagsFor } from './message-flags.ts';
import { modifiersFor } from './message-modifiers.ts';
import { skeletonAt } from './message-skeleton.ts';
import { ftsOf } from './message-text.ts';
import { encodeSentId } from './sent-id.ts';
import type { MessageRecord } from './types.ts';
import { xssPayload } from './xss.ts';

const MEDIA_KINDS = new Set(['image', 'video', 'audio', 'ptt', 'document', 'sticker']);

/**
 * Who sent it through Periskope: an agent, the API, or nobody (typed on the phone: no queue id).
 */
function sender(
  ctx: GenContext,
  entry: ChatEntry,
  index: number,
): { performed_by: string | null; sent_message_id: string | null } {
  const rng = rngFor(entry.timeline.seed, index, SALT.sentId);
  const how = rng.weighted([
    ['agent', 45],
    ['api', 15],
    ['queued', 10],
    ['phone', 30],
  ] as const);
  if (how === 'phone') return { performed_by: null, sent_message_id: null };
  const performed_by = how === 'agent' ? rng.pick(AGENTS) : how === 'api' ? 'api' : null;
  return { performed_by, sent_message_id: encodeSentId(rng, ctx.seed, entry.index, index) };
}

/**
 * The message at `index` (0 = newest) of `entry`'s timeline, list shape (with `interactive`).
 * @throws {RangeError} when index is outside the timeline
 */
export function messageAt(ctx: GenContext, entry: ChatEntry, index: number): MessageRecord {
  const { timeline } = entry;
  if (timeline.fixedMessages) {
    const fixed = timeline.fixedMessages[index];
    if (!fixed) throw new RangeError(`no message ${index} in ${entry.key}`);
    return fixed;
  }
  if (index < 0 || index >= timeline.times.length)
    throw new RangeError(`no message ${index} in ${entry.key}`);
  const sk = skeletonAt(entry, index);
  const rng = rngFor(timeline.seed, index, SALT.content);
  const xss = sk.step?.xss !== undefined ? xssPayload(sk.step.xss) : undefined;
  const content = contentFor(rng, ctx, entry, sk, xss);
  const mods = modifiersFor(rngFor(timeline.seed, index, SALT.modifiers), entry, sk, content.body);
  const isGroup = entry.core.chat_type === 'group';
  const recipients = entry.members.map((m) => m.contact.id).filter((id) => id !== sk.sender.id);
  const delivery = sk.fromMe
    ? deliveryFor(
        rngFor(timeline.seed, index, SALT.delivery, 1),
        recipients,
        isGroup,
        sk.ts,
        ctx.now,
      )
    : { ack: '0', delivery_info: { ...NO_DELIVERY, pending: [] } };
  const via = sk.fromMe ? sender(ctx, entry, index) : { performed_by: null, sent_message_id: null };
  const isMedia = MEDIA_KINDS.has(sk.kind);
  const flags = flagsFor(entry, sk, ctx.now);
  return {
    ack: delivery.ack,
    author: null,
    body: mods.body,
    broadcast: null,
    broadcast_id: null,
    chat_id: entry.chat_id,
    delivery_info: delivery.delivery_info,
    device_type: null,
    duration: content.duration,
    flag_metadata: flags.flag_metadata,
    flag_response_time: flags.flag_response_time,
    flag_status: flags.flag_status,
    forwarding_score: mods.forwarding_score,
    from: null,
    from_me: sk.fromMe,
    fts: ftsOf(mods.body),
    has_media: isMedia && rng.chance(0.1) ? true : null,
    has_quoted_msg: null,
    has_reaction: null,
    id: { from_me: sk.fromMe, id: sk.uniqueId, remote: entry.chat_id, serialized: sk.messageId },
    interactive: null,
    invite_v4: content.invite_v4,
    is_deleted: content.is_deleted,
    is_ephemeral: null,
    is_forwarded: mods.is_forwarded,
    is_gif: content.is_gif,
    is_starred: mods.is_starred,
    is_status: null,
    links: mods.links,
    location: content.location,
    media: content.media,
    media_key: null,
    mentioned_ids: mods.mentioned_ids,
    message_id: sk.messageId,
    message_ticket_id: flags.message_ticket_id,
    message_type: sk.kind,
    order_id: null,
    org_id: ORG_ID,
    org_phone: entry.org_phone,
    performed_by: via.performed_by,
    poll_info: content.poll_info,
    poll_results: content.poll_results,
    prev_body: mods.prev_body,
    quoted_message_id: mods.quoted_message_id,
    raw_data: content.raw_data ?? mods.raw_data,
    sender_phone: sk.sender.id,
    sent_message_id: via.sent_message_id,
    timestamp: sk.step?.nullTimestamp ? null : isoSeconds(sk.ts),
    to: null,
    token: null,
    unique_id: sk.uniqueId,
    updated_at: isoMillis(Math.min(sk.ts + mods.updateDelayMs, ctx.now - 1)),
    vcards: content.vcards,
  };
}

/** Number of messages in `entry`'s timeline. */
export function messageCount(entry: ChatEntry): number {
  return entry.timeline.fixedMessages?.length ?? entry.timeline.times.length;
}
