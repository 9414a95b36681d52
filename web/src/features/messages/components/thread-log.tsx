/**
 * The scrolling `role="log"` of a thread, named after the chat: the virtual rows (positioned by
 * the virtualizer, measured as they render), the jump target highlighted. The scrolling itself is
 * useThreadScroll's.
 * Shape: `<ThreadLog label scrollRef items totalSize measureElement rows highlightKey isGroup
 * onOpenImage />`.
 */
import type { VirtualItem } from '@tanstack/react-virtual';
import type { RefObject } from 'react';
import { cn } from '@/lib/cn.ts';
import type { ThreadRow } from '../lib/thread-rows.ts';
import { ThreadRowView } from './thread-row-view.tsx';

export interface ThreadLogProps {
  /** Accessible name of the log: the chat's name. */
  label: string;
  scrollRef: RefObject<HTMLDivElement | null>;
  /** The rows to render now (the virtualizer's), and the height of all of them, px. */
  items: readonly VirtualItem[];
  totalSize: number;
  /** The virtualizer's `measureElement`, as each row's ref. */
  measureElement: (element: Element | null) => void;
  rows: readonly ThreadRow[];
  /** Row key of the jump target, highlighted for a while. */
  highlightKey: string | null;
  isGroup: boolean;
  onOpenImage: (messageId: string) => void;
}

export function ThreadLog({
  label,
  scrollRef,
  items,
  totalSize,
  measureElement,
  rows,
  highlightKey,
  isGroup,
  onOpenImage,
}: ThreadLogProps) {
  return (
    // aria-live off: rows appear as the reader scrolls (virtualization), not as news.
    // overflow-anchor none: the virtualizer keeps the reader's row in place itself; the
    // browser's own scroll anchoring would correct the same change a second time.
    <div
      ref={scrollRef}
      role="log"
      aria-label={label}
      aria-live="off"
      className="min-h-0 flex-1 overflow-y-auto py-2 [overflow-anchor:none]"
    >
      <div className="relative w-full" style={{ height: totalSize }}>
        <div
          className="absolute top-0 left-0 w-full"
          style={{ transform: `translateY(${items[0]?.start ?? 0}px)` }}
        >
          {items.map((item) => {
            const row = rows[item.index];
            const highlighted = row?.key === highlightKey;
            return row ? (
              <div
                key={item.key}
                data-index={item.index}
                data-key={row.key}
                data-highlighted={highlighted || undefined}
                ref={measureElement}
                className={cn('transition-colors duration-700', highlighted && 'bg-amber-200/50')}
              >
                <ThreadRowView
                  row={row}
                  isGroup={isGroup}
                  loadReactions
                  onOpenImage={onOpenImage}
                />
              </div>
            ) : null;
          })}
        </div>
      </div>
    </div>
  );
}
