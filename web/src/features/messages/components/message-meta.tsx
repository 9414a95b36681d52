/**
 * Bottom-right corner of a bubble: ★ when starred, "Edited" (a toggle that shows what changed,
 * when the bubble offers one), the time (none when Periskope sent none), and ticks for own
 * messages (not for private notes, which are never sent). The matching {@link MetaSpacer} ends
 * the last text line so the corner never covers text.
 */
import type { Message } from '@/lib/api-types.ts';
import { formatTime } from '@/lib/format.ts';
import { AckTicks } from '@/features/shared/components/ack-ticks.tsx';
import { isEdited } from '../lib/message-flags.ts';

type MetaFields = Pick<
  Message,
  'timestamp' | 'prev_body' | 'body' | 'from_me' | 'ack' | 'is_starred' | 'is_private_note'
>;

export interface EditToggle {
  open: boolean;
  onToggle: () => void;
  /** Id of the element showing the changes. */
  controls: string;
}

const showsTicks = (m: MetaFields) => m.from_me && !m.is_private_note;

/**
 * `HH:mm`, or '' when Periskope sent no time (official `timestamp: string | null`): no time is
 * shown.
 */
const metaTime = (m: MetaFields) => (m.timestamp ? formatTime(m.timestamp) : '');

/** Absolutely placed in the bubble's bottom-right corner. */
export function MessageMeta({
  message,
  isGroup,
  edit,
}: {
  message: MetaFields;
  isGroup: boolean;
  edit?: EditToggle | undefined;
}) {
  const time = metaTime(message);
  return (
    <span className="absolute right-2 bottom-1 flex items-center gap-1 text-[11px] leading-none text-slate-500">
      {message.is_starred && (
        <span role="img" aria-label="Starred" title="Starred">
          ★
        </span>
      )}
      {isEdited(message) &&
        (edit ? (
          <button
            type="button"
            aria-expanded={edit.open}
            aria-controls={edit.controls}
            onClick={edit.onToggle}
            title={edit.open ? 'Hide what changed' : 'Show what changed'}
            className="rounded-sm underline decoration-dotted underline-offset-2 hover:text-slate-700 focus-visible:outline-2 focus-visible:outline-wa-teal"
          >
            Edited
          </button>
        ) : (
          <span>Edited</span>
        ))}
      {time && <time dateTime={message.timestamp ?? undefined}>{time}</time>}
      {showsTicks(message) && <AckTicks ack={message.ack} isGroup={isGroup} />}
    </span>
  );
}

/** Invisible inline box as wide as {@link MessageMeta}, appended to the last line of text. */
export function MetaSpacer({ message }: { message: MetaFields }) {
  return (
    <span aria-hidden className="ml-2 inline-flex h-3 gap-1 align-baseline">
      {message.is_starred && <span className="w-2.5" />}
      {isEdited(message) && <span className="w-[34px]" />}
      {metaTime(message) && <span className="w-[30px]" />}
      {showsTicks(message) && <span className="w-4" />}
    </span>
  );
}
