/**
 * The open thread, for components deep in a bubble that need chat-wide things (the chat's
 * reactions, its pinned messages, opening a quoted message) without every bubble passing them down.
 */
import { createContext } from 'react';
import type { ChatDetail } from '@/lib/api-types.ts';

/** A pinned message of the chat (official `ChatType.pinned_messages`; times epoch ms). */
export type PinnedMessage = ChatDetail['pinned_messages'][number];

export interface ThreadChat {
  chatId: string;
  /** Refetch interval of chat-wide data (reactions), ms. */
  refreshMs: number;
  /** Opens a message of this chat in the thread (scrolls to it, loading pages as needed). */
  onOpenMessage: (messageId: string) => void;
  /** Opens the "Message info" drawer for a message of this chat. */
  onShowInfo: (messageId: string) => void;
  /** The chat's pinned messages by `message_id`, once the chat's details are loaded. */
  pinned?: ReadonlyMap<string, PinnedMessage> | undefined;
}

/** Null outside a thread (e.g. a lone bubble in a test). */
export const ThreadChatContext = createContext<ThreadChat | null>(null);
