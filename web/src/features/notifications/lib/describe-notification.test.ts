import { describe, expect, it } from 'vitest';
import {
  collapseNames,
  describeNotification,
  notificationSentence,
  sentenceText,
} from './describe-notification.ts';

const names: Record<string, string> = {
  'a@c.us': 'Asha',
  'b@c.us': 'Ravi',
  'c@c.us': 'Meera',
  'org@c.us': 'Support',
};
const nameOf = (id: string) => names[id] ?? `+${id}`;
const say = (
  type: string | null,
  recipientids: string[] = ['b@c.us'],
  author: string | null = 'a@c.us',
) => describeNotification({ type, author, recipientids }, nameOf);
const sentence = (fields: {
  type: string;
  recipientids?: string[];
  body?: string | null;
  metadata?: unknown;
  author?: string | null;
}) =>
  notificationSentence(
    { author: 'a@c.us', recipientids: [], ...fields },
    { nameOf, isOrg: (id) => id === 'org@c.us' },
  );

describe('describeNotification', () => {
  it('shows an event without a type as unknown', () => expect(say(null)).toBe('Unknown event'));
  it.each<[string, string[], string]>([
    ['add', ['b@c.us', 'c@c.us'], 'Asha added Ravi and Meera'],
    ['add', [], 'Asha added a member'],
    ['remove', ['b@c.us'], 'Asha removed Ravi'],
    ['leave', ['b@c.us'], 'Ravi left'],
    ['leave', [], 'Asha left'],
    ['invite', ['c@c.us'], 'Meera joined via invite link'],
    ['promote', ['b@c.us'], 'Asha made Ravi an admin'],
    ['promote', ['b@c.us', 'c@c.us'], 'Asha made Ravi and Meera admins'],
    ['demote', ['b@c.us'], 'Asha dismissed Ravi as admin'],
    ['demote', ['b@c.us', 'c@c.us'], 'Asha dismissed Ravi and Meera as admins'],
    ['subject', [], 'Asha changed the group name'],
    ['desc', [], 'Asha changed the group description'],
    ['description', [], 'Asha changed the group description'],
    ['picture', [], 'Asha changed the group icon'],
    ['announce_true', [], 'Asha changed the settings: only admins can send messages'],
    ['announce_false', [], 'Asha changed the settings: all participants can send messages'],
    ['restrict_true', [], 'Asha changed the settings: only admins can edit group info'],
    ['restrict_false', [], 'Asha changed the settings: all participants can edit group info'],
    // Raw WhatsApp kinds without the new value (the `settings` filter includes them): say what
    // changed, not how.
    ['announce', [], 'Asha changed who can send messages'],
    ['restrict', [], 'Asha changed who can edit group info'],
    ['memberaddmode_true', [], 'Asha changed the settings: all participants can add members'],
    ['memberaddmode_false', [], 'Asha changed the settings: only admins can add members'],
    ['create', [], 'Asha created the group'],
    ['call', [], 'Asha started a call'],
    ['ephemeral', [], 'Group settings changed (ephemeral)'],
  ])('%s %j', (type, targets, expected) => {
    expect(say(type, targets)).toBe(expected);
  });

  it('falls back to the resolver for unknown ids and to "Someone" without an author', () => {
    expect(say('add', ['919537851844@c.us'], null)).toBe('Someone added +919537851844@c.us');
  });

  it('shows a new name or description from body, else from metadata, as quoted text', () => {
    expect(sentenceText(sentence({ type: 'subject', body: '  Launch crew ' }))).toBe(
      'Asha changed the group name to “Launch crew”',
    );
    expect(sentenceText(sentence({ type: 'subject', metadata: { subject: 'Ops' } }))).toBe(
      'Asha changed the group name to “Ops”',
    );
    expect(sentenceText(sentence({ type: 'desc', metadata: { desc: 'Rules: be kind' } }))).toBe(
      'Asha changed the group description to “Rules: be kind”',
    );
    expect(
      sentenceText(sentence({ type: 'description', body: null, metadata: { description: 'New' } })),
    ).toBe('Asha changed the group description to “New”');
    expect(sentenceText(sentence({ type: 'create', body: 'Team' }))).toBe(
      'Asha created the group “Team”',
    );
    // Wrong shapes are ignored, never stringified.
    expect(sentenceText(sentence({ type: 'subject', body: '  ', metadata: { subject: 42 } }))).toBe(
      'Asha changed the group name',
    );
    expect(sentenceText(sentence({ type: 'picture', body: 'https://x/y.jpg' }))).toBe(
      'Asha changed the group icon',
    );
  });

  it('keeps a value with markup as a plain text part', () => {
    const s = sentence({ type: 'subject', body: '<img src=x onerror=alert(1)>' });
    expect(s.parts.at(-1)).toEqual({ kind: 'value', text: '<img src=x onerror=alert(1)>' });
  });

  it.each<[unknown, string]>([
    [{ call_result: 'MISSED', isVideo: false }, 'Missed voice call from Asha'],
    [{ call_result: 'missed', isVideo: true }, 'Missed video call from Asha'],
    [
      { call_result: 'MISSED', isVideo: false, isOutgoing: true },
      'Asha’s voice call was not answered',
    ],
    [{ call_result: 'REJECTED', isVideo: true }, 'Declined video call from Asha'],
    [{ call_result: 'REJECTED', isOutgoing: true }, 'Asha’s call was declined'],
    [{ call_result: 'CONNECTED', isVideo: true }, 'Asha started a video call'],
    [{ call_result: 'SOMETHING_NEW', isVideo: 'yes' }, 'Asha started a call'],
    [null, 'Asha started a call'],
    ['MISSED', 'Asha started a call'],
  ])('call with metadata %j', (metadata, expected) => {
    expect(sentenceText(sentence({ type: 'call', metadata }))).toBe(expected);
  });
});

describe('notificationSentence', () => {
  it('gives the actor, the targets in order and marks org phones', () => {
    const s = sentence({ type: 'add', author: 'org@c.us', recipientids: ['c@c.us', 'b@c.us'] });
    expect(s.actor).toEqual({ id: 'org@c.us', name: 'Support', org: true });
    expect(s.targets.map((t) => t.name)).toEqual(['Meera', 'Ravi']);
    expect(s.parts).toEqual([
      { kind: 'person', person: s.actor },
      { kind: 'text', text: ' added ' },
      { kind: 'people', people: s.targets },
    ]);
  });

  it('collapses more than three targets to two names and "N others" in the short text', () => {
    const ids = ['a@c.us', 'b@c.us', 'c@c.us', 'd@c.us', 'e@c.us'];
    const s = sentence({ type: 'add', author: 'org@c.us', recipientids: ids });
    expect(sentenceText(s, true)).toBe('Support added Asha, Ravi and 3 others');
    expect(sentenceText(s)).toBe('Support added Asha, Ravi, Meera, +d@c.us and +e@c.us');
    const three = sentence({ type: 'add', recipientids: ids.slice(0, 3) });
    expect(sentenceText(three, true)).toBe('Asha added Asha, Ravi and Meera');
  });
});

describe('collapseNames', () => {
  it('shows up to three, else two and the rest hidden', () => {
    expect(collapseNames([1, 2, 3])).toEqual({ shown: [1, 2, 3], hidden: [] });
    expect(collapseNames([1, 2, 3, 4])).toEqual({ shown: [1, 2], hidden: [3, 4] });
    expect(collapseNames([])).toEqual({ shown: [], hidden: [] });
  });
});
