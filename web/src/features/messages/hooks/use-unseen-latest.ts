/**
 * "Jump to latest" state of a thread: how many messages arrived below the fold
 * since the reader left the end, and a polite announcement of new messages for screen readers.
 * New messages never move a reader who is not at the end (the virtualizer only follows at the
 * end: `followOnAppend`).
 */
import { useMemo, useState } from 'react';
import type { ThreadRow } from '../lib/thread-rows.ts';

const plural = (n: number) => `${n} new message${n === 1 ? '' : 's'}`;

/** Message rows after the row keyed `afterKey` (0 when it is not there). */
function messagesAfter(rows: readonly ThreadRow[], afterKey: string | undefined): number {
  const at = rows.findIndex((r) => r.key === afterKey);
  return at < 0 ? 0 : rows.slice(at + 1).filter((r) => r.kind === 'message').length;
}

/**
 * @param rows - the thread's rows, oldest → newest
 * @param atEnd - the reader is at the end of the thread
 * @param ready - the first page is shown (earlier rows are not "new")
 * @returns `unseen` (messages below the fold that arrived since the reader left the end) and
 *   `announcement` (text for an aria-live region)
 */
export function useUnseenLatest(rows: readonly ThreadRow[], atEnd: boolean, ready: boolean) {
  const lastKey = rows.at(-1)?.key;
  const [seenKey, setSeenKey] = useState<string | undefined>(undefined);
  const [announcedKey, setAnnouncedKey] = useState<string | undefined>(undefined);
  const [announcement, setAnnouncement] = useState('');

  // Both follow the newest row as it changes: adjusted while rendering, not in an effect (see
  // react.dev/learn/you-might-not-need-an-effect#adjusting-some-state-when-a-prop-changes).
  if (ready && (atEnd || seenKey === undefined) && lastKey !== seenKey) setSeenKey(lastKey);
  if (ready && lastKey !== announcedKey) {
    const fresh = announcedKey === undefined ? 0 : messagesAfter(rows, announcedKey);
    if (fresh > 0) setAnnouncement(plural(fresh));
    setAnnouncedKey(lastKey);
  }

  const unseen = useMemo(() => (atEnd ? 0 : messagesAfter(rows, seenKey)), [rows, seenKey, atEnd]);
  return { unseen, announcement };
}
