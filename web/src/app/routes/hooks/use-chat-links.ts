/**
 * Links and navigation within an open chat, each keeping the chat list's filters (q, phone…) in
 * the URL's search: open a message in the thread, link to a group event or a pinned message, and
 * go back to the chat's own URL.
 * Shape: `useChatLinks(chatId)` → `{ openMessage(messageId), eventHref(notificationId): To,
 * messageHref(messageId): To, openChat() }`, all stable per chat and search.
 */
import { useCallback } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { chatPath, messagePath, notificationPath } from '../chat-path.ts';

export function useChatLinks(chatId: string) {
  const navigate = useNavigate();
  const { search } = useLocation();
  const openMessage = useCallback(
    (messageId: string) => void navigate({ pathname: messagePath(chatId, messageId), search }),
    [navigate, chatId, search],
  );
  // Keeps the chat list's filters (q, phone…) in the search, as openMessage does.
  const eventHref = useCallback(
    (notificationId: string) => ({ pathname: notificationPath(chatId, notificationId), search }),
    [chatId, search],
  );
  // The details pane's pinned messages open the thread at the message, as deep links do.
  const messageHref = useCallback(
    (messageId: string) => ({ pathname: messagePath(chatId, messageId), search }),
    [chatId, search],
  );
  const openChat = useCallback(
    () => void navigate({ pathname: chatPath(chatId), search }),
    [navigate, chatId, search],
  );
  return { openMessage, eventHref, messageHref, openChat };
}
