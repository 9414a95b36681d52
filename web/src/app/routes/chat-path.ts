/**
 * The chat route's path segment: chat ids hold `@` (`120363371308389685@g.us`), so they are
 * URI-encoded on the way in and decoded on the way out.
 */

/** @returns `/chats/<encoded chat_id>` */
export function chatPath(chatId: string): string {
  return `/chats/${encodeURIComponent(chatId)}`;
}

/**
 * @returns `/chats/<encoded chat_id>/messages/<encoded message_id>`: the chat opened at a message
 */
export function messagePath(chatId: string, messageId: string): string {
  return `${chatPath(chatId)}/messages/${encodeURIComponent(messageId)}`;
}

/**
 * @returns `/chats/<encoded chat_id>/notifications/<encoded notification_id>`: the chat opened at a
 * group event
 */
export function notificationPath(chatId: string, notificationId: string): string {
  return `${chatPath(chatId)}/notifications/${encodeURIComponent(notificationId)}`;
}

/** What a chat URL opens the thread at: a message or a group notification, by its row key. */
export interface ThreadTarget {
  kind: 'message' | 'notification';
  /** `message_id` or `notification_id`. */
  id: string;
}

/** Row key prefixes of the thread (`m-<message_id>`, `n-<notification_id>`). */
export function threadRowKey(target: ThreadTarget): string {
  return `${target.kind === 'message' ? 'm' : 'n'}-${target.id}`;
}

/**
 * @param kind - the `:targetKind` segment (`messages` | `notifications`), or undefined
 * @param id - the `:targetId` segment
 * @returns the target; `null` for a chat URL without one (`/chats/:chatId`, also with a bare
 *   `/messages`); `'invalid'` for any other kind: the route shows "not found"
 */
export function parseThreadTarget(
  kind: string | undefined,
  id: string | undefined,
): ThreadTarget | null | 'invalid' {
  if (kind !== undefined && kind !== 'messages' && kind !== 'notifications') return 'invalid';
  if (kind === undefined || !id) return null;
  return { kind: kind === 'messages' ? 'message' : 'notification', id: decodeChatId(id) };
}

/**
 * @param segment - `:chatId` as the router gives it (already decoded by React Router, or not)
 * @returns the chat id; a malformed escape is left as is and rejected by the BFF
 */
export function decodeChatId(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
