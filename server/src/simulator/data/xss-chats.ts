/**
 * Chats carrying the XSS payloads (xss.ts) in every user-controlled text field: chat and contact
 * names (saved and push names), group description, custom property values, bodies, captions,
 * document file names, vCard FN, poll name/options, location names, invite card names. URLs stay
 * Periskope-like (the API only returns its own storage URLs there).
 */
import type { Rng } from '../prng.ts';
import type { ChatSpec } from './build-chat.ts';
import { CUSTOM_PROPERTY_IDS, SUPPORT_PHONE } from './constants.ts';
import type { Contact } from './contacts.ts';
import type { MessageKind, ScriptStep } from './entry.ts';
import type { IdAllocator } from './random-specs.ts';
import { XSS_PAYLOADS, xssPayload } from './xss.ts';

const KINDS: readonly MessageKind[] = [
  'chat',
  'chat',
  'image',
  'document',
  'vcard',
  'poll_creation',
  'location',
  'chat',
  'multi_vcard',
  'video',
  'groups_v4_invite',
];

/** One scripted message per payload, cycling through the kinds that have text fields. */
function script(offset: number): ScriptStep[] {
  return XSS_PAYLOADS.map((_, k) => ({
    kind: KINDS[(k + offset) % KINDS.length] ?? 'chat',
    xss: k,
    fromMe: k % 3 === 0,
  }));
}

/**
 * The XSS 1:1 chat and group.
 * @param contact - the 1:1 counterpart (its name is replaced by a payload)
 * @param pool - contacts to turn into XSS-named group members
 */
export function xssSpecs(
  rng: Rng,
  ids: IdAllocator,
  contact: Contact,
  pool: readonly Contact[],
): { user: ChatSpec; group: ChatSpec } {
  const evil = {
    ...contact,
    name: xssPayload(1),
    profile: { ...contact.profile, pushname: xssPayload(5) },
  };
  const members = pool.slice(0, 6).map((c, i) => ({
    ...c,
    name: xssPayload(i * 4 + 2),
    profile: { ...c.profile, pushname: xssPayload(i * 4 + 3) },
  }));
  return {
    user: {
      chat_id: evil.id,
      chat_type: 'user',
      phones: [SUPPORT_PHONE],
      contact: evil,
      messages: XSS_PAYLOADS.length + 12,
      notifications: 0,
      script: script(0),
      latestAgoMs: 8 * 60_000,
      tags: ['xss'],
      reactionRate: 0.2,
      decorate: (entry) => {
        entry.core.custom_properties = { [CUSTOM_PROPERTY_IDS[0]]: xssPayload(0) };
      },
    },
    group: {
      chat_id: ids.groupId(rng),
      chat_type: 'group',
      phones: [SUPPORT_PHONE],
      name: xssPayload(3),
      pool: members,
      memberCount: 7,
      messages: XSS_PAYLOADS.length + 20,
      notifications: 6,
      script: script(5),
      latestAgoMs: 45 * 60_000,
      tags: ['xss'],
      decorate: (entry) => {
        entry.core.group_description = `${xssPayload(4)}\n${xssPayload(0)}`;
      },
    },
  };
}
