/**
 * Hand-placed chats that tests, demos and benchmarks look for: a big group (≥ 5,000 messages),
 * a media group whose newest ~50 events show every message kind, reactions and notifications,
 * a 1:1 chat with every kind, groups shared by two org phones, an empty chat.
 */
import type { Rng } from '../prng.ts';
import type { ChatSpec } from './build-chat.ts';
import { PERISKOPE_PHONE, SUPPORT_PHONE } from './constants.ts';
import type { NoteStep, ScriptStep } from './entry.ts';
import type { IdAllocator } from './random-specs.ts';

const MIN = 60_000;

/** Every message kind once (newest first), with the traits a UI must render. */
export const ALL_KINDS_SCRIPT: readonly ScriptStep[] = [
  { kind: 'chat', fromMe: true },
  { kind: 'image', fromMe: false, richReactions: true },
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
  { kind: 'chat', fromMe: false, richReactions: true },
];

/**
 * Newest eight notifications of the media group, then every other type; `create` is the oldest.
 * The newest adds five members at once, so a long target list ("and 3 others") is on screen.
 */
const MEDIA_NOTES: readonly NoteStep[] = [
  { type: 'add', targets: 5 }, 'promote', 'subject', 'picture', 'announce_true', 'memberaddmode_false', 'call', 'ephemeral',
  'remove', 'leave', 'invite', 'demote', 'desc', 'description', 'announce_false', 'restrict_true',
  'restrict_false', 'memberaddmode_true', 'add', 'remove', 'create',
];

export interface ShowcaseSpecs {
  big: ChatSpec;
  media: ChatSpec;
  allKindsUser: ChatSpec;
  empty: ChatSpec;
  shared: ChatSpec[];
}

/** The showcase specs (ids allocated from `ids`). */
export function showcaseSpecs(rng: Rng, ids: IdAllocator): ShowcaseSpecs {
  const support = [SUPPORT_PHONE];
  return {
    big: {
      chat_id: ids.groupId(rng), chat_type: 'group', phones: support, name: 'Periskope Community 🚀', memberCount: 120,
      messages: 5200, notifications: 150, latestAgoMs: 9 * MIN, tags: ['big'], reactionRate: 0.05,
    },
    media: {
      chat_id: ids.groupId(rng), chat_type: 'group', phones: support, name: 'Design review 📸', memberCount: 14,
      messages: 180, notifications: MEDIA_NOTES.length, noteScript: MEDIA_NOTES, recentNotes: 8,
      script: ALL_KINDS_SCRIPT, latestAgoMs: 5 * MIN, tags: ['media', 'all-kinds'], reactionRate: 0.2,
    },
    allKindsUser: {
      chat_id: '', chat_type: 'user', phones: support, messages: 60, notifications: 0,
      script: ALL_KINDS_SCRIPT.filter((s) => s.kind !== 'gp2' && s.variant !== 'mention'),
      latestAgoMs: 12 * MIN, tags: ['all-kinds-user'], reactionRate: 0.15,
    },
    empty: { chat_id: '', chat_type: 'user', phones: support, messages: 0, notifications: 0, latestAgoMs: 0, tags: ['empty'] },
    shared: Array.from({ length: 5 }, (_, i) => ({
      chat_id: ids.groupId(rng), chat_type: 'group' as const, phones: [SUPPORT_PHONE, PERISKOPE_PHONE],
      name: i === 0 ? 'Partners <> Periskope' : undefined, memberCount: 6 + i * 3, messages: 20 + i * 15,
      notifications: 4, latestAgoMs: (30 + i * 90) * MIN, tags: ['shared'],
    })),
  };
}
