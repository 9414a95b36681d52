/**
 * The sentence a group notification shows in the thread (periskope-api.md §4.4): the actor is
 * `author`, the targets are `recipientids`; both are resolved to names by the caller.
 */
import type { Notification } from '../../../lib/api-types.ts';
import { joinNames } from '../../../lib/format.ts';

type Fields = Pick<Notification, 'type' | 'author' | 'recipientids'>;

/** Setting toggles: `<type>` → what is true afterwards. WhatsApp's `all_member_add` makes memberaddmode_true "everyone". */
const SETTINGS: Record<string, string> = {
  announce_true: 'only admins can send messages',
  announce_false: 'all participants can send messages',
  restrict_true: 'only admins can edit group info',
  restrict_false: 'all participants can edit group info',
  memberaddmode_true: 'all participants can add members',
  memberaddmode_false: 'only admins can add members',
};

/**
 * @param notification - `type`, `author`, `recipientids`
 * @param nameOf - contact id → display name (member name, else formatted number)
 * @returns plain text, e.g. "Asha added Ravi and +91 95378 51844"
 */
export function describeNotification(notification: Fields, nameOf: (contactId: string) => string): string {
  const actor = notification.author ? nameOf(notification.author) : 'Someone';
  const targetIds = notification.recipientids;
  const targets = joinNames(targetIds.map(nameOf));
  const subjects = targets || actor;
  const setting = SETTINGS[notification.type];
  if (setting) return `${actor} changed the settings: ${setting}`;
  switch (notification.type) {
    case 'add': return targets ? `${actor} added ${targets}` : `${actor} added a member`;
    case 'remove': return targets ? `${actor} removed ${targets}` : `${actor} removed a member`;
    case 'leave': return `${subjects} left`;
    case 'invite': return `${subjects} joined via invite link`;
    case 'promote': return `${actor} made ${targets || 'a member'} ${targetIds.length > 1 ? 'admins' : 'an admin'}`;
    case 'demote': return `${actor} dismissed ${targets || 'a member'} as admin`;
    case 'subject': return `${actor} changed the group name`;
    case 'desc':
    case 'description': return `${actor} changed the group description`;
    case 'picture': return `${actor} changed the group icon`;
    case 'create': return `${actor} created the group`;
    case 'call': return `📞 ${actor} started a call`;
    default: return `Group settings changed (${notification.type})`;
  }
}
