import { describe, expect, it } from 'vitest';
import { messagePath, notificationPath, parseThreadTarget, threadRowKey } from './chat-path.ts';

describe('chat paths', () => {
  it('encodes ids with @ and round-trips them through parseThreadTarget', () => {
    expect(messagePath('120363@g.us', 'true_120363@g.us_3EB0')).toBe(
      '/chats/120363%40g.us/messages/true_120363%40g.us_3EB0',
    );
    const path = notificationPath('120363@g.us', 'false_120363@g.us_AB_91@c.us_add');
    const [, , , kind, id] = path.split('/');
    expect(parseThreadTarget(kind, id)).toEqual({
      kind: 'notification',
      id: 'false_120363@g.us_AB_91@c.us_add',
    });
  });

  it('opens the plain chat without a target, and refuses unknown kinds', () => {
    expect(parseThreadTarget(undefined, undefined)).toBeNull();
    expect(parseThreadTarget('messages', undefined)).toBeNull();
    expect(parseThreadTarget('settings', 'x')).toBe('invalid');
  });

  it('keys rows the way the thread does', () => {
    expect(threadRowKey({ kind: 'message', id: 'a' })).toBe('m-a');
    expect(threadRowKey({ kind: 'notification', id: 'b' })).toBe('n-b');
  });
});
