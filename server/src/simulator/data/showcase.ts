/**
 * Hand-placed chats that tests, demos and benchmarks look for: a big group (≥ 5,000 messages),
 * a media group whose newest ~50 events show every message kind, reactions and notifications
 * (and two guests known only by push name / verified business name), a 1:1 chat with every kind
 * (flags, a ticket, pins, custom properties of every JSON type), groups shared by two org
 * phones, an empty chat.
 */
import { type Rng, rngFor } from '../prng.ts';
import type { ChatSpec } from './build-chat.ts';
import { pinsAt } from './chat-extras.ts';
import { PERISKOPE_PHONE, SUPPORT_PHONE } from './constants.ts';
import type { Contact } from './contacts.ts';
import type { GenContext } from './context.ts';
import { showcaseProperties } from './custom-properties.ts';
import type { NoteStep, ScriptStep } from './entry.ts';
import type { IdAllocator } from './random-specs.ts';

const MIN = 60_000;

/** Every message kind once (newest first), with the traits a UI must render. */
export const ALL_KINDS_SCRIPT: readonly ScriptStep[] = [
  { kind: 'chat', fromMe: true },
  { kind: 'image', fromMe: false, richReactions: true, flag: 'open' },
  { kind: 'chat', variant: 'quoted', fromMe: true },
  { kind: 'video' },
  { kind: 'ptt', fromMe: false },
  { kind: 'audio' },
  { kind: 'document', fromMe: true },
  { kind: 'sticker', fromMe: false },
  { kind: 'location' },
  { kind: 'vcard' },
  { kind: 'multi_vcard' },
  { kind: 'poll_creation', fromMe: true },
  { kind: 'chat', variant: 'mention', fromMe: false },
  { kind: 'chat', variant: 'edited', fromMe: true },
  { kind: 'chat', variant: 'forwarded_many', fromMe: false },
  { kind: 'chat', variant: 'forwarded' },
  { kind: 'chat', variant: 'starred' },
  { kind: 'revoked' },
  { kind: 'ciphertext', fromMe: false },
  { kind: 'gp2' },
  { kind: 'e2e_notification' },
  { kind: 'unknown' },
  { kind: 'chat', variant: 'links' },
  { kind: 'image', fromMe: true },
  { kind: 'video', variant: 'gif' },
  { kind: 'call_log' },
  { kind: 'groups_v4_invite' },
  { kind: 'chat', fromMe: false, richReactions: true, flag: 'resolved', ticket: true },
  { kind: 'ephemeral' },
];

/**
 * Script positions (in ALL_KINDS_SCRIPT) of the media group's guest messages: the @mention and the
 * last reacted text.
 */
const GUEST_STEPS = { pushname: 12, verifiedName: 27 } as const;

/** External members of the media group known only by WhatsApp-side names. */
export interface MediaGuests {
  /** contact_name null, `pushname` set. */
  pushname: Contact;
  /** contact_name null, only `verified_name` (is_business). */
  verifiedName: Contact;
}

/**
 * Newest eight notifications of the media group, then every other type; `create` is the oldest.
 * The newest adds five members at once (one of them the business guest), so a long target list
 * ("and 3 others") is on screen; the next promotes the push-name guest.
 */
function mediaNotes(guests: MediaGuests): NoteStep[] {
  return [
    { type: 'add', targets: 5, include: [guests.verifiedName.id] },
    { type: 'promote', targets: 1, include: [guests.pushname.id] },
    'subject',
    'picture',
    'announce_true',
    'memberaddmode_false',
    'call',
    'ephemeral',
    'remove',
    'leave',
    'invite',
    'demote',
    'desc',
    'description',
    'announce_false',
    'restrict_true',
    'restrict_false',
    'memberaddmode_true',
    'add',
    'remove',
    'create',
  ];
}

function mediaScript(guests: MediaGuests): ScriptStep[] {
  return ALL_KINDS_SCRIPT.map((step, i) =>
    i === GUEST_STEPS.pushname
      ? { ...step, senderId: guests.pushname.id }
      : i === GUEST_STEPS.verifiedName
        ? { ...step, senderId: guests.verifiedName.id }
        : step,
  );
}

const ALL_KINDS_USER_SCRIPT = ALL_KINDS_SCRIPT.filter(
  (s) => s.kind !== 'gp2' && s.variant !== 'mention',
);

export interface ShowcaseSpecs {
  big: ChatSpec;
  media: ChatSpec;
  allKindsUser: ChatSpec;
  empty: ChatSpec;
  shared: ChatSpec[];
}

/** The showcase specs (ids allocated from `ids`). */
export function showcaseSpecs(
  rng: Rng,
  ctx: GenContext,
  ids: IdAllocator,
  guests: MediaGuests,
): ShowcaseSpecs {
  const support = [SUPPORT_PHONE];
  const notes = mediaNotes(guests);
  return {
    big: {
      chat_id: ids.groupId(rng),
      chat_type: 'group',
      phones: support,
      name: 'Periskope Community 🚀',
      memberCount: 120,
      messages: 5200,
      notifications: 150,
      latestAgoMs: 9 * MIN,
      tags: ['big'],
      reactionRate: 0.05,
    },
    media: {
      chat_id: ids.groupId(rng),
      chat_type: 'group',
      phones: support,
      name: 'Design review 📸',
      memberCount: 14,
      guests: [guests.pushname, guests.verifiedName],
      messages: 180,
      notifications: notes.length,
      noteScript: notes,
      recentNotes: 8,
      script: mediaScript(guests),
      latestAgoMs: 5 * MIN,
      tags: ['media', 'all-kinds'],
      reactionRate: 0.2,
    },
    allKindsUser: {
      chat_id: '',
      chat_type: 'user',
      phones: support,
      messages: 60,
      notifications: 0,
      script: ALL_KINDS_USER_SCRIPT,
      latestAgoMs: 12 * MIN,
      tags: ['all-kinds-user'],
      reactionRate: 0.15,
      decorate: (entry) => {
        entry.core.custom_properties = showcaseProperties();
        // The image and the quoted reply (script positions 1 and 2) are pinned.
        entry.core.pinned_messages = pinsAt(rngFor(ctx.seed, 0x9155), ctx, entry, [1, 2]);
      },
    },
    empty: {
      chat_id: '',
      chat_type: 'user',
      phones: support,
      messages: 0,
      notifications: 0,
      latestAgoMs: 0,
      tags: ['empty'],
    },
    shared: Array.from({ length: 5 }, (_, i) => ({
      chat_id: ids.groupId(rng),
      chat_type: 'group' as const,
      phones: [SUPPORT_PHONE, PERISKOPE_PHONE],
      name: i === 0 ? 'Partners <> Periskope' : undefined,
      memberCount: 6 + i * 3,
      messages: 20 + i * 15,
      notifications: 4,
      latestAgoMs: (30 + i * 90) * MIN,
      tags: ['shared'],
    })),
  };
}
