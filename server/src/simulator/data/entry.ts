/**
 * Internal model: one {@link ChatEntry} per (org_phone, chat_id) (docs/periskope-api.md#quirk-16).
 * Entries are light; messages, notifications and reactions are pure functions of (timeline seed,
 * index) and are materialised on demand (see generate-messages.ts, store.ts).
 */
import type { Contact } from './contacts.ts';
import type { MessageRecord, NotificationRecord, ReactionRecord } from './types.ts';
import type { ChatCore, MemberRecord } from './chat-types.ts';

/**
 * message_type values the generator produces (docs/periskope-api.md#message: documented, SDK and
 * raw WhatsApp types; `ephemeral` = the disappearing-messages timer changed).
 */
export const MESSAGE_KINDS = [
  'chat',
  'image',
  'video',
  'audio',
  'ptt',
  'document',
  'sticker',
  'location',
  'vcard',
  'multi_vcard',
  'poll_creation',
  'ciphertext',
  'revoked',
  'gp2',
  'call_log',
  'e2e_notification',
  'unknown',
  'groups_v4_invite',
  'ephemeral',
] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

/**
 * Notification `type` values (docs/periskope-api.md#notification), plus `ephemeral` as the unknown
 * one.
 */
export const NOTIFICATION_TYPES = [
  'add',
  'remove',
  'leave',
  'invite',
  'promote',
  'demote',
  'subject',
  'desc',
  'description',
  'picture',
  'announce_true',
  'announce_false',
  'restrict_true',
  'restrict_false',
  'memberaddmode_true',
  'memberaddmode_false',
  'create',
  'call',
  'ephemeral',
] as const;
export type NotificationType = (typeof NOTIFICATION_TYPES)[number];

/** A forced notification with details. */
export interface NoteDetail {
  type: NotificationType;
  /** How many members it targets (add/remove/promote/demote; default 1–3). */
  targets?: number;
  /** Contact ids that must be among the targets (never the actor). */
  include?: readonly string[];
  /** A field the official type allows to be null, nulled here (edge-cases group). */
  nulls?: 'timestamp' | 'type' | 'chat_id';
}

/** A forced notification: its type, or its details. */
export type NoteStep = NotificationType | NoteDetail;

/** Message modifiers a script can force. */
export type Variant =
  'edited' | 'forwarded' | 'forwarded_many' | 'starred' | 'quoted' | 'mention' | 'links' | 'gif';

/** A forced message at a given position (0 = newest) of a timeline. */
export interface ScriptStep {
  kind: MessageKind;
  /** Several reactions incl. a changed and a removed one. */
  richReactions?: boolean;
  /** Index into XSS_PAYLOADS to plant in this message's text fields. */
  xss?: number;
  variant?: Variant;
  /** Force the sender to be the org phone (true) or someone else (false). */
  fromMe?: boolean;
  /** Force this member (contact id) as the sender. */
  senderId?: string;
  /** Flag this message (when incoming): still open, or answered. */
  flag?: 'open' | 'resolved';
  /** Give it a `message_ticket_id`. */
  ticket?: boolean;
  /** `timestamp: null` (edge-cases group). */
  nullTimestamp?: boolean;
  /** Reactions, the newest with `timestamp: null` (edge-cases group). */
  nullReactionTimestamp?: boolean;
}

export interface Timeline {
  /** Shared by the copies of a group seen from several org phones. */
  seed: number;
  /** Message times, epoch ms (whole seconds), strictly decreasing (newest first). */
  times: Float64Array;
  /** Notification times, epoch ms, decreasing. */
  noteTimes: Float64Array;
  /** Forced steps from the newest message on. */
  script: readonly ScriptStep[];
  /** Forced notifications from the newest on. */
  noteScript: readonly NoteStep[];
  /** Positions of flagged messages (only incoming ones end up flagged). */
  flags: readonly number[];
  /**
   * Probability that a group message id carries the `_<author>@c.us` suffix
   * (docs/periskope-api.md#quirk-12).
   */
  suffixRate: number;
  /** Chance per message of carrying reactions. */
  reactionRate: number;
  /** Fixture records replacing generation (whole timeline). */
  fixedMessages?: readonly MessageRecord[];
  fixedNotifications?: readonly NotificationRecord[];
  fixedReactions?: ReadonlyMap<string, readonly ReactionRecord[]>;
}

/**
 * A participant of a chat; user chats have two (org phone + contact), both admins like
 * chat.example.
 */
export interface MemberPlan {
  contact: Contact;
  is_admin: boolean;
  is_super_admin: boolean;
}

export interface ChatEntry {
  /** Position in `SimulatorData.chats` (stable for a seed). */
  index: number;
  /** `${org_phone} ${chat_id}` */
  key: string;
  chat_id: string;
  org_phone: string;
  core: ChatCore;
  /** List-only `member_add_mode` (docs/periskope-api.md#endpoints). */
  memberAddMode: 'true' | 'false';
  /** By-id-only `add_members_admins_only` (inverse of member_add_mode for groups, null for 1:1). */
  addMembersAdminsOnly: boolean | null;
  /** Current participants (senders are drawn from them). */
  members: readonly MemberPlan[];
  /** Former members (targets of remove/leave notifications). */
  formerMembers: readonly Contact[];
  /** Fixture by-id extras taken verbatim. */
  fixtureMembers?: Record<string, MemberRecord>;
  fixtureCommonChats?: readonly string[];
  timeline: Timeline;
  /** Epoch ms of `created_at` (0 when unknown: 1970). */
  createdMs: number;
  /** Epoch ms of the newest message, null without messages. */
  latestMs: number | null;
  /** Free-form tags for tests and showcase lookups: fixture, big, media, xss, shared, empty… */
  tags: readonly string[];
}
