/**
 * Plain-word facts about a chat for the details pane: group settings, status flags,
 * who may see the chat, and which members are the org's own (internal).
 * @see docs/periskope-api.md#chat (chat object) and docs/periskope-api.md#notification (announce / restrict / memberaddmode)
 */
import type { ChatDetail, Member } from '@/lib/api-types.ts';

type Settings = Pick<
  ChatDetail,
  'messages_admins_only' | 'info_admins_only' | 'add_members_admins_only' | 'member_add_mode'
>;

/**
 * @returns one sentence per known group setting, e.g. "Only admins can send messages"; settings
 *   that are null (unknown) are left out
 */
export function groupSettingSentences(chat: Settings): string[] {
  const out: string[] = [];
  if (chat.messages_admins_only !== null)
    out.push(
      chat.messages_admins_only ? 'Only admins can send messages' : 'All members can send messages',
    );
  if (chat.info_admins_only !== null)
    out.push(
      chat.info_admins_only ? 'Only admins can edit group info' : 'All members can edit group info',
    );
  // GET /chats/{id} sends add_members_admins_only; lists send member_add_mode, its inverse (true =
  // everyone).
  const adminsAdd =
    chat.add_members_admins_only ?? (chat.member_add_mode === null ? null : !chat.member_add_mode);
  if (adminsAdd !== null)
    out.push(adminsAdd ? 'Only admins can add members' : 'All members can add members');
  return out;
}

/** @returns the chat's states worth a warning or a note, in plain words (only the true ones) */
export function chatStatusFlags(
  chat: Pick<ChatDetail, 'is_muted' | 'is_exited' | 'is_archived' | 'is_pinned' | 'chat_type'>,
): string[] {
  const out: string[] = [];
  if (chat.is_exited)
    out.push(
      chat.chat_type === 'group' ? 'Our phone has left this group' : 'Our phone has left this chat',
    );
  if (chat.is_muted) out.push('Muted');
  if (chat.is_archived) out.push('Archived');
  if (chat.is_pinned) out.push('Pinned');
  return out;
}

/** @returns the keys of a `key → true` map (`label_ids`, `chat_access`) that are true, sorted */
export function trueKeys(map: Record<string, boolean> | null | undefined): string[] {
  return Object.entries(map ?? {})
    .filter(([, on]) => on)
    .map(([key]) => key)
    .sort();
}

/**
 * @param map - a count map of the chat: `member_unread_count` (org member email → unread),
 *   `unread_count` (org phone → unread) or `flag_count_map` (org phone → flagged messages awaiting
 *   a reply), official `ChatType` fields
 * @returns the entries whose count is above 0, sorted by key
 */
export function positiveCounts(
  map: Readonly<Record<string, number>> | null | undefined,
): [key: string, count: number][] {
  return Object.entries(map ?? {})
    .filter(([, n]) => n > 0)
    .sort(([a], [b]) => a.localeCompare(b));
}

/**
 * Internal = one of the org's own numbers or staff: Periskope's `is_internal`, or a phone of the
 * org in this chat (`org_phone`, `chat_org_phones`), or any org phone from /api/phones.
 * @param orgPhones - extra `…@c.us` ids of the org's phones (optional)
 */
export function isInternalMember(
  member: Pick<Member, 'contact_id' | 'is_internal'>,
  chat: Pick<ChatDetail, 'org_phone' | 'chat_org_phones'>,
  orgPhones: readonly string[] = [],
): boolean {
  const id = member.contact_id;
  return (
    Boolean(member.is_internal) ||
    id === chat.org_phone ||
    chat.chat_org_phones.includes(id) ||
    orgPhones.includes(id)
  );
}
