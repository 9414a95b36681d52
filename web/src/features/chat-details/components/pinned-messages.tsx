/**
 * The chat's pinned messages (official `ChatType.pinned_messages`: `message_id`, `pinned_at`,
 * `expires_at`, epoch ms): when each was pinned and until when, each linking to the message in
 * the thread when the route gives the link.
 */
import { Link, type To } from 'react-router';
import { DateTime, isoOfMs } from '@/components/ui/date-time.tsx';
import type { ChatDetail } from '@/lib/api-types.ts';
import { Fact } from './fact.tsx';
import { useNow } from '@/lib/use-now.ts';

export interface PinnedMessagesProps {
  pins: ChatDetail['pinned_messages'];
  /** The message in the thread (`/chats/:chatId/messages/:messageId`); without it, plain text. */
  messageHref?: ((messageId: string) => To) | undefined;
  /** The current instant, epoch ms (a past expiry reads "expired"); default: at mount. */
  now?: number;
}

/** A `dt`/`dd` pair: "Pinned messages (N)" and a list of the pins; nothing when there is none. */
export function PinnedMessages({ pins, messageHref, now: nowProp }: PinnedMessagesProps) {
  const mountedAt = useNow();
  const now = nowProp ?? mountedAt;
  if (pins.length === 0) return null;
  return (
    <Fact term={`Pinned messages (${pins.length})`}>
      <ul className="flex flex-col">
        {pins.map((pin, i) => {
          const label =
            pin.pinned_at !== null && isoOfMs(pin.pinned_at) ? (
              <>
                Pinned <DateTime ms={pin.pinned_at} />
              </>
            ) : (
              `Pinned message ${i + 1}`
            );
          return (
            <li key={`${pin.message_id}-${i}`}>
              {messageHref ? (
                <Link to={messageHref(pin.message_id)} className="text-teal-800 underline">
                  {label}
                </Link>
              ) : (
                label
              )}
              {pin.expires_at !== null && (
                <span className="text-slate-500">
                  {pin.expires_at > now ? ' · until ' : ' · expired '}
                  <DateTime ms={pin.expires_at} />
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </Fact>
  );
}
