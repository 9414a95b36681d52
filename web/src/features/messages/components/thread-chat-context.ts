/**
 * The open thread's chat id, for components deep in a bubble that read chat-wide data (the
 * chat's reactions) without every bubble passing it down.
 */
import { createContext } from 'react';

/** `chat_id` of the thread being rendered; null outside a thread (e.g. a lone bubble in a test). */
export const ThreadChatContext = createContext<string | null>(null);
