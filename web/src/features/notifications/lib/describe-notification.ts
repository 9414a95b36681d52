/**
 * The sentence a group notification shows in the thread (docs/periskope-api.md#notification): the
 * actor is `author`, the targets are `recipientids`; both are resolved to names by the caller. The
 * sentence is structured (parts), so a component can render names as text nodes and collapse a long
 * target list behind an expander; {@link sentenceText} gives the plain-text form.
 */
import type { Notification } from '@/lib/api-types.ts';
import { joinNames } from '@/lib/format.ts';
import { callDetails, notificationValue } from './notification-details.ts';

/** `metadata` is a free-form JSON object (its keys are undocumented), read defensively. */
type Fields = Pick<Notification, 'type' | 'author' | 'recipientids'> &
  Partial<Pick<Notification, 'body'>> & { metadata?: unknown };

/** A resolved member. */
export interface Person {
  /** `…@c.us` */
  id: string;
  /** Display name (member name, org phone name, else formatted number). */
  name: string;
  /** One of the org's own phones. */
  org: boolean;
}

/**
 * A piece of a sentence: plain words, one person, the (collapsible) target list, or a new value.
 */
export type SentencePart =
  | { kind: 'text'; text: string }
  | { kind: 'person'; person: Person }
  | { kind: 'people'; people: Person[] }
  | { kind: 'value'; text: string };

export interface NotificationSentence {
  /** The notification's `type`; null when Periskope sent none (official type: `string | null`). */
  type: string | null;
  /** Who acted (`author`), null when unknown. */
  actor: Person | null;
  /** Who was affected (`recipientids`, in order). */
  targets: Person[];
  /** The sentence in reading order. */
  parts: SentencePart[];
}

/** Resolves a contact id to a display name, and says whether it is an org phone. */
export interface NameResolver {
  nameOf: (contactId: string) => string;
  isOrg?: (contactId: string) => boolean;
}

/**
 * Setting toggles: `<type>` → what is true afterwards. WhatsApp's `all_member_add` makes
 * memberaddmode_true "everyone".
 */
const SETTINGS: Record<string, string> = {
  announce_true: 'only admins can send messages',
  announce_false: 'all participants can send messages',
  restrict_true: 'only admins can edit group info',
  restrict_false: 'all participants can edit group info',
  memberaddmode_true: 'all participants can add members',
  memberaddmode_false: 'only admins can add members',
};

const text = (t: string): SentencePart => ({ kind: 'text', text: t });

function callParts(who: SentencePart, metadata: unknown): SentencePart[] {
  const call = callDetails(metadata);
  const kind = call.video === true ? 'video call' : call.video === false ? 'voice call' : 'call';
  switch (call.result) {
    case 'MISSED':
      return call.outgoing
        ? [who, text(`’s ${kind} was not answered`)]
        : [text(`Missed ${kind} from `), who];
    case 'REJECTED':
      return call.outgoing
        ? [who, text(`’s ${kind} was declined`)]
        : [text(`Declined ${kind} from `), who];
    default:
      return [who, text(` started a ${kind}`)];
  }
}

function partsFor(n: Fields, who: SentencePart, targets: Person[]): SentencePart[] {
  if (n.type === null) return [text('Unknown event')];
  const whom: SentencePart = targets.length
    ? { kind: 'people', people: targets }
    : text('a member');
  const subjects = targets.length ? whom : who;
  const value = notificationValue(n.type, n.body ?? null, n.metadata);
  const setting = SETTINGS[n.type];
  if (setting) return [who, text(` changed the settings: ${setting}`)];
  switch (n.type) {
    case 'add':
      return [who, text(' added '), whom];
    case 'remove':
      return [who, text(' removed '), whom];
    case 'leave':
      return [subjects, text(' left')];
    case 'invite':
      return [subjects, text(' joined via invite link')];
    case 'promote':
      return [who, text(' made '), whom, text(targets.length > 1 ? ' admins' : ' an admin')];
    case 'demote':
      return [
        who,
        text(' dismissed '),
        whom,
        text(targets.length > 1 ? ' as admins' : ' as admin'),
      ];
    case 'subject':
      return value
        ? [who, text(' changed the group name to '), { kind: 'value', text: value }]
        : [who, text(' changed the group name')];
    case 'desc':
    case 'description':
      return value
        ? [who, text(' changed the group description to '), { kind: 'value', text: value }]
        : [who, text(' changed the group description')];
    case 'picture':
      return [who, text(' changed the group icon')];
    // Raw WhatsApp kinds (docs/periskope-api.md#notification, unconfirmed) carry no new value: say
    // what changed, not how.
    case 'announce':
      return [who, text(' changed who can send messages')];
    case 'restrict':
      return [who, text(' changed who can edit group info')];
    case 'create':
      return value
        ? [who, text(' created the group '), { kind: 'value', text: value }]
        : [who, text(' created the group')];
    case 'call':
      return callParts(who, n.metadata);
    default:
      return [text(`Group settings changed (${n.type})`)];
  }
}

/**
 * @param notification - `type`, `author`, `recipientids`, and `body` / `metadata` when present
 * @param resolver - contact id → display name (member name, org phone name, else formatted
 *   number), and whether the id is one of the org's phones
 * @returns the structured sentence, e.g. parts for "Asha added Ravi and +91 95378 51844"
 * @see docs/periskope-api.md#notification (types and timeline texts)
 */
export function notificationSentence(
  notification: Fields,
  resolver: NameResolver,
): NotificationSentence {
  const person = (id: string): Person => ({
    id,
    name: resolver.nameOf(id),
    org: resolver.isOrg?.(id) ?? false,
  });
  const actor = notification.author ? person(notification.author) : null;
  const targets = notification.recipientids.map(person);
  const who: SentencePart = actor ? { kind: 'person', person: actor } : text('Someone');
  return { type: notification.type, actor, targets, parts: partsFor(notification, who, targets) };
}

/** Target lists longer than this collapse to `MAX_NAMES - 1` names and "N others". */
export const MAX_NAMES = 3;

/**
 * @param people - a target list
 * @param max - the most names shown without collapsing
 * @returns the names to show and the ones behind "N others" (empty when the list is short)
 */
export function collapseNames<T>(
  people: readonly T[],
  max = MAX_NAMES,
): { shown: T[]; hidden: T[] } {
  if (people.length <= max) return { shown: [...people], hidden: [] };
  return { shown: people.slice(0, max - 1), hidden: people.slice(max - 1) };
}

/**
 * @param sentence - from {@link notificationSentence}
 * @param collapse - collapse long target lists to "Ana, Ben and 3 others" (as first rendered)
 * @returns the sentence as plain text; a new value in curly quotes
 */
export function sentenceText(sentence: NotificationSentence, collapse = false): string {
  return sentence.parts
    .map((part) => {
      switch (part.kind) {
        case 'text':
          return part.text;
        case 'person':
          return part.person.name;
        case 'value':
          return `“${part.text}”`;
        case 'people': {
          const { shown, hidden } = collapse
            ? collapseNames(part.people)
            : { shown: part.people, hidden: [] };
          const names = shown.map((p) => p.name);
          return hidden.length
            ? `${names.join(', ')} and ${hidden.length} others`
            : joinNames(names);
        }
      }
    })
    .join('');
}

/**
 * @param notification - `type`, `author`, `recipientids` (+ `body`, `metadata`)
 * @param nameOf - contact id → display name (member name, else formatted number)
 * @returns plain text with every name, e.g. "Asha added Ravi and +91 95378 51844"
 */
export function describeNotification(
  notification: Fields,
  nameOf: (contactId: string) => string,
): string {
  return sentenceText(notificationSentence(notification, { nameOf }));
}
