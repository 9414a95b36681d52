/**
 * Bottom-right corner of a bubble: "Edited", the time, and ticks for own messages. The matching
 * {@link MetaSpacer} ends the last text line so the corner never covers text.
 */
import type { Message } from '../../../lib/api-types.ts';
import { formatTime } from '../../../lib/format.ts';
import { AckTicks } from '../../../components/ui/ack-ticks.tsx';

type MetaFields = Pick<Message, 'timestamp' | 'prev_body' | 'from_me' | 'ack'>;

/** Absolutely placed in the bubble's bottom-right corner. */
export function MessageMeta({ message, isGroup }: { message: MetaFields; isGroup: boolean }) {
  return (
    <span className="absolute right-2 bottom-1 flex items-center gap-1 text-[11px] leading-none text-slate-500">
      {message.prev_body !== null && <span>Edited</span>}
      <time dateTime={message.timestamp}>{formatTime(message.timestamp)}</time>
      {message.from_me && <AckTicks ack={message.ack} isGroup={isGroup} />}
    </span>
  );
}

const SPACER_WIDTHS = { plain: 'w-10', own: 'w-[60px]', edited: 'w-[82px]', ownEdited: 'w-[102px]' } as const;

/** Invisible inline box as wide as {@link MessageMeta}, appended to the last line of text. */
export function MetaSpacer({ message }: { message: MetaFields }) {
  const edited = message.prev_body !== null;
  const width = message.from_me ? (edited ? 'ownEdited' : 'own') : edited ? 'edited' : 'plain';
  return <span aria-hidden className={`inline-block h-3 ${SPACER_WIDTHS[width]}`} />;
}
