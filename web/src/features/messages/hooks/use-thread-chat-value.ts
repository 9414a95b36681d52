/**
 * The value of `ThreadChatContext` (thread-chat-context.ts) for an open thread, memoised so
 * bubbles re-render only when one of its parts changes.
 * Shape: `useThreadChatValue({ chatId, refreshMs, onOpenMessage, onShowInfo, pinned })` →
 * `ThreadChat` (the pins keyed by `message_id`).
 */
import { useMemo } from 'react';
import type { PinnedMessage, ThreadChat } from '../components/thread-chat-context.ts';

export interface ThreadChatParts extends Omit<ThreadChat, 'pinned'> {
  /** The chat's pinned messages (chat details); undefined while unknown. */
  pinned: readonly PinnedMessage[] | undefined;
}

export function useThreadChatValue({
  chatId,
  refreshMs,
  onOpenMessage,
  onShowInfo,
  pinned,
}: ThreadChatParts): ThreadChat {
  return useMemo(
    () => ({
      chatId,
      refreshMs,
      onOpenMessage,
      onShowInfo,
      pinned: pinned && new Map(pinned.map((p) => [p.message_id, p])),
    }),
    [chatId, refreshMs, onOpenMessage, onShowInfo, pinned],
  );
}
