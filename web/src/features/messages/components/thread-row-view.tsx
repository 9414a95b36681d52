/**
 * Renders one thread row: a day divider, a message bubble, or another timeline's entry.
 */
import { memo } from 'react';
import type { Members } from '../../../lib/api-types.ts';
import type { ThreadRow } from '../lib/thread-rows.ts';
import { DayDivider } from './day-divider.tsx';
import { MessageBubble } from './message-bubble.tsx';

export interface ThreadRowViewProps {
  row: ThreadRow;
  isGroup: boolean;
  members: Members | undefined;
  loadReactions: boolean;
}

/** Dispatches on `row.kind`. Memoised: scrolling re-renders only rows that changed. */
export const ThreadRowView = memo(function ThreadRowView({ row, isGroup, members, loadReactions }: ThreadRowViewProps) {
  switch (row.kind) {
    case 'day': return <DayDivider label={row.label} />;
    case 'message': return <MessageBubble message={row.message} isGroup={isGroup} members={members} loadReactions={loadReactions} />;
    case 'entry': return <div className="px-[5%] py-1">{row.node}</div>;
  }
});
