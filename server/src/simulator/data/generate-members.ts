/**
 * Chat participants: group members (a super admin, a few admins, the org phones as internal
 * members, external contacts) and their REST `members[contact_id]` records
 * (docs/periskope-api.md#chat): the participant fields plus the contact fields of @periskope/types
 * ChatMemberType.
 */
import type { Rng } from '../prng.ts';
import { sortKeys } from '../sort-keys.ts';
import { ORG_ID } from './constants.ts';
import { memberContactFields } from './contact-profile.ts';
import type { Contact } from './contacts.ts';
import type { ChatEntry, MemberPlan } from './entry.ts';
import type { MemberRecord } from './chat-types.ts';

/**
 * Members of a generated group.
 * @param internal - org phones in the group (empty when the viewing phone exited)
 * @param pool - external contacts to draw from
 * @param size - total members wanted (≥ 1)
 * @param guests - external contacts that must be members (placed after the internal ones)
 * @returns members (internal first) and a few former members (for remove/leave notifications)
 */
export function groupMembers(
  rng: Rng,
  internal: readonly Contact[],
  pool: readonly Contact[],
  size: number,
  guests: readonly Contact[] = [],
): { members: MemberPlan[]; former: Contact[] } {
  const guestIds = new Set(guests.map((c) => c.id));
  const candidates = guestIds.size > 0 ? pool.filter((c) => !guestIds.has(c.id)) : pool;
  const externals = rng.sample(candidates, Math.max(0, size - internal.length - guests.length) + 3);
  const former = externals.splice(0, 3);
  const people = [...internal, ...guests, ...externals];
  const superAdmin = internal.length > 0 && rng.chance(0.6) ? 0 : rng.int(0, people.length - 1);
  const admins = new Set<number>([superAdmin]);
  const extra = rng.int(0, Math.min(3, people.length - 1));
  for (let i = 0; i < extra; i++) admins.add(rng.int(0, people.length - 1));
  const members = people.map((contact, i) => ({
    contact,
    is_admin: admins.has(i) || (contact.internal && rng.chance(0.7)),
    is_super_admin: i === superAdmin,
  }));
  return { members, former };
}

/** The two participants of a 1:1 chat; both admins, as in chat.example. */
export function userMembers(org: Contact, contact: Contact): MemberPlan[] {
  return [
    { contact: org, is_admin: true, is_super_admin: true },
    { contact, is_admin: true, is_super_admin: true },
  ];
}

/** REST `members` map of an entry, keyed and ordered by contact id. */
export function memberRecords(entry: ChatEntry): Record<string, MemberRecord> {
  if (entry.fixtureMembers) return entry.fixtureMembers;
  const sorted = [...entry.members].sort((a, b) => (a.contact.id < b.contact.id ? -1 : 1));
  const out: Record<string, MemberRecord> = {};
  for (const m of sorted) {
    const { contact } = m;
    out[contact.id] = sortKeys({
      ...memberContactFields(contact.id, contact.name, contact.profile),
      chat_id: entry.chat_id,
      contact_color: contact.color,
      contact_id: contact.id,
      contact_image: contact.image,
      contact_name: contact.name,
      is_admin: m.is_admin,
      is_internal: contact.internal,
      is_super_admin: m.is_super_admin,
      org_id: ORG_ID,
      org_phone: entry.org_phone,
    });
  }
  return out;
}
