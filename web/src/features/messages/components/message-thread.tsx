/**
 * The open chat's timeline as an end-anchored virtual list (TanStack Virtual's chat pattern):
 * opens at the newest message (or at a deep-linked one), keeps the reader's position when older
 * pages are prepended, follows new items only when already at the end, and otherwise offers
 * "jump to latest" with the count of new messages. Rows are measured (`measureElement`).
 *
 * The parts: the data (useThread), the scrolling (useThreadScroll), opening at a target
 * (useJumpToMessage, JumpNotice), new messages below the fold (useUnseenLatest), the photo viewer
 * (useLightbox) and "Message info" (useMessageInfo); the rows render in ThreadLog, and
 * threadPlaceholder stands in for them before there are any. The chat's members come from a
 * MembersProvider around it (members-context.tsx).
 */
import type { TimelineSource } from '@/lib/timeline.ts';
import { useJumpToMessage } from '../hooks/use-jump-to-message.ts';
import { useLightbox } from '../hooks/use-lightbox.ts';
import { useMessageInfo } from '../hooks/use-message-info.ts';
import { useThread } from '../hooks/use-thread.ts';
import { useThreadChatValue } from '../hooks/use-thread-chat-value.ts';
import { useThreadScroll } from '../hooks/use-thread-scroll.ts';
import { useUnseenLatest } from '../hooks/use-unseen-latest.ts';
import { useWarmUpLinks } from '../hooks/use-warm-up-links.ts';
import { JumpNotice } from './jump-notice.tsx';
import { JumpToLatest } from './jump-to-latest.tsx';
import { Lightbox } from './lightbox.tsx';
import { MessageInfoDrawer } from './message-info-drawer.tsx';
import { OlderBar } from './older-bar.tsx';
import { ThreadChatContext, type PinnedMessage } from './thread-chat-context.ts';
import { ThreadLog } from './thread-log.tsx';
import { threadPlaceholder } from './thread-placeholder.tsx';
import { ThreadStaleBadge } from './thread-stale-badge.tsx';

export interface MessageThreadProps {
  chatId: string;
  /** Accessible name of the log: the chat's name. */
  label: string;
  isGroup: boolean;
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
  /**
   * The chat's pinned messages (chat details), marked on their bubbles; undefined while unknown.
   */
  pinned?: readonly PinnedMessage[] | undefined;
}

/** Mount with `key={chatId}` so each chat starts at its own bottom. */
export function MessageThread({
  chatId,
  label,
  isGroup,
  extra,
  target,
  onOpenMessage,
  refreshMs,
  pinned,
}: MessageThreadProps) {
  const thread = useThread(chatId, extra, refreshMs);
  const { rows, query, hasOlder, isFetchingOlder, loadOlder } = thread;
  const ready = !thread.isLoading && rows.length > 0;
  const olderFailed = query.isFetchNextPageError;
  useWarmUpLinks();
  const { scrollRef, virtualizer, items, atEnd, scrollToIndex, scrollElement, jumpToEnd } =
    useThreadScroll({
      rows,
      ready,
      opensAtTarget: Boolean(target),
      hasOlder,
      isFetchingOlder,
      olderFailed,
      loadOlder,
    });
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
  const latest = useUnseenLatest(rows, atEnd, ready);
  const lightbox = useLightbox(rows);
  const info = useMessageInfo(rows);
  const context = useThreadChatValue({
    chatId,
    refreshMs,
    onOpenMessage,
    onShowInfo: info.show,
    pinned,
  });
  const placeholder = threadPlaceholder(thread);
  if (placeholder) return placeholder;

  return (
    <ThreadChatContext value={context}>
      <div className="relative flex min-h-0 flex-1 flex-col">
        <ThreadStaleBadge newest={thread.newest} />
        <OlderBar
          hasOlder={hasOlder}
          isFetching={isFetchingOlder}
          error={olderFailed ? query.error : null}
          extra={extra}
          onLoadOlder={loadOlder}
        />
        <JumpNotice state={jump.state} kind={target?.kind} />
        <p aria-live="polite" className="sr-only">
          {latest.announcement}
        </p>
        <ThreadLog
          label={label}
          scrollRef={scrollRef}
          items={items}
          totalSize={virtualizer.getTotalSize()}
          measureElement={virtualizer.measureElement}
          rows={rows}
          highlightKey={jump.highlightKey}
          isGroup={isGroup}
          onOpenImage={lightbox.open}
        />
        {info.message && (
          <MessageInfoDrawer message={info.message} isGroup={isGroup} onClose={info.close} />
        )}
        {lightbox.index !== null && (
          <Lightbox
            images={lightbox.images}
            index={lightbox.index}
            onIndex={lightbox.setIndex}
            onClose={lightbox.close}
          />
        )}
        {ready && !atEnd && <JumpToLatest unseen={latest.unseen} onJump={jumpToEnd} />}
      </div>
    </ThreadChatContext>
  );
}
