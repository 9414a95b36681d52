/**
 * Whether the open group's event lines (joins, leaves, …) show in its thread: the reader's stored
 * choice (useSystemLinesHidden), except that a link to a group event shows them for this visit
 * (hidden, the event could not be found) without changing that choice. Hiding them while at an
 * event leaves the event's URL (`openChat`), where events are always shown.
 * Shape: `useEventLines(chatId, targetKind, openChat)` → `{ hidden, onHiddenChange(next) }`.
 */
import { useCallback } from 'react';
import { useSystemLinesHidden } from '@/features/notifications/hooks/use-system-lines-hidden.ts';

export function useEventLines(
  chatId: string,
  targetKind: 'message' | 'notification' | undefined,
  openChat: () => void,
) {
  const [eventsHidden, setEventsHidden] = useSystemLinesHidden(chatId);
  const hidden = eventsHidden && targetKind !== 'notification';
  const onHiddenChange = useCallback(
    (next: boolean) => {
      setEventsHidden(next);
      if (next && targetKind === 'notification') openChat();
    },
    [setEventsHidden, targetKind, openChat],
  );
  return { hidden, onHiddenChange };
}
