/**
 * Turns a {@link ChatSpec} into entries: one per org phone that has the chat (a group can appear
 * once per org phone, sharing chat_id, members and timeline: docs/periskope-api.md#quirk-16).
 */
import { mix, rngFor } from '../prng.ts';
import { DAY_MS } from '../time.ts';
import { avatarUrl } from '../media/urls.ts';
import { chatCore } from './chat-core.ts';
import { chatExtras } from './chat-extras.ts';
import { HISTORY_DAYS } from './constants.ts';
import type { Contact } from './contacts.ts';
import { type GenContext, SALT } from './context.ts';
import type { ChatEntry, MemberPlan, NoteStep, ScriptStep } from './entry.ts';
import { groupMembers, userMembers } from './generate-members.ts';
import { messageTimes, notificationTimes } from './timeline.ts';
import type { ChatCore, ChatType } from './chat-types.ts';

export interface ChatSpec {
  chat_id: string;
  chat_type: ChatType;
  /** Org phones having the chat (`…@c.us`); more than one only for groups. */
  phones: readonly string[];
  /** 1:1 / business counterpart. */
  contact?: Contact;
  /** Contacts to draw group members from instead of the shared pool. */
  pool?: readonly Contact[];
  /** External contacts that must be group members. */
  guests?: readonly Contact[];
  /** Group size (incl. org phones). */
  memberCount?: number;
  /** Group subject (default: generated). */
  name?: string | null;
  image?: string | null;
  messages: number;
  notifications: number;
  /** How long before `now` the newest message is, ms. */
  latestAgoMs: number;
  script?: readonly ScriptStep[];
  noteScript?: readonly NoteStep[];
  /** Notifications placed among the newest ~45 messages. */
  recentNotes?: number;
  exited?: boolean;
  unknownCreated?: boolean;
  reactionRate?: number;
  tags?: readonly string[];
  /** Extra fields after generation (e.g. XSS names), applied to every copy. */
  decorate?: (entry: ChatEntry) => void;
}

function participants(
  spec: ChatSpec,
  ctx: GenContext,
  pool: readonly Contact[],
  ordinal: number,
): { members: MemberPlan[]; former: Contact[] } {
  const rng = rngFor(ctx.seed, ordinal, SALT.members);
  const orgs = spec.phones
    .map((p) => ctx.orgContacts.get(p))
    .filter((c): c is Contact => c !== undefined);
  if (spec.chat_type !== 'group' && spec.contact && orgs[0]) {
    return { members: userMembers(orgs[0], spec.contact), former: [] };
  }
  const internal = spec.exited ? orgs.slice(1) : orgs;
  return groupMembers(rng, internal, spec.pool ?? pool, spec.memberCount ?? 5, spec.guests);
}

/** Flagged positions of a timeline: on ~8% of chats, 1–3 of the newest 30 messages. */
function flaggedPositions(seed: number, count: number): number[] {
  const rng = rngFor(seed, 0, SALT.flags);
  if (count === 0 || !rng.chance(0.08)) return [];
  const newest = Array.from({ length: Math.min(30, count) }, (_, i) => i);
  return rng.sample(newest, rng.int(1, 3)).sort((a, b) => a - b);
}

function groupSettings(core: ChatCore): Partial<ChatCore> {
  const { group_description, info_admins_only, invite_link, messages_admins_only } = core;
  return { group_description, info_admins_only, invite_link, messages_admins_only };
}

/**
 * Builds the entries of one chat (index fields are set by the store).
 * @param ordinal - position of the spec in generation order (seeds its streams)
 * @param pool - contacts group members are drawn from
 */
export function buildChat(
  ctx: GenContext,
  spec: ChatSpec,
  ordinal: number,
  pool: readonly Contact[],
): ChatEntry[] {
  const seed = mix(ctx.seed, ordinal, SALT.times);
  const rng = rngFor(seed, 0, SALT.times);
  const latest = ctx.now - spec.latestAgoMs;
  const earliest = ctx.now - HISTORY_DAYS * DAY_MS;
  const times = messageTimes(rng, spec.messages, latest, earliest);
  const oldest = times[times.length - 1] ?? latest - 30 * DAY_MS;
  const newestNote = Math.min(ctx.now - 60_000, latest + DAY_MS);
  const recentFrom = times[Math.min(45, times.length - 1)] ?? oldest;
  const noteTimes = notificationTimes(
    rng,
    spec.notifications,
    newestNote,
    oldest - DAY_MS,
    spec.recentNotes ?? 0,
    recentFrom,
  );
  const firstEvent = Math.min(oldest, noteTimes[noteTimes.length - 1] ?? oldest);
  const createdMs = spec.unknownCreated
    ? 0
    : Math.floor((firstEvent - rng.int(3_600_000, 20 * DAY_MS)) / 1000) * 1000;
  const { members, former } = participants(spec, ctx, pool, ordinal);
  const isGroup = spec.chat_type === 'group';
  const name =
    spec.name !== undefined
      ? spec.name
      : isGroup
        ? `${rng.pick(ctx.pools.groupTopics)} ${rng.pick(['team', 'updates', 'squad', 'ops', '2025', '<> Periskope'])}`
        : (spec.contact?.name ?? null);
  const image =
    spec.image !== undefined
      ? spec.image
      : isGroup
        ? rng.chance(0.5)
          ? avatarUrl(ctx.publicUrl, spec.chat_id, ctx.now - rng.int(0, 60) * DAY_MS)
          : null
        : (spec.contact?.image ?? null);
  const latestMs = times.length > 0 ? (times[0] ?? null) : null;
  const suffixRate = rng.pick([0, 0.5, 1]);
  const outputs = spec.phones.map((phone, copy) =>
    chatCore(rngFor(ctx.seed, ordinal, SALT.chat, copy), ctx, {
      chat_id: spec.chat_id,
      chat_type: spec.chat_type,
      chat_name: name,
      chat_image: image,
      org_phone: phone,
      chat_org_phones: [...spec.phones],
      member_count: members.length,
      createdMs,
      latestMs,
      is_exited: spec.exited === true,
    }),
  );
  const first = outputs[0];
  return outputs.map((own, copy) => {
    const phone = own.core.org_phone;
    // Group settings belong to the WhatsApp group, not to the org phone's copy.
    const out =
      copy === 0 || !first
        ? own
        : { ...first, core: { ...own.core, ...groupSettings(first.core) } };
    const entry: ChatEntry = {
      index: -1,
      key: `${phone} ${spec.chat_id}`,
      chat_id: spec.chat_id,
      org_phone: phone,
      core: out.core,
      memberAddMode: out.memberAddMode,
      addMembersAdminsOnly: out.addMembersAdminsOnly,
      members,
      formerMembers: former,
      createdMs,
      latestMs,
      tags: spec.tags ?? [],
      timeline: {
        seed,
        times,
        noteTimes,
        script: spec.script ?? [],
        noteScript: spec.noteScript ?? [],
        flags: flaggedPositions(seed, times.length),
        suffixRate,
        reactionRate: spec.reactionRate ?? 0.08,
      },
    };
    Object.assign(entry.core, chatExtras(rngFor(ctx.seed, ordinal, SALT.extras, copy), ctx, entry));
    spec.decorate?.(entry);
    return entry;
  });
}
