/**
 * Group timeline notifications (docs/periskope-api.md#notification), REST shape exactly like the
 * documented example: camelCase `fromMe` id object, `notification_id` =
 * `<fromMe>_<chat>_<uid>_<author>_<type>`, `recipientids` for member changes and null for setting
 * changes, `body` null, no `metadata`. The edge-cases group nulls `timestamp`, `type` or `chat_id`
 * of one notification each (@periskope/types tbl_chat_notifications allows it); the id is built
 * from the served values.
 */
import { rngFor } from '../prng.ts';
import { isoMillis } from '../time.ts';
import { ORG_ID } from './constants.ts';
import type { Contact } from './contacts.ts';
import { type GenContext, SALT } from './context.ts';
import type { ChatEntry, NotificationType } from './entry.ts';
import type { NotificationRecord } from './types.ts';

const WEIGHTS: readonly (readonly [NotificationType, number])[] = [
  ['add', 20],
  ['remove', 10],
  ['leave', 10],
  ['invite', 8],
  ['promote', 6],
  ['demote', 3],
  ['subject', 5],
  ['desc', 4],
  ['description', 1],
  ['picture', 4],
  ['announce_true', 2],
  ['announce_false', 2],
  ['restrict_true', 2],
  ['restrict_false', 2],
  ['memberaddmode_true', 2],
  ['memberaddmode_false', 2],
  ['call', 6],
  ['ephemeral', 1],
];

const MEMBER_CHANGES = new Set<NotificationType>(['add', 'remove', 'promote', 'demote']);
const SELF_CHANGES = new Set<NotificationType>(['leave', 'invite']);

/** Number of notifications in `entry`'s timeline. */
export function notificationCount(entry: ChatEntry): number {
  return entry.timeline.fixedNotifications?.length ?? entry.timeline.noteTimes.length;
}

/**
 * Notification `index` (0 = newest) of `entry`. The oldest one of a group with a known creation
 * time is `create`. Member changes target 1–3 members unless the script says how many.
 * @throws {RangeError} outside the timeline
 */
export function notificationAt(
  _ctx: GenContext,
  entry: ChatEntry,
  index: number,
): NotificationRecord {
  const { timeline } = entry;
  const fixed = timeline.fixedNotifications?.[index];
  if (fixed) return fixed;
  const at = timeline.noteTimes[index];
  if (at === undefined) throw new RangeError(`no notification ${index} in ${entry.key}`);
  const rng = rngFor(timeline.seed, index, SALT.notification);
  const oldest = index === timeline.noteTimes.length - 1;
  const step = timeline.noteScript[index];
  const detail = typeof step === 'object' ? step : undefined;
  const type =
    detail?.type ??
    (typeof step === 'string' ? step : undefined) ??
    (oldest && entry.createdMs > 0 ? 'create' : rng.weighted(WEIGHTS));
  const include = new Set(detail?.include ?? []);
  const members = entry.members.map((m) => m.contact);
  const admins = entry.members
    .filter((m) => m.is_admin && !include.has(m.contact.id))
    .map((m) => m.contact);
  const pool: readonly Contact[] =
    admins.length > 0 ? admins : members.filter((c) => !include.has(c.id));
  const outsiders = entry.formerMembers.length > 0 ? entry.formerMembers : members;
  const actor = SELF_CHANGES.has(type)
    ? rng.pick(type === 'leave' ? outsiders : members)
    : type === 'call'
      ? rng.pick(members)
      : rng.pick(pool);
  let recipientids: string[] | null = null;
  if (SELF_CHANGES.has(type)) recipientids = [actor.id];
  if (MEMBER_CHANGES.has(type)) {
    const targets = (type === 'remove' ? outsiders : members).filter(
      (c) => c.id !== actor.id && !include.has(c.id),
    );
    const forced = members.filter((c) => include.has(c.id)).map((c) => c.id);
    const count = Math.max(0, (detail?.targets ?? rng.int(1, 3)) - forced.length);
    recipientids = [
      ...forced,
      ...rng.sample(targets.length > 0 ? targets : members, count).map((c) => c.id),
    ];
  }
  const fromMe = actor.id === entry.org_phone;
  const uid = rng.hex(32);
  const chatId = detail?.nulls === 'chat_id' ? null : entry.chat_id;
  const served = detail?.nulls === 'type' ? null : type;
  const notificationId = `${fromMe}_${chatId}_${uid}_${actor.id}_${served}`;
  return {
    author: actor.id,
    body: null,
    chat_id: chatId,
    id: { fromMe, id: uid, remote: entry.chat_id, serialized: notificationId },
    notification_id: notificationId,
    org_id: ORG_ID,
    org_phone: entry.org_phone,
    recipientids,
    timestamp: detail?.nulls === 'timestamp' ? null : isoMillis(at),
    type: served,
    unique_id: uid,
  };
}
