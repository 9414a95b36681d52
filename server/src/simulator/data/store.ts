/**
 * {@link SimulatorData}: the generated org plus lookups. Chat timelines are materialised lazily
 * and kept in a bounded LRU (regeneration is deterministic, so eviction is invisible).
 */
import { LRUCache } from 'lru-cache';
import { AGENTS, ORG_ID } from './constants.ts';
import type { Contact } from './contacts.ts';
import type { GenContext } from './context.ts';
import { buildCrossIndex, type CrossIndex } from './cross-index.ts';
import type { ChatEntry } from './entry.ts';
import { generate } from './generate.ts';
import { messageAt, messageCount } from './generate-messages.ts';
import { notificationAt, notificationCount } from './generate-notifications.ts';
import { LABELS } from './labels.ts';
import { findMessage, type FoundMessage } from './message-lookup.ts';
import { resolvePhone } from './phones.ts';
import { buildShowcase, type Showcase } from './showcase-ids.ts';
import { type ChatViews, createChatViews } from './chat-view-cache.ts';
import { reactionsAt } from './generate-reactions.ts';
import type { MessageRecord, NotificationRecord, ReactionRecord } from './types.ts';
import type { Label, PhoneObject } from './chat-types.ts';

export type { FoundMessage, Showcase };

interface Timeline {
  messages: MessageRecord[];
  byId: Map<string, number>;
}

export interface SimulatorData extends ChatViews {
  readonly org_id: string;
  readonly seed: number;
  /** epoch ms generated times are relative to */
  readonly now: number;
  readonly publicUrl: string;
  readonly phones: readonly PhoneObject[];
  readonly labels: readonly Label[];
  readonly agents: readonly string[];
  /** Generated (non-org) contacts. */
  readonly contacts: readonly Contact[];
  /** One entry per (org_phone, chat_id); fixture chats first; `chats[i].index === i`. */
  readonly chats: readonly ChatEntry[];
  readonly showcase: Showcase;
  /** The generation context (for tests poking at generators). */
  readonly ctx: GenContext;
  /** Phone of an `x-phone` value (digits or `phone-…`), or undefined. */
  resolvePhone(header: string): PhoneObject | undefined;
  /** Entries of a chat id (several for a group shared by phones), optionally on one org phone. */
  findChats(chatId: string, orgPhone?: string): readonly ChatEntry[];
  /** Entries of one org phone, or all when `orgPhone` is undefined. */
  chatsOf(orgPhone?: string): readonly ChatEntry[];
  /** All messages of a chat, newest first (list shape). */
  messages(entry: ChatEntry): readonly MessageRecord[];
  /** One message by position (0 = newest), without materialising the timeline. */
  messageAt(entry: ChatEntry, index: number): MessageRecord;
  /** One notification by position (0 = newest). */
  notificationAt(entry: ChatEntry, index: number): NotificationRecord;
  /**
   * A chat's notifications, newest first. One whose `chat_id` is null (edge-cases group) belongs
   * to no chat: it shows up in GET /chats/notifications only, not here.
   */
  notifications(entry: ChatEntry): readonly NotificationRecord[];
  /** A message by `message_id` or `sent_message_id`, optionally restricted to an org phone. */
  findMessage(id: string, orgPhone?: string): FoundMessage | undefined;
  /** Reactions of the message at `index` of `entry` (GET /message/{id} only), oldest first. */
  reactions(entry: ChatEntry, index: number): ReactionRecord[];
  /** Position of a message id in its chat timeline. */
  indexOfMessage(entry: ChatEntry, messageId: string): number | undefined;
  /** Newest-first cross-chat index of messages / notifications for a phone scope (cached). */
  crossMessages(orgPhone?: string): CrossIndex;
  crossNotifications(orgPhone?: string): CrossIndex;
}

/** Most messages kept materialised at once (~1–2 KB each). */
const TIMELINE_CACHE_MESSAGES = 60_000;

/**
 * Generates the data set.
 * @param options - see SimulatorOptions (seed, chats, now, publicUrl)
 */
export function createData(options: {
  seed: number;
  chats: number;
  now: number;
  publicUrl: string;
}): SimulatorData {
  const gen = generate(options);
  const { ctx, chats } = gen;
  const byChatId = new Map<string, ChatEntry[]>();
  const byPhone = new Map<string, ChatEntry[]>();
  for (const e of chats) {
    byChatId.set(e.chat_id, [...(byChatId.get(e.chat_id) ?? []), e]);
    byPhone.set(e.org_phone, [...(byPhone.get(e.org_phone) ?? []), e]);
  }
  const timelines = new LRUCache<number, Timeline>({
    maxSize: TIMELINE_CACHE_MESSAGES,
    sizeCalculation: (t) => Math.max(1, t.messages.length),
  });
  const cross = new Map<string, CrossIndex>();
  const timeline = (entry: ChatEntry): Timeline => {
    const hit = timelines.get(entry.index);
    if (hit) return hit;
    const messages = Array.from({ length: messageCount(entry) }, (_, i) =>
      messageAt(ctx, entry, i),
    );
    const built = { messages, byId: new Map(messages.map((m, i) => [m.message_id, i])) };
    timelines.set(entry.index, built);
    return built;
  };
  const chatsOf = (orgPhone?: string): readonly ChatEntry[] =>
    orgPhone ? (byPhone.get(orgPhone) ?? []) : chats;
  const crossOf = (kind: 'm' | 'n', orgPhone?: string): CrossIndex => {
    const key = `${kind} ${orgPhone ?? '*'}`;
    let index = cross.get(key);
    if (!index) {
      index = buildCrossIndex(chatsOf(orgPhone), (e) =>
        kind === 'm' ? e.timeline.times : e.timeline.noteTimes,
      );
      cross.set(key, index);
    }
    return index;
  };

  const data: SimulatorData = {
    org_id: ORG_ID,
    seed: options.seed,
    now: options.now,
    publicUrl: options.publicUrl,
    phones: ctx.phones,
    labels: LABELS,
    agents: AGENTS,
    contacts: gen.contacts,
    chats,
    ctx,
    showcase: buildShowcase(gen),
    resolvePhone: (header) => resolvePhone(ctx.phones, header),
    findChats: (chatId, orgPhone) =>
      (byChatId.get(chatId) ?? []).filter((e) => !orgPhone || e.org_phone === orgPhone),
    chatsOf,
    messages: (entry) => timeline(entry).messages,
    messageAt: (entry, index) =>
      timelines.get(entry.index)?.messages[index] ?? messageAt(ctx, entry, index),
    notificationAt: (entry, index) => notificationAt(ctx, entry, index),
    notifications: (entry) =>
      Array.from({ length: notificationCount(entry) }, (_, i) =>
        notificationAt(ctx, entry, i),
      ).filter((n) => n.chat_id !== null),
    findMessage: (id, orgPhone) => findMessage(data, id, orgPhone),
    indexOfMessage: (entry, messageId) => timeline(entry).byId.get(messageId),
    crossMessages: (orgPhone) => crossOf('m', orgPhone),
    crossNotifications: (orgPhone) => crossOf('n', orgPhone),
    reactions: (entry, index) => reactionsAt(ctx, entry, index, data.messageAt(entry, index)),
    ...createChatViews(chats, (entry) =>
      messageCount(entry) > 0 ? data.messageAt(entry, 0) : null,
    ),
  };
  return data;
}
