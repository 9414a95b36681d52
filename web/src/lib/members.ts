/**
 * Who is who in a chat: names and colours of members, from `GET /api/chats/:chatId` `members`.
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

/**
 * @returns the member's `contact_name`, else the formatted phone number of `contactId`
 */
export function memberName(members: Members | undefined, contactId: string): string {
  return findMember(members, contactId)?.contact_name?.trim() || formatPhone(contactId);
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
