/**
 * The chat route's path segment: chat ids hold `@` (`120363371308389685@g.us`), so they are
 * URI-encoded on the way in and decoded on the way out.
 */

/** @returns `/chats/<encoded chat_id>` */
export function chatPath(chatId: string): string {
  return `/chats/${encodeURIComponent(chatId)}`;
}

/** @returns `/chats/<encoded chat_id>/messages/<encoded message_id>`: the chat opened at a message */
export function messagePath(chatId: string, messageId: string): string {
  return `${chatPath(chatId)}/messages/${encodeURIComponent(messageId)}`;
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
