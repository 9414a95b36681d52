/**
 * The open chat's timeline as an end-anchored virtual list (TanStack Virtual's chat pattern):
 * opens at the newest message (or at a deep-linked one), keeps the reader's position when older
 * pages are prepended, follows new items only when already at the end, and otherwise offers
 * "jump to latest" with the count of new messages. Rows are measured (`measureElement`).
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { ErrorState } from '../../../components/ui/error-state.tsx';
import { oldestStale, StaleBadge } from '../../../components/ui/stale-badge.tsx';
import type { Members } from '../../../lib/api-types.ts';
import { cn } from '../../../lib/cn.ts';
import type { TimelineSource } from '../../../lib/timeline.ts';
import { useJumpToMessage } from '../hooks/use-jump-to-message.ts';
import { useThread } from '../hooks/use-thread.ts';
import { useUnseenLatest } from '../hooks/use-unseen-latest.ts';
import { chatImages } from '../lib/chat-images.ts';
import { warmUpLinks } from '../lib/find-links.ts';
import { JumpToLatest } from './jump-to-latest.tsx';
import { Lightbox } from './lightbox.tsx';
import { MessageInfoDrawer } from './message-info-drawer.tsx';
import { MissingMessage } from './missing-message.tsx';
import { OlderBar } from './older-bar.tsx';
import { ThreadChatContext, type PinnedMessage, type ThreadChat } from './thread-chat-context.ts';
import { ThreadRowView } from './thread-row-view.tsx';
import { ThreadSkeleton } from './thread-skeleton.tsx';

export interface MessageThreadProps {
  chatId: string;
  /** Accessible name of the log: the chat's name. */
  label: string;
  isGroup: boolean;
  members: Members | undefined;
  /** Another timeline merged in by time (group notifications). */
  extra?: TimelineSource;
  /**
   * Open at this row, highlighted: a message (deep link, quoted reply; key `m-<message_id>`) or a
   * group notification (key `n-<notification_id>`, from the activity views).
   */
  target?: { key: string; kind: 'message' | 'notification' } | undefined;
  /** Opens a message of this chat (quoted reply clicks); the route puts it in the URL. */
  onOpenMessage: (messageId: string) => void;
  /** Refetch interval of the newest page and the reactions, ms. */
  refreshMs: number;
  /** The chat's pinned messages (chat details), marked on their bubbles; undefined while unknown. */
  pinned?: readonly PinnedMessage[] | undefined;
}

/** Mount with `key={chatId}` so each chat starts at its own bottom. */
export function MessageThread({
  chatId,
  label,
  isGroup,
  members,
  extra,
  target,
  onOpenMessage,
  refreshMs,
  pinned,
}: MessageThreadProps) {
  const thread = useThread(chatId, extra, refreshMs);
  const { rows, query } = thread;
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 64,
    getItemKey: (i) => rows[i]?.key ?? i,
    anchorTo: 'end',
    followOnAppend: true,
    scrollEndThreshold: 80,
    overscan: 6,
  });
  const ready = !thread.isLoading && rows.length > 0;
  const opened = useRef(false);
  // While the first page loads, the main thread is idle: prepare the link scanner then.
  useEffect(() => {
    if (typeof requestIdleCallback !== 'function') return;
    const id = requestIdleCallback(warmUpLinks, { timeout: 500 });
    return () => cancelIdleCallback(id);
  }, []);

  useLayoutEffect(() => {
    if (!ready || opened.current) return;
    opened.current = true;
    if (!target) virtualizer.scrollToEnd();
  }, [ready, virtualizer, target]);

  const items = virtualizer.getVirtualItems();
  const firstIndex = items[0]?.index ?? -1;
  const { hasOlder, isFetchingOlder, loadOlder } = thread;
  const scrollingUp = virtualizer.scrollDirection === 'backward';
  const olderFailed = query.isFetchNextPageError;
  // Scrolling up to the first rows loads the next older page (the button does the same).
  useEffect(() => {
    if (
      opened.current &&
      scrollingUp &&
      firstIndex >= 0 &&
      firstIndex < 3 &&
      hasOlder &&
      !isFetchingOlder &&
      !olderFailed
    )
      loadOlder();
  }, [firstIndex, scrollingUp, hasOlder, isFetchingOlder, olderFailed, loadOlder]);

  const scrollToIndex = useCallback(
    (index: number) => virtualizer.scrollToIndex(index, { align: 'center' }),
    [virtualizer],
  );
  const scrollElement = useCallback(() => scrollRef.current, []);
  const jump = useJumpToMessage({
    rows,
    target: target?.key,
    ready,
    hasOlder,
    isFetchingOlder,
    olderFailed,
    loadOlder,
    scrollToIndex,
    scrollElement,
  });
  const atEnd = ready && virtualizer.isAtEnd(80);
  const latest = useUnseenLatest(rows, atEnd, ready);
  const images = useMemo(() => chatImages(rows), [rows]);
  const imagesRef = useRef(images);
  useEffect(() => {
    imagesRef.current = images;
  }, [images]);
  const [lightbox, setLightbox] = useState<number | null>(null);
  // Stable, so memoised rows do not re-render when images load.
  const openImage = useCallback((messageId: string) => {
    const at = imagesRef.current.findIndex((image) => image.message_id === messageId);
    if (at >= 0) setLightbox(at);
  }, []);
  const [infoId, setInfoId] = useState<string | null>(null);
  const context = useMemo<ThreadChat>(
    () => ({
      chatId,
      refreshMs,
      onOpenMessage,
      onShowInfo: setInfoId,
      pinned: pinned && new Map(pinned.map((p) => [p.message_id, p])),
    }),
    [chatId, refreshMs, onOpenMessage, pinned],
  );
  // The drawer follows the loaded copy, so a refetch (new ack, read receipts) updates it.
  const infoMessage = useMemo(() => {
    if (!infoId) return undefined;
    const row = rows.find((r) => r.kind === 'message' && r.message.message_id === infoId);
    return row?.kind === 'message' ? row.message : undefined;
  }, [rows, infoId]);

  // Judged on the newest page, which is refetched: older pages are history the BFF served from its
  // cache once and that rarely changes, so their age says nothing about Periskope being reachable.
  const staleSince = oldestStale(thread.newest ? [thread.newest] : []);
  if (query.isError && !query.data) {
    return (
      <ErrorState
        className="flex-1 justify-center bg-wa-wallpaper"
        error={query.error}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  }
  if (thread.isLoading) return <ThreadSkeleton />;
  if (rows.length === 0 && !hasOlder)
    return <EmptyState className="flex-1 bg-wa-wallpaper" title="No messages yet" />;

  return (
    <ThreadChatContext value={context}>
      <div className="relative flex min-h-0 flex-1 flex-col">
        {staleSince && (
          <div className="absolute top-2 right-3 z-10">
            <StaleBadge fetchedAt={staleSince} />
          </div>
        )}
        <OlderBar
          hasOlder={hasOlder}
          isFetching={isFetchingOlder}
          error={olderFailed ? query.error : null}
          extra={extra}
          onLoadOlder={loadOlder}
        />
        {jump.state === 'missing' && <MissingMessage kind={target?.kind ?? 'message'} />}
        {jump.state === 'searching' && (
          <p
            role="status"
            className="absolute inset-x-0 top-14 z-10 mx-auto w-max rounded-full bg-surface px-3 py-1 text-xs text-slate-600 shadow"
          >
            Finding the {target?.kind === 'notification' ? 'event' : 'message'} in older history…
          </p>
        )}
        <p aria-live="polite" className="sr-only">
          {latest.announcement}
        </p>
        {/* aria-live off: rows appear as the reader scrolls (virtualization), not as news.
            overflow-anchor none: the virtualizer keeps the reader's row in place itself; the
            browser's own scroll anchoring would correct the same change a second time. */}
        <div
          ref={scrollRef}
          role="log"
          aria-label={label}
          aria-live="off"
          className="min-h-0 flex-1 overflow-y-auto py-2 [overflow-anchor:none]"
        >
          <div className="relative w-full" style={{ height: virtualizer.getTotalSize() }}>
            <div
              className="absolute top-0 left-0 w-full"
              style={{ transform: `translateY(${items[0]?.start ?? 0}px)` }}
            >
              {items.map((item) => {
                const row = rows[item.index];
                const highlighted = row?.key === jump.highlightKey;
                return row ? (
                  <div
                    key={item.key}
                    data-index={item.index}
                    data-key={row.key}
                    data-highlighted={highlighted || undefined}
                    ref={virtualizer.measureElement}
                    className={cn(
                      'transition-colors duration-700',
                      highlighted && 'bg-amber-200/50',
                    )}
                  >
                    <ThreadRowView
                      row={row}
                      isGroup={isGroup}
                      members={members}
                      loadReactions
                      onOpenImage={openImage}
                    />
                  </div>
                ) : null;
              })}
            </div>
          </div>
        </div>
        {infoMessage && (
          <MessageInfoDrawer
            message={infoMessage}
            isGroup={isGroup}
            members={members}
            onClose={() => setInfoId(null)}
          />
        )}
        {lightbox !== null && (
          <Lightbox
            images={images}
            index={lightbox}
            onIndex={setLightbox}
            onClose={() => setLightbox(null)}
          />
        )}
        {ready && !atEnd && (
          <JumpToLatest
            unseen={latest.unseen}
            onJump={() => virtualizer.scrollToEnd({ behavior: 'smooth' })}
          />
        )}
      </div>
    </ThreadChatContext>
  );
}
