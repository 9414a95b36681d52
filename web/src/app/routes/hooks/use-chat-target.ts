/**
 * What the chat URL (`/chats/:chatId/:targetKind?/:targetId?`) opens: the chat, and the row the
 * thread opens at (a message or a group notification), if any.
 * Shape: `useChatTarget()` → `{ chatId, invalid, target }`; `invalid` for an unknown
 * `:targetKind` (the route shows "not found"); `target` is `{ kind, key }` (the thread's row key)
 * or undefined, stable per key.
 */
import { useMemo } from 'react';
import { useParams } from 'react-router';
import { decodeChatId, parseThreadTarget, threadRowKey } from '../chat-path.ts';

export function useChatTarget() {
  const params = useParams();
  const chatId = decodeChatId(params.chatId ?? '');
  const parsed = parseThreadTarget(params.targetKind, params.targetId);
  const targetKind = parsed && parsed !== 'invalid' ? parsed.kind : undefined;
  const targetKey = parsed && parsed !== 'invalid' ? threadRowKey(parsed) : undefined;
  // Stable per key: the thread's jump effect depends on it.
  const target = useMemo(
    () => (targetKind && targetKey ? { kind: targetKind, key: targetKey } : undefined),
    [targetKind, targetKey],
  );
  return { chatId, invalid: parsed === 'invalid', target };
}
