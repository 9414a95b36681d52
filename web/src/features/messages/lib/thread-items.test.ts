import { describe, expect, it } from 'vitest';
import { makeMessage } from '../components/content/message-fixture.ts';
import { threadItems } from './thread-items.ts';

const at = (minute: number) => new Date(Date.UTC(2025, 0, 27, 10, minute)).toISOString();
const message = (id: string, timestamp: string | null) =>
  makeMessage({ message_id: id, timestamp });
const entry = (id: string, timestamp: string | null) => ({ key: `n-${id}`, timestamp, node: id });
const keys = (merged: ReturnType<typeof threadItems>) => merged.items.map((i) => i.key);

describe('threadItems', () => {
  it('merges messages and entries oldest → newest, each message once', () => {
    const merged = threadItems(
      [
        { messages: [message('3', at(3)), message('1', at(1))] },
        { messages: [message('1', at(1))] },
      ],
      false,
      [entry('e', at(2))],
      false,
    );
    expect(keys(merged)).toEqual(['m-1', 'n-e', 'm-3']);
  });

  it('keeps an undated message in its page place, just after its older neighbour', () => {
    const merged = threadItems(
      [{ messages: [message('4', at(4)), message('x', null), message('1', at(1))] }],
      false,
      [entry('e', at(2))],
      false,
    );
    expect(keys(merged)).toEqual(['m-1', 'm-x', 'n-e', 'm-4']);
  });

  it('keeps undated newest messages just after their older neighbour, and an undated entry in its place', () => {
    const merged = threadItems(
      [{ messages: [message('y', null), message('x', null), message('1', at(1))] }],
      false,
      [entry('f', at(5)), entry('u', null), entry('e', at(2))],
      false,
    );
    expect(keys(merged)).toEqual(['m-1', 'm-x', 'm-y', 'n-e', 'n-u', 'n-f']);
  });

  it('shows a thread where no message has a time, in page order', () => {
    const merged = threadItems(
      [{ messages: [message('b', null), message('a', null)] }],
      true,
      [],
      false,
    );
    expect(keys(merged)).toEqual(['m-a', 'm-b']);
    expect(merged.loadFrom).toEqual([0]);
  });
});
