/**
 * "Copy link" on a bubble: copies the message's deep link (`/chats/:chatId/messages/:messageId`,
 * which opens the chat at it, highlighted). Shown on hover and on keyboard focus (see {@link
 * BubbleActions}); says "Link copied" (politely announced) for two seconds.
 */
import { cn } from '@/lib/cn.ts';
import { useCopy } from '@/lib/use-copy.ts';

/** @returns the absolute deep link of a message in this inbox */
export function messageLink(
  chatId: string,
  messageId: string,
  origin = window.location.origin,
): string {
  return `${origin}/chats/${encodeURIComponent(chatId)}/messages/${encodeURIComponent(messageId)}`;
}

/** One of the bubble's {@link BubbleActions}; `className` carries the shared hover/focus reveal. */
export function CopyLinkButton({
  chatId,
  messageId,
  className,
}: {
  chatId: string;
  messageId: string;
  className: string;
}) {
  const [state, copy] = useCopy();
  return (
    <div className="relative">
      <button
        type="button"
        onClick={() => copy(messageLink(chatId, messageId))}
        aria-label="Copy link to this message"
        title="Copy link to this message"
        className={className}
      >
        <svg viewBox="0 0 20 20" aria-hidden className="size-3.5 fill-current">
          <path d="M8.5 11.5a1 1 0 0 1 0-1.4l3.6-3.6a2.5 2.5 0 1 1 3.5 3.5l-1.8 1.8-1.4-1.4 1.8-1.8a.5.5 0 0 0-.7-.7l-3.6 3.6a1 1 0 0 1-1.4 0ZM6.4 9.8l1.4 1.4L6 13a.5.5 0 0 0 .7.7l3.6-3.6a1 1 0 1 1 1.4 1.4l-3.6 3.6A2.5 2.5 0 1 1 4.6 11.6l1.8-1.8Z" />
        </svg>
      </button>
      <span
        aria-live="polite"
        className={cn(
          'absolute top-full mt-1 w-max rounded bg-neutral-800 px-1.5 py-0.5 text-[11px] text-white',
          state === 'idle' && 'sr-only',
        )}
      >
        {state === 'copied' ? 'Link copied' : state === 'failed' ? 'Could not copy the link' : ''}
      </span>
    </div>
  );
}
