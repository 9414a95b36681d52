/**
 * Entries for the documented chats: the 23 groups of chats-list.example.json and the 1:1 chat of
 * chat.example.json, with their fixture messages/notifications/reactions as fixed timelines.
 * Group members (not documented for list items) are generated consistently with `member_count`,
 * the senders/receipts of `latest_message` and chat.example's `common_chats`.
 */
import { mix, rngFor } from '../prng.ts';
import { parseTimestamp } from '../time.ts';
import { SUPPORT_PHONE } from './constants.ts';
import { savedProfile } from './contact-profile.ts';
import type { Contact } from './contacts.ts';
import { type GenContext, SALT } from './context.ts';
import type { ChatEntry, MemberPlan } from './entry.ts';
import {
  FIXTURE_CHAT,
  FIXTURE_LIST_CHATS,
  FIXTURE_MESSAGE,
  FIXTURE_MESSAGES,
  FIXTURE_NOTIFICATIONS,
  FIXTURE_REACTIONS,
  type FixtureListChat,
} from './fixtures.ts';
import type { MessageRecord, NotificationRecord } from './types.ts';

/**
 * People named in the fixtures (BK Local1 from chat.example; 919535999383 only in a notification).
 */
export function fixtureContacts(): Contact[] {
  const bk = FIXTURE_CHAT.members['919537851844@c.us'];
  return [
    {
      id: bk.contact_id,
      name: bk.contact_name,
      color: bk.contact_color,
      image: bk.contact_image,
      internal: false,
      profile: savedProfile(bk.contact_name),
    },
    {
      id: '919535999383@c.us',
      name: 'Rohan Mehta',
      color: '#7D9EF1',
      image: null,
      internal: false,
      profile: savedProfile('Rohan Mehta', 'Rohan'),
    },
  ];
}

function times(records: readonly { timestamp: string | null }[]): Float64Array {
  return Float64Array.from(records.map((r) => parseTimestamp(r.timestamp)));
}

function entryOf(
  core: ChatEntry['core'],
  latest: readonly MessageRecord[],
  notes: readonly NotificationRecord[],
  members: MemberPlan[],
  former: Contact[],
  seed: number,
): ChatEntry {
  const created = parseTimestamp(core.created_at);
  return {
    index: -1,
    key: `${core.org_phone} ${core.chat_id}`,
    chat_id: core.chat_id,
    org_phone: core.org_phone,
    core,
    memberAddMode: 'false',
    addMembersAdminsOnly: null,
    members,
    formerMembers: former,
    createdMs: created > 0 ? created : 0,
    latestMs: latest[0] ? parseTimestamp(latest[0].timestamp) : null,
    tags: ['fixture'],
    timeline: {
      seed,
      times: times(latest),
      noteTimes: times(notes),
      script: [],
      noteScript: [],
      flags: [],
      suffixRate: 0,
      reactionRate: 0,
      fixedMessages: latest,
      fixedNotifications: notes,
    },
  };
}

function groupEntry(
  ctx: GenContext,
  item: FixtureListChat,
  ordinal: number,
  known: Map<string, Contact>,
  pool: readonly Contact[],
): ChatEntry {
  const wanted: string[] = [SUPPORT_PHONE];
  const latest = item.latest;
  if (latest) {
    wanted.push(latest.sender_phone, ...Object.keys(latest.delivery_info?.delivered ?? {}));
  }
  if (FIXTURE_CHAT.commonChats.includes(item.core.chat_id)) wanted.push('919537851844@c.us');
  const rng = rngFor(ctx.seed, ordinal, SALT.members, 0xf1);
  const ids = [...new Set(wanted)].slice(0, item.core.member_count);
  const contacts = ids
    .map((id) => known.get(id) ?? ctx.orgContacts.get(id))
    .filter((c): c is Contact => c !== undefined);
  const fillers = rng.sample(pool, item.core.member_count - contacts.length);
  const members = [...contacts, ...fillers].map((contact) => ({
    contact,
    is_admin: contact.id === SUPPORT_PHONE,
    is_super_admin: contact.id === SUPPORT_PHONE,
  }));
  const isUkraine = item.core.chat_id === FIXTURE_NOTIFICATIONS[0]?.chat_id;
  const notes = isUkraine ? FIXTURE_NOTIFICATIONS : [];
  const former = isUkraine ? [...known.values()] : [];
  const entry = entryOf(
    item.core,
    latest ? [latest] : [],
    notes,
    members,
    former,
    mix(ctx.seed, ordinal, 0xf1),
  );
  entry.memberAddMode = item.memberAddMode;
  // The inverse of member_add_mode (docs/periskope-api.md#notification memberaddmode_*) [I].
  entry.addMembersAdminsOnly = item.memberAddMode === 'false';
  return entry;
}

/**
 * All fixture entries: the 1:1 chat of chat.example first, then the list's groups in order.
 * @param pool - generated contacts to fill group seats
 */
export function fixtureEntries(ctx: GenContext, pool: readonly Contact[]): ChatEntry[] {
  const known = new Map(fixtureContacts().map((c) => [c.id, c]));
  const bk = known.get('919537851844@c.us');
  const support = ctx.orgContacts.get(SUPPORT_PHONE);
  if (!bk || !support) throw new Error('fixture contacts missing');
  const messages = [FIXTURE_CHAT.latest, FIXTURE_MESSAGE.listShape, ...FIXTURE_MESSAGES].sort(
    (a, b) => parseTimestamp(b.timestamp) - parseTimestamp(a.timestamp),
  );
  const members: MemberPlan[] = [
    { contact: support, is_admin: true, is_super_admin: true },
    { contact: bk, is_admin: true, is_super_admin: true },
  ];
  const user = entryOf(FIXTURE_CHAT.core, messages, [], members, [], mix(ctx.seed, 0xf0));
  user.fixtureMembers = FIXTURE_CHAT.members;
  user.fixtureCommonChats = FIXTURE_CHAT.commonChats;
  user.addMembersAdminsOnly = FIXTURE_CHAT.addMembersAdminsOnly;
  user.timeline.fixedReactions = new Map([[FIXTURE_MESSAGE.full.message_id, FIXTURE_REACTIONS]]);
  return [user, ...FIXTURE_LIST_CHATS.map((item, i) => groupEntry(ctx, item, i, known, pool))];
}
