/**
 * The edge-cases group: the nulls the official types allow and the documented examples never
 * show, confined to one small group so the rest of the demo stays pleasant. ~30 messages, one
 * with `timestamp: null`, one reaction with `timestamp: null`, and notifications with a null
 * `timestamp`, a null `type` and a null `chat_id` (the last one belongs to no chat: it is listed
 * by GET /chats/notifications only). Null-timestamp records keep their generated position.
 */
import type { Rng } from '../prng.ts';
import type { ChatSpec } from './build-chat.ts';
import { SUPPORT_PHONE } from './constants.ts';
import type { NoteStep, ScriptStep } from './entry.ts';
import type { IdAllocator } from './random-specs.ts';

/**
 * Newest first: plain texts around the message with no time and the one whose newest reaction has
 * none.
 */
const SCRIPT: readonly ScriptStep[] = [
  { kind: 'chat', fromMe: true },
  { kind: 'chat', fromMe: false },
  { kind: 'chat', fromMe: false, nullReactionTimestamp: true },
  { kind: 'chat', fromMe: true },
  { kind: 'chat', fromMe: false, nullTimestamp: true },
  { kind: 'chat', fromMe: false },
];

/** Newest first; the three nulled ones sit among the newest messages. */
const NOTES: readonly NoteStep[] = [
  'subject',
  { type: 'add', targets: 1, nulls: 'timestamp' },
  { type: 'announce_true', nulls: 'type' },
  { type: 'promote', targets: 1, nulls: 'chat_id' },
  'remove',
  'leave',
  'desc',
];

/** The edge-cases group spec (Support phone, 6 members, 30 messages). */
export function edgeCasesSpec(rng: Rng, ids: IdAllocator): ChatSpec {
  return {
    chat_id: ids.groupId(rng),
    chat_type: 'group',
    phones: [SUPPORT_PHONE],
    name: 'Edge cases 🧪',
    memberCount: 6,
    messages: 30,
    notifications: NOTES.length + 1,
    noteScript: NOTES,
    recentNotes: 4,
    script: SCRIPT,
    latestAgoMs: 150 * 60_000,
    tags: ['edge-cases'],
    reactionRate: 0.1,
  };
}
