/**
 * The cheap, pure part of a generated message: kind, sender, ids and time. Used on its own to
 * point `quoted_message_id` at an older message without generating it.
 */
import { type Rng, rngFor } from '../prng.ts';
import type { Contact } from './contacts.ts';
import { SALT } from './context.ts';
import type { ChatEntry, MessageKind, ScriptStep } from './entry.ts';

export interface Skeleton {
  /** Position in the timeline, 0 = newest. */
  index: number;
  kind: MessageKind;
  step: ScriptStep | undefined;
  sender: Contact;
  fromMe: boolean;
  uniqueId: string;
  messageId: string;
  /** epoch ms (whole seconds) */
  ts: number;
}

const USER_KINDS: readonly (readonly [MessageKind, number])[] = [
  ['chat', 700],
  ['image', 70],
  ['video', 15],
  ['audio', 8],
  ['ptt', 35],
  ['document', 30],
  ['sticker', 25],
  ['location', 10],
  ['vcard', 8],
  ['multi_vcard', 3],
  ['poll_creation', 2],
  ['ciphertext', 6],
  ['revoked', 15],
  ['call_log', 6],
  ['e2e_notification', 3],
  ['unknown', 2],
  ['groups_v4_invite', 3],
  ['ephemeral', 1],
];

const GROUP_KINDS: readonly (readonly [MessageKind, number])[] = [
  ['chat', 700],
  ['image', 70],
  ['video', 15],
  ['audio', 6],
  ['ptt', 25],
  ['document', 25],
  ['sticker', 30],
  ['location', 6],
  ['vcard', 5],
  ['multi_vcard', 2],
  ['poll_creation', 12],
  ['ciphertext', 5],
  ['revoked', 15],
  ['gp2', 4],
  ['e2e_notification', 2],
  ['unknown', 2],
  ['ephemeral', 1],
];

/** Kinds that can be quoted or reacted to. */
export function isContentKind(kind: string): boolean {
  return ![
    'revoked',
    'ciphertext',
    'gp2',
    'call_log',
    'e2e_notification',
    'unknown',
    'ephemeral',
  ].includes(kind);
}

function uniqueIdFor(rng: Rng, sender: Contact): string {
  if (sender.internal)
    return rng.chance(0.7) ? `3EB0${rng.hex(36, true)}` : `3EB0${rng.hex(18, true)}`;
  return rng.weighted<() => string>([
    [() => rng.hex(32, true), 4],
    [() => `3A${rng.hex(18, true)}`, 3],
    [() => `3F${rng.hex(18, true)}`, 3],
  ])();
}

/** WhatsApp-generated system messages never come from the org phone. */
const SYSTEM_KINDS = new Set<MessageKind>(['gp2', 'e2e_notification']);

function pickSender(
  rng: Rng,
  entry: ChatEntry,
  step: ScriptStep | undefined,
  kind: MessageKind,
): Contact {
  // Viewer-independent choice (internal vs external), so group copies on several phones agree.
  const internal = entry.members.filter((m) => m.contact.internal).map((m) => m.contact);
  const external = entry.members.filter((m) => !m.contact.internal).map((m) => m.contact);
  const own = internal.find((c) => c.id === entry.org_phone);
  const forced =
    step?.senderId === undefined
      ? undefined
      : entry.members.find((m) => m.contact.id === step.senderId);
  if (forced) return forced.contact;
  if (step?.fromMe === true && own) return own;
  if ((step?.fromMe === false || SYSTEM_KINDS.has(kind)) && external.length > 0)
    return rng.pick(external);
  const isGroup = entry.core.chat_type === 'group';
  if (internal.length > 0 && (external.length === 0 || rng.chance(isGroup ? 0.3 : 0.45)))
    return rng.pick(internal);
  return external.length > 0 ? rng.pick(external) : rng.pick(entry.members).contact;
}

/**
 * Skeleton of message `index` of a generated timeline. Pure: depends on the timeline seed (shared
 * by the copies of a group on several org phones) and on the viewing `entry.org_phone`.
 */
export function skeletonAt(entry: ChatEntry, index: number): Skeleton {
  const { timeline } = entry;
  const step = timeline.script[index];
  const isGroup = entry.core.chat_type === 'group';
  const kindRng = rngFor(timeline.seed, index, SALT.kind);
  const kind = step?.kind ?? kindRng.weighted(isGroup ? GROUP_KINDS : USER_KINDS);
  const rng = rngFor(timeline.seed, index, SALT.sender);
  const sender = pickSender(rng, entry, step, kind);
  const fromMe = sender.id === entry.org_phone;
  const uniqueId = uniqueIdFor(rng, sender);
  const suffix = isGroup && rng.chance(timeline.suffixRate) ? `_${sender.id}` : '';
  return {
    index,
    kind,
    step,
    sender,
    fromMe,
    uniqueId,
    messageId: `${fromMe}_${entry.chat_id}_${uniqueId}${suffix}`,
    ts: timeline.times[index] ?? 0,
  };
}
