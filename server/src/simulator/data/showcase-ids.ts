/**
 * Named chats for tests and demos (`data.showcase.*`), all chat ids (`…@c.us` / `…@g.us`).
 */
import { FIXTURE_MESSAGE, FIXTURE_NOTIFICATIONS } from './fixtures.ts';
import type { Generated } from './generate.ts';
import { NUMBER_ONLY_IDS, type NumberOnlyIds } from './number-only-chats.ts';

export interface Showcase {
  /** chat.example's 1:1 chat (919537851844@c.us): the documented messages and reactions. */
  fixtureUserChatId: string;
  /** The group of chat-notifications.example.json (120363371308389685@g.us). */
  fixtureNotificationsGroupId: string;
  /** message.example's id (GET /message/{id} with one reaction). */
  fixtureMessageId: string;
  /** Group with ≥ 5,000 messages and 120 members. */
  bigGroupId: string;
  /**
   * ~180 messages; newest ~50 events: every message kind (an image first), reactions (changed +
   * removed), 8 notification types (the newest adds five members); all notification types overall.
   */
  mediaGroupId: string;
  /**
   * Members of the media group with `contact_name` null: one known by `pushname` only, one business
   * by `verified_name` only (`is_business`). Each authors a message and is a notification target
   * among the newest ~50 events.
   */
  mediaGuestIds: { pushname: string; verifiedName: string };
  /**
   * 1:1 chat whose newest messages are one of every kind; flags, a ticket, two pins, custom
   * properties of every JSON type.
   */
  allKindsUserChatId: string;
  /**
   * 1:1 chats (Support phone) whose contact has no name in any field and `chat_name` null, so the
   * UI shows the formatted number; the UAE one is among the newest ~20 chats of the inbox.
   */
  numberOnlyChatIds: NumberOnlyIds;
  /**
   * Group holding the nulls the official types allow: a message and a reaction with `timestamp`
   * null, notifications with `timestamp` / `type` null, and one with `chat_id` null that only
   * GET /chats/notifications lists.
   */
  edgeCasesGroupId: string;
  /** A generated 1:1 (`…@c.us`) chat with `chat_type: "unknown"`. */
  unknownTypeChatId: string;
  /**
   * 1:1 chat: contact name, bodies, captions, file names, vCards, polls, locations carry XSS
   * payloads.
   */
  xssChatId: string;
  /** Group: subject, description, member names and messages carry XSS payloads. */
  xssGroupId: string;
  /** 1:1 chat without any message (latest_message null). */
  emptyChatId: string;
  /** Group present on both the Support and Periskope phones (docs/periskope-api.md#quirk-16). */
  sharedGroupId: string;
  /**
   * A generated 1:1 chat around the 90th percentile of the inbox order (latest_message_timestamp
   * desc).
   */
  deepChatId: string;
  /** A chat of the DISCONNECTED phone. */
  disconnectedPhoneChatId: string;
  /** A group the viewing org phone has left (is_exited). */
  exitedGroupId: string | null;
}

/** Derives the showcase ids from a generation result. */
export function buildShowcase(gen: Generated): Showcase {
  const generated = gen.chats.filter((e) => e.tags.length === 0);
  const ranked = generated
    .filter((e) => e.latestMs !== null && e.core.chat_type === 'user')
    .sort((a, b) => (b.latestMs ?? 0) - (a.latestMs ?? 0));
  const deep = ranked[Math.floor(ranked.length * 0.9)] ?? ranked[ranked.length - 1];
  const disconnected = gen.ctx.phones.find((p) => p.wa_state === 'DISCONNECTED')?.org_phone;
  return {
    fixtureUserChatId: '919537851844@c.us',
    fixtureNotificationsGroupId: FIXTURE_NOTIFICATIONS[0]?.chat_id ?? '',
    fixtureMessageId: FIXTURE_MESSAGE.full.message_id,
    bigGroupId: gen.ids.big,
    mediaGroupId: gen.ids.media,
    mediaGuestIds: { pushname: gen.ids.pushnameGuest, verifiedName: gen.ids.verifiedNameGuest },
    allKindsUserChatId: gen.ids.allKindsUser,
    numberOnlyChatIds: { ...NUMBER_ONLY_IDS },
    edgeCasesGroupId: gen.ids.edgeCases,
    unknownTypeChatId: gen.ids.unknownType,
    xssChatId: gen.ids.xssUser,
    xssGroupId: gen.ids.xssGroup,
    emptyChatId: gen.ids.empty,
    sharedGroupId: gen.ids.shared,
    deepChatId: deep?.chat_id ?? '',
    disconnectedPhoneChatId: gen.chats.find((e) => e.org_phone === disconnected)?.chat_id ?? '',
    exitedGroupId: generated.find((e) => e.core.is_exited)?.chat_id ?? null,
  };
}
