import { describe, expect, it } from 'vitest';
import { byMessage, groupReactions } from './group-reactions.ts';

const at = (minute: number) => new Date(Date.UTC(2025, 0, 1, 0, minute)).toISOString();
const r = (sender_id: string, reaction: string, minute: number) => ({
  sender_id,
  reaction,
  timestamp: at(minute),
});

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
      {
        emoji: '👍',
        senders: [
          { id: 'd', at: at(0) },
          { id: 'b', at: at(2) },
        ],
      },
      { emoji: '😂', senders: [{ id: 'a', at: at(4) }] },
    ]);
  });

  it('is empty without reactions', () => expect(groupReactions([])).toEqual([]));

  it('lets an undated reaction lose to any dated one of the same sender', () => {
    const groups = groupReactions([
      { sender_id: 'a', reaction: '😂', timestamp: null },
      r('a', '👍', 1),
    ]);
    expect(groups).toEqual([{ emoji: '👍', senders: [{ id: 'a', at: at(1) }] }]);
  });

  it('among undated reactions of a sender, keeps the first listed (lists are newest first)', () => {
    const groups = groupReactions([
      { sender_id: 'a', reaction: '🎉', timestamp: null },
      { sender_id: 'a', reaction: '😂', timestamp: null },
      { sender_id: 'b', reaction: '', timestamp: null },
      { sender_id: 'b', reaction: '🎉', timestamp: null },
    ]);
    expect(groups).toEqual([{ emoji: '🎉', senders: [{ id: 'a', at: null }] }]);
  });

  it('lists undated senders after dated ones, oldest listed first', () => {
    const groups = groupReactions([
      { sender_id: 'c', reaction: '👍', timestamp: null },
      { sender_id: 'b', reaction: '👍', timestamp: null },
      r('a', '👍', 3),
    ]);
    expect(groups[0]?.senders.map((s) => s.id)).toEqual(['a', 'b', 'c']);
  });

  it("splits a chat's reactions by message", () => {
    const map = byMessage([
      { message_id: 'm1', n: 1 },
      { message_id: 'm2', n: 2 },
      { message_id: 'm1', n: 3 },
    ]);
    expect(map.get('m1')?.map((x) => x.n)).toEqual([1, 3]);
    expect(map.get('m2')?.map((x) => x.n)).toEqual([2]);
  });
});
