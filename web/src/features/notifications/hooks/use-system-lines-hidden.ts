/**
 * The reader's per-chat choice to hide group events (system lines) in the thread, kept in
 * localStorage so it survives reloads. When storage is unavailable (private mode, quota, a
 * sandboxed iframe: `localStorage` throws) the choice lasts for this page's life only.
 */
import { useCallback, useSyncExternalStore } from 'react';

/** localStorage key prefix; the chat id follows. Only hidden chats are stored (`'1'`). */
export const HIDDEN_KEY_PREFIX = 'periskope-inbox:hide-group-events:';

const memory = new Map<string, boolean>();
const listeners = new Set<() => void>();

/** @returns whether the chat's group events are hidden now (outside React: the route's prefetch) */
export function systemLinesHidden(chatId: string): boolean {
  return read(chatId);
}

function read(chatId: string): boolean {
  try {
    const stored = localStorage.getItem(HIDDEN_KEY_PREFIX + chatId);
    if (stored !== null) return stored === '1';
  } catch {
    // Storage unavailable: the in-memory choice below stands.
  }
  return memory.get(chatId) ?? false;
}

function write(chatId: string, hidden: boolean) {
  memory.set(chatId, hidden);
  try {
    if (hidden) localStorage.setItem(HIDDEN_KEY_PREFIX + chatId, '1');
    else localStorage.removeItem(HIDDEN_KEY_PREFIX + chatId);
  } catch {
    // Keep the in-memory choice.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  // Another tab changed a choice.
  window.addEventListener('storage', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
}

/**
 * @param chatId - the open chat
 * @returns whether its group events are hidden, and a setter (persists, updates every user of the hook)
 */
export function useSystemLinesHidden(
  chatId: string,
): [hidden: boolean, setHidden: (hidden: boolean) => void] {
  const hidden = useSyncExternalStore(
    subscribe,
    () => read(chatId),
    () => false,
  );
  const setHidden = useCallback((next: boolean) => write(chatId, next), [chatId]);
  return [hidden, setHidden];
}
