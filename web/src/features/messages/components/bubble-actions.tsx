/**
 * The small buttons beside a bubble, shown on hover and on keyboard focus: "Copy link" (not
 * for private notes, which never exist on WhatsApp) and "Message info".
 */
import { cn } from '@/lib/cn.ts';
import { CopyLinkButton } from './copy-link-button.tsx';

/** Hidden until the bubble is hovered or the button has keyboard focus. */
const REVEAL =
  'rounded-full bg-surface/90 p-1 text-slate-500 opacity-0 shadow-sm ring-1 ring-slate-200 transition-opacity group-hover/bubble:opacity-100 hover:text-slate-800 focus-visible:opacity-100 focus-visible:outline-2 focus-visible:outline-wa-teal';

export interface BubbleActionsProps {
  chatId: string;
  messageId: string;
  /** Own message: the buttons sit left of the bubble, else right. */
  own: boolean;
  /** Offer "Copy link" (not for private notes). */
  linkable: boolean;
  onShowInfo: (messageId: string) => void;
}

export function BubbleActions({
  chatId,
  messageId,
  own,
  linkable,
  onShowInfo,
}: BubbleActionsProps) {
  return (
    <div
      className={cn(
        'absolute top-0.5 z-10 flex gap-1',
        own ? 'right-full mr-1 flex-row-reverse' : 'left-full ml-1',
      )}
    >
      {linkable && <CopyLinkButton chatId={chatId} messageId={messageId} className={REVEAL} />}
      <button
        type="button"
        onClick={() => onShowInfo(messageId)}
        aria-label="Message info"
        title="Message info"
        className={REVEAL}
      >
        <svg viewBox="0 0 20 20" aria-hidden className="size-3.5 fill-current">
          <path d="M10 2a8 8 0 1 1 0 16 8 8 0 0 1 0-16Zm0 1.6a6.4 6.4 0 1 0 0 12.8 6.4 6.4 0 0 0 0-12.8ZM10.8 9v5H9.2V9h1.6ZM10 5.6a1 1 0 1 1 0 2 1 1 0 0 1 0-2Z" />
        </svg>
      </button>
    </div>
  );
}
