/**
 * Every message type reads as something specific in a bubble: the official `SUPPORTED_TYPES`
 * (@periskope/types), the raw WhatsApp-Web types Periskope passes through, and a type nobody has
 * seen yet. Nothing renders empty, as `[object Object]`, or as an invalid date.
 */
import { SUPPORTED_TYPES } from '@periskope/types';
import { describe, expect, it, vi } from 'vitest';
import type { Message } from '@/lib/api-types.ts';
import { renderWithQuery } from '@/test/render.tsx';
import { makeMessage } from './content/message-fixture.ts';
import { MessageBubble } from './message-bubble.tsx';

/** Raw WhatsApp-Web types seen through Periskope (docs/periskope-api.md#message `message_type`). */
const RAW_TYPES = [
  'revoked',
  'gp2',
  'notification',
  'e2e_notification',
  'call_log',
  'protocol',
  'interactive',
  'list',
  'list_response',
  'buttons_response',
  'template_button_reply',
  'hsm',
  'order',
  'product',
  'payment',
  'groups_v4_invite',
  'oversized',
  'unknown',
  'ephemeral',
  'ciphertext',
] as const;

const ALL_TYPES = [...new Set<string>([...SUPPORTED_TYPES, ...RAW_TYPES, 'brand_new_type'])];

/**
 * What each type shows, with the fields the BFF derives for it; body null unless the body is the
 * content.
 */
const EXPECTED: Record<string, [Partial<Message>, RegExp]> = {
  chat: [{ body: 'See you at 5' }, /See you at 5/],
  sticker: [{}, /Sticker unavailable/],
  image: [{}, /Photo unavailable/],
  video: [{ duration: 65 }, /Video unavailable · 1:05/],
  document: [{}, /Document/],
  vcard: [{}, /Contact card without details/],
  multi_vcard: [{}, /Contact card without details/],
  audio: [{ duration: 41 }, /Audio unavailable · 0:41/],
  ptt: [{ duration: 4 }, /Voice message unavailable · 0:04/],
  poll_creation: [{}, /Poll without details/],
  location: [{}, /Location/],
  ciphertext: [{}, /Waiting for this message/],
  revoked: [{}, /This message was deleted/],
  gp2: [{}, /Group details changed/],
  notification: [{}, /WhatsApp notification/],
  e2e_notification: [{}, /Messages and calls are end-to-end encrypted/],
  call_log: [{ call: { is_video: false, outcome: 'missed', duration: null } }, /Missed voice call/],
  protocol: [{}, /WhatsApp system message/],
  interactive: [{ body: 'Pick a slot' }, /Interactive message.*Pick a slot/],
  list: [{ body: 'Our menu' }, /List message.*Our menu/],
  list_response: [{ body: 'Option B' }, /List reply.*Option B/],
  buttons_response: [{ body: 'Yes please' }, /Button reply.*Yes please/],
  template_button_reply: [{ body: 'Confirm' }, /Button reply.*Confirm/],
  hsm: [{ body: 'Your order shipped' }, /Template message.*Your order shipped/],
  order: [{}, /Unsupported message \(order\)/],
  product: [{}, /Unsupported message \(product\)/],
  payment: [{}, /Unsupported message \(payment\)/],
  groups_v4_invite: [
    {
      invite: {
        group_id: '120363@g.us',
        group_name: 'Ops team',
        invite_code: 'Kx81Zq',
        expires_at: '2099-01-01T00:00:00.000Z',
        caption: 'Join us',
      },
    },
    /Ops team.*Expires .*2099.*Join us.*Kx81Zq/,
  ],
  oversized: [{}, /Unsupported message \(oversized\)/],
  unknown: [{}, /Unsupported message \(unknown\)/],
  ephemeral: [{ ephemeral_duration: 604_800 }, /Disappearing messages turned on: 7 days/],
  brand_new_type: [{}, /Unsupported message \(brand_new_type\)/],
};

const JUNK = /\[object Object\]|undefined|\bnull\b|NaN|Invalid Date|1970/;

function textOf(message: Message): string {
  const { container } = renderWithQuery(
    <MessageBubble message={message} isGroup={false} loadReactions={false} />,
  );
  return (container.textContent ?? '').replace(/\s+/g, ' ').trim();
}

describe('every message type in a bubble', () => {
  vi.spyOn(HTMLMediaElement.prototype, 'canPlayType').mockReturnValue('maybe');

  it('covers the official SUPPORTED_TYPES', () => {
    for (const type of SUPPORTED_TYPES) expect(EXPECTED, type).toHaveProperty(type);
  });

  it.each(ALL_TYPES)('%s shows what it is', (type) => {
    const [patch, expected] = EXPECTED[type] ?? [{}, /^$/];
    const text = textOf(makeMessage({ message_type: type, body: null, ...patch }));
    expect(text).toMatch(expected);
    expect(text).not.toMatch(JUNK);
  });

  it.each(ALL_TYPES)('%s without any data and without a time still reads as something', (type) => {
    const text = textOf(makeMessage({ message_type: type, body: null, timestamp: null }));
    expect(text.length).toBeGreaterThan(3);
    expect(text).not.toMatch(JUNK);
  });

  it('an unreadable placeholder says so, findable by its role', () => {
    const { getByRole } = renderWithQuery(
      <MessageBubble
        message={makeMessage({
          message_type: 'unknown',
          body: null,
          sender_phone: null,
          unreadable: true,
        })}
        isGroup
        loadReactions={false}
      />,
    );
    expect(getByRole('article', { name: 'Unreadable message' })).toHaveTextContent(
      'This message could not be shown',
    );
  });
});
