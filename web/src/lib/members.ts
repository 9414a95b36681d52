/**
 * Who is who in a chat: names and colours of members, from `GET /api/chats/:chatId` `members`
 * (official `ChatMemberType`: a participant merged with its contact).
 */
import type { Member, Members } from './api-types.ts';
import { formatPhone } from './format.ts';

/**
 * @param members - the chat's `members` map (contact_id → member), or null while unknown
 * @param contactId - `…@c.us` of a sender, actor or target
 * @returns the member, looked up by key then by `contact_id`
 */
export function findMember(members: Members | undefined, contactId: string): Member | undefined {
  if (!members) return undefined;
  return members[contactId] ?? Object.values(members).find((m) => m.contact_id === contactId);
}

/** The name fields of a member (official `ChatMemberType`); any may be missing or null. */
export type MemberNames = Partial<
  Pick<
    Member,
    'contact_name' | 'periskope_name' | 'name' | 'short_name' | 'verified_name' | 'pushname'
  >
>;

/**
 * Marks a push name, as WhatsApp marks the self-chosen name of someone not in the address book
 * ("~ Ana"): anyone can pick any push name, so the reader sees it is not a saved name.
 */
export const PUSHNAME_MARK = '~ ';

const clean = (value: string | null | undefined): string => value?.trim() ?? '';

/**
 * The name of a contact as the org knows it, without the number fallback: the saved contact name,
 * the name an agent gave in Periskope (`periskope_name`), WhatsApp's `name`, `short_name`, the
 * verified business name, then the push name marked with {@link PUSHNAME_MARK}.
 * @returns the name, or null when the member carries none
 */
export function savedName(member: MemberNames | undefined): string | null {
  if (!member) return null;
  const name =
    clean(member.contact_name) ||
    clean(member.periskope_name) ||
    clean(member.name) ||
    clean(member.short_name) ||
    clean(member.verified_name);
  if (name) return name;
  const push = clean(member.pushname);
  return push ? `${PUSHNAME_MARK}${push}` : null;
}

/**
 * The one way a contact is named (senders, mentions, reactions, receipts, group events): see
 * {@link savedName}, else the formatted number. Org phones are named by their `phone_name` where
 * the caller knows them (notifications' name resolver).
 * @param member - the member, when the chat's members are known
 * @param contactId - `…@c.us`, for the number fallback
 * @returns e.g. `Ana Lima`, `~ Ana`, `+971 50 123 4567`
 */
export function contactName(member: MemberNames | undefined, contactId: string): string {
  return savedName(member) ?? formatPhone(contactId);
}

/**
 * @param members - the chat's `members` map, or undefined while unknown (numbers until then)
 * @returns {@link contactName} of the member with that id
 */
export function memberName(members: Members | undefined, contactId: string): string {
  return contactName(findMember(members, contactId), contactId);
}

const HEX_COLOUR = /^#[0-9a-f]{3,8}$/i;

/**
 * @returns the member's `contact_color` when it is a plain hex colour (anything else is ignored,
 *   so upstream data never reaches CSS unchecked), else undefined
 */
export function memberColour(members: Members | undefined, contactId: string): string | undefined {
  const colour = findMember(members, contactId)?.contact_color;
  return colour && HEX_COLOUR.test(colour) ? colour : undefined;
}
