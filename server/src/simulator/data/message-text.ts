/**
 * Conversation text: short customer-support and team-chat lines filled from the Faker pools,
 * and an approximate Postgres `fts` tsvector of a body.
 */
import type { Rng } from '../prng.ts';
import type { TextPools } from './text-pools.ts';

type Line = (rng: Rng, p: TextPools, name: string) => string;

const n = (rng: Rng): number => rng.int(1000, 9999);
const colors = ['black', 'blue', 'red', 'white', 'green', 'silver'];

const CUSTOMER: readonly Line[] = [
  (r, p) => `Hi, I ordered the ${r.pick(p.products)} last week. Any update?`,
  (r) => `My order #${n(r)} hasn't arrived yet 😕`,
  (r) => `Can you share the invoice for order #${n(r)}?`,
  (r, p) => `Is the ${r.pick(p.products)} available in ${r.pick(colors)}?`,
  () => 'What time do you close today?',
  () => 'Thanks a lot!',
  () => 'Ok 👍',
  () => 'Hello',
  (r) => `Please call me back on +91 ${r.digits(5)} ${r.digits(5)}`,
  (r, p) => `I'll be in ${r.pick(p.cities)} on ${r.pick(p.weekdays)}, can we meet?`,
  (r) => `The payment of ₹${r.int(2, 480) * 50} is done, please confirm`,
  (r, p) => `Can I change the delivery address to ${r.pick(p.streets)}?`,
  () => 'Is anyone there?',
  (r) => `Still waiting for the refund of order #${n(r)}…`,
];

const AGENT: readonly Line[] = [
  (_r, _p, name) => `Hi ${name}, thanks for reaching out! Let me check that for you.`,
  (r) => `Your order #${n(r)} has been shipped. Tracking id: ${r.alnum(10).toUpperCase()}`,
  () => 'Sure, here is the invoice.',
  (r, p) => `We have updated your address to ${r.pick(p.streets)}.`,
  () => 'Our team will get back to you within 24 hours.',
  () => 'Glad I could help 😊',
  () => 'Payment received, thank you!',
  () => 'Could you share your registered email id?',
  (r, p) => `${r.pick(p.sentences)}. Would you like a demo this ${r.pick(p.weekdays)}?`,
  (_r, _p, name) =>
    `Good morning ${name} 🙏\nJust following up on your request.\nLet us know if you need anything else.`,
];

const TEAM: readonly Line[] = [
  (r, p) => `Team, the ${r.pick(p.products)} launch moves to ${r.pick(p.weekdays)}.`,
  (r, p) =>
    `Meeting at ${r.int(9, 18)}:${r.pick(['00', '15', '30', '45'])} in the ${r.pick(p.cities)} office`,
  (r, p) => r.pick(p.phrases),
  (r) => `Can someone check order #${n(r)}?`,
  () => 'Done ✅',
  () => 'Noted, thanks',
  (r, p) => `Reminder: ${r.pick(p.groupTopics)} review tomorrow`,
  (r, p) => `Sharing the ${r.pick(p.groupTopics)} report for this week`,
  () => '😂😂',
  (r, p) => `${r.pick(p.sentences)}. ${r.pick(p.phrases)}`,
];

const LINKS: readonly ((rng: Rng) => string)[] = [
  (r) => `https://periskope.app/blog/whatsapp-groups-${r.int(1, 99)}`,
  (r) =>
    `https://maps.google.com/?q=${r.int(8, 30)}.${r.digits(4)},${r.int(70, 90)}.${r.digits(4)}`,
  (r) => `https://example.com/track/${r.alnum(8)}`,
  (r) => `https://chat.whatsapp.com/invite/${r.alnum(22)}`,
];

/**
 * One line of conversation.
 * @param role - customer (1:1 incoming), agent (org outgoing) or team (group)
 * @param name - first name to address
 */
export function chatLine(
  rng: Rng,
  pools: TextPools,
  role: 'customer' | 'agent' | 'team',
  name: string,
): string {
  const lines = role === 'customer' ? CUSTOMER : role === 'agent' ? AGENT : TEAM;
  return rng.pick(lines)(rng, pools, name);
}

/** A URL to put in a body (and in `links`). */
export function linkLine(rng: Rng): string {
  return rng.pick(LINKS)(rng);
}

const PREVIEWS: readonly (readonly [string, string, string])[] = [
  [
    'periskope.app',
    'Periskope Blog',
    'How teams run hundreds of WhatsApp groups without losing a message.',
  ],
  [
    'maps.google.com',
    'Google Maps',
    'Find local businesses, view maps and get driving directions.',
  ],
  ['example.com', 'Track your order', 'Live status of your shipment, updated every hour.'],
  ['chat.whatsapp.com', 'WhatsApp Group Invite', 'Follow this link to join my WhatsApp group.'],
];

/** whatsapp-web.js link preview fields for a URL of {@link linkLine}; keys alphabetical. */
export function linkPreview(
  rng: Rng,
  link: string,
): { canonicalUrl: string; description: string; matchedText: string; title: string } {
  const host = new URL(link).hostname;
  const [, title, description] = PREVIEWS.find(([h]) => h === host) ?? [
    '',
    host,
    rng.pick(PREVIEWS)[2],
  ];
  return { canonicalUrl: link, description, matchedText: link, title };
}

const STOP = new Set([
  'a',
  'an',
  'the',
  'to',
  'is',
  'in',
  'on',
  'of',
  'for',
  'you',
  'i',
  'it',
  'be',
  'been',
  'have',
  'has',
  'and',
  'or',
  'at',
  'can',
  'this',
  'that',
  'if',
  'we',
  'us',
  'me',
  'my',
  'your',
  'our',
  'will',
  'any',
  'let',
  'there',
  'are',
  'with',
]);

/**
 * Approximate Postgres `to_tsvector('english', body)` text: `'word':1,5 'other':2`
 * (crude stemming; positions count stop words, like Postgres). null for a null body.
 */
export function ftsOf(body: string | null): string | null {
  if (body === null) return null;
  const positions = new Map<string, number[]>();
  const words = body.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}./_-]*/gu) ?? [];
  words.forEach((raw, i) => {
    const word = raw.replace(/[./_-]+$/, '');
    if (STOP.has(word)) return;
    const stem = word.length > 4 ? word.replace(/(ing|ed|es|s|e)$/, '') : word;
    const list = positions.get(stem) ?? [];
    list.push(i + 1);
    positions.set(stem, list);
  });
  return [...positions.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([w, pos]) => `'${w.replace(/'/g, "''")}':${pos.join(',')}`)
    .join(' ');
}
