/**
 * Renders one thread row: a day divider, a message bubble, or another timeline's entry.
 */
import { memo } from 'react';
import type { ThreadRow } from '../lib/thread-rows.ts';
import { DayDivider } from './day-divider.tsx';
import { MessageBubble } from './message-bubble.tsx';

export interface ThreadRowViewProps {
  row: ThreadRow;
  isGroup: boolean;
  loadReactions: boolean;
  /** Opens an image message in the lightbox. */
  onOpenImage?: ((messageId: string) => void) | undefined;
}

/** Dispatches on `row.kind`. Memoised: scrolling re-renders only rows that changed. */
export const ThreadRowView = memo(function ThreadRowView({
  row,
  isGroup,
  loadReactions,
  onOpenImage,
}: ThreadRowViewProps) {
  switch (row.kind) {
    case 'day':
      return <DayDivider label={row.label} />;
    case 'message':
      return (
        <MessageBubble
          message={row.message}
          continues={row.continues ?? false}
          isGroup={isGroup}
          loadReactions={loadReactions}
          onOpenImage={onOpenImage}
        />
      );
    case 'entry':
      return <div className="px-[5%] py-1">{row.node}</div>;
  }
});
