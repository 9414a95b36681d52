/**
 * Small markers at the top of a bubble for what an agent acts on: flagged for a reply (who and when
 * in the title, docs/periskope-api.md#message `flag_status`, `flag_metadata`), the Periskope ticket
 * it belongs to (`message_ticket_id`), and pinned in the chat (official
 * `ChatType.pinned_messages`).
 */
import type { Message } from '@/lib/api-types.ts';
import { formatDateTime } from '@/lib/format.ts';
import { flagDetails, flagText, pinText } from '@/features/messages/lib/message-flags.ts';
import type { PinnedMessage } from '../thread-chat-context.ts';
import { FlagGlyph, PushPinGlyph } from './media-glyphs.tsx';
import { useNow } from '@/lib/use-now.ts';

export interface BubbleMarkersProps {
  message: Pick<Message, 'flag_status' | 'flag_metadata' | 'message_ticket_id'>;
  /** The message's pin, when the chat's details say it is pinned. */
  pin?: PinnedMessage | undefined;
  /** Reference instant for an expired pin, epoch ms; default: at mount. */
  now?: number | undefined;
}

const CHIP =
  'inline-flex max-w-full items-center gap-1 rounded-full px-1.5 py-px text-[11px] font-medium';

/** Nothing when none applies; an expired pin is not shown. */
export function BubbleMarkers({ message, pin, now: nowProp }: BubbleMarkersProps) {
  const mountedAt = useNow();
  const now = nowProp ?? mountedAt;
  const flag = flagDetails(message);
  const pinned = pin && (pin.expires_at === null || pin.expires_at > now) ? pin : null;
  if (!flag && !message.message_ticket_id && !pinned) return null;
  return (
    <p className="mb-0.5 flex flex-wrap gap-1">
      {flag && (
        <span title={flagText(flag, formatDateTime)} className={`${CHIP} bg-red-50 text-red-700`}>
          <FlagGlyph className="size-3" />
          Flagged
        </span>
      )}
      {message.message_ticket_id && (
        <span title="Periskope ticket" className={`${CHIP} bg-sky-50 text-sky-800`}>
          <span className="sr-only">Ticket </span>
          <span className="truncate font-mono">{message.message_ticket_id}</span>
        </span>
      )}
      {pinned && (
        <span
          title={pinText(pinned, formatDateTime)}
          className={`${CHIP} bg-black/5 text-slate-600`}
        >
          <PushPinGlyph className="size-3" />
          Pinned
        </span>
      )}
    </p>
  );
}
