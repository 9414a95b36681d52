import { describe, expect, it } from 'vitest';
import { groupReactions } from './group-reactions.ts';

const r = (sender_id: string, reaction: string, minute: number) => ({ sender_id, reaction, timestamp: new Date(Date.UTC(2025, 0, 1, 0, minute)).toISOString() });

describe('groupReactions', () => {
  it('counts the latest reaction per sender and drops removed ones', () => {
    const groups = groupReactions([
      r('a', '👍', 1),
      r('b', '👍', 2),
      r('c', '❤️', 3),
      r('a', '😂', 4), // a changed their mind
      r('c', '', 5), // c removed theirs
      r('d', '👍', 0),
    ]);
    expect(groups).toEqual([
      { emoji: '👍', senders: ['d', 'b'] },
      { emoji: '😂', senders: ['a'] },
    ]);
  });

  it('is empty without reactions', () => expect(groupReactions([])).toEqual([]));
});
