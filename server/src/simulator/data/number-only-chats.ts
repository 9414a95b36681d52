/**
 * Four 1:1 chats with contacts known by nothing but their number, one per country format:
 * `chat_name` null and no name in any contact field, so a UI must show the formatted number
 * (+971 50 123 4567, +49 1512 3456789, +55 11 91234-5678, +91 98765 43210). A few ordinary
 * messages each; the UAE chat is among the newest chats of the inbox.
 */
import type { ChatSpec } from './build-chat.ts';
import { SUPPORT_PHONE } from './constants.ts';
import { bareProfile } from './contact-profile.ts';
import type { Contact } from './contacts.ts';
import type { ScriptStep } from './entry.ts';

/** Chat ids of the number-only chats (also their contact ids). */
export const NUMBER_ONLY_IDS = {
  uae: '971501234567@c.us',
  germany: '4915123456789@c.us',
  brazil: '5511912345678@c.us',
  india: '919876543210@c.us',
} as const;

export type NumberOnlyIds = { -readonly [K in keyof typeof NUMBER_ONLY_IDS]: string };

const MIN = 60_000;

/** Newest message, minutes before `now`, per chat. */
const LATEST_MINUTES: Record<keyof typeof NUMBER_ONLY_IDS, number> = {
  uae: 7,
  germany: 26,
  brazil: 70,
  india: 185,
};

/** A short customer conversation, newest first: plain text only. */
const SCRIPT: readonly ScriptStep[] = [
  { kind: 'chat', fromMe: false },
  { kind: 'chat', fromMe: true },
  { kind: 'chat', fromMe: false },
  { kind: 'chat', fromMe: true },
  { kind: 'chat', fromMe: false },
];

function contactOf(id: string): Contact {
  return { id, name: null, color: '#7D9EF1', image: null, internal: false, profile: bareProfile() };
}

/** The four specs (Support phone), in NUMBER_ONLY_IDS order. */
export function numberOnlySpecs(): ChatSpec[] {
  return (Object.keys(NUMBER_ONLY_IDS) as (keyof typeof NUMBER_ONLY_IDS)[]).map((key, i) => {
    const contact = contactOf(NUMBER_ONLY_IDS[key]);
    return {
      chat_id: contact.id,
      chat_type: 'user',
      phones: [SUPPORT_PHONE],
      contact,
      name: null,
      image: null,
      messages: SCRIPT.length - (i % 2),
      notifications: 0,
      script: SCRIPT,
      latestAgoMs: LATEST_MINUTES[key] * MIN,
      tags: ['number-only'],
      reactionRate: 0,
    };
  });
}
