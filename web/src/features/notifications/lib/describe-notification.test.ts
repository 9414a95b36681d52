import { describe, expect, it } from 'vitest';
import { describeNotification } from './describe-notification.ts';

const names: Record<string, string> = { 'a@c.us': 'Asha', 'b@c.us': 'Ravi', 'c@c.us': 'Meera' };
const nameOf = (id: string) => names[id] ?? `+${id}`;
const say = (type: string, recipientids: string[] = ['b@c.us'], author: string | null = 'a@c.us') =>
  describeNotification({ type, author, recipientids }, nameOf);

describe('describeNotification', () => {
  it.each<[string, string[], string]>([
    ['add', ['b@c.us', 'c@c.us'], 'Asha added Ravi and Meera'],
    ['remove', ['b@c.us'], 'Asha removed Ravi'],
    ['leave', ['b@c.us'], 'Ravi left'],
    ['leave', [], 'Asha left'],
    ['invite', ['c@c.us'], 'Meera joined via invite link'],
    ['promote', ['b@c.us'], 'Asha made Ravi an admin'],
    ['promote', ['b@c.us', 'c@c.us'], 'Asha made Ravi and Meera admins'],
    ['demote', ['b@c.us'], 'Asha dismissed Ravi as admin'],
    ['subject', [], 'Asha changed the group name'],
    ['desc', [], 'Asha changed the group description'],
    ['description', [], 'Asha changed the group description'],
    ['picture', [], 'Asha changed the group icon'],
    ['announce_true', [], 'Asha changed the settings: only admins can send messages'],
    ['announce_false', [], 'Asha changed the settings: all participants can send messages'],
    ['restrict_true', [], 'Asha changed the settings: only admins can edit group info'],
    ['restrict_false', [], 'Asha changed the settings: all participants can edit group info'],
    ['memberaddmode_true', [], 'Asha changed the settings: all participants can add members'],
    ['memberaddmode_false', [], 'Asha changed the settings: only admins can add members'],
    ['create', [], 'Asha created the group'],
    ['call', [], '📞 Asha started a call'],
    ['ephemeral', [], 'Group settings changed (ephemeral)'],
  ])('%s %j', (type, targets, expected) => {
    expect(say(type, targets)).toBe(expected);
  });

  it('falls back to the formatted id and to "Someone"', () => {
    expect(say('add', ['919537851844@c.us'], null)).toBe('Someone added +919537851844@c.us');
  });
});
