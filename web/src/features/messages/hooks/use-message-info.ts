/**
 * The "Message info" drawer of a thread: which message it shows. The drawer follows the loaded
 * copy, so a refetch (new ack, read receipts) updates it.
 * Shape: `useMessageInfo(rows)` → `{ message (undefined when closed), show(messageId), close }`.
 */
import { useCallback, useMemo, useState } from 'react';
import type { ThreadRow } from '../lib/thread-rows.ts';

export function useMessageInfo(rows: readonly ThreadRow[]) {
  const [infoId, setInfoId] = useState<string | null>(null);
  const message = useMemo(() => {
    if (!infoId) return undefined;
    const row = rows.find((r) => r.kind === 'message' && r.message.message_id === infoId);
    return row?.kind === 'message' ? row.message : undefined;
  }, [rows, infoId]);
  const close = useCallback(() => setInfoId(null), []);
  return { message, show: setInfoId, close };
}
